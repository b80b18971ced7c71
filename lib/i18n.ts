/**
 * The typed translator for every context. Same as WXT's generated `#i18n`, but importable before
 * `wxt prepare` has generated it: WXT imports the background entrypoint in Node while preparing,
 * and a runtime import of `#i18n` there fails on a fresh clone. The type import is erased.
 */
import { createI18n } from '@wxt-dev/i18n';
import type { GeneratedI18nStructure } from '#i18n';

export const i18n = createI18n<GeneratedI18nStructure>();
