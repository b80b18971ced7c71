/**
 * Every page's start-up, in one place: the language setting, `<html lang>`, the title, then the
 * first render (already in the chosen language). Each `entrypoints/<page>/main.tsx` imports its
 * styles and calls `startPage` once.
 */
import { render, type VNode } from 'preact';
import type { GeneratedI18nStructure } from '#i18n';
import { i18n } from '../i18n';
import { sendToBackground } from '../platform/messaging';
import { loadBundledMessages, switchLanguage } from './language';

/** Message names that take no substitutions: the ones a page title can use. */
export type TitleKey = {
  [K in keyof GeneratedI18nStructure]: GeneratedI18nStructure[K] extends { substitutions: 0 }
    ? K
    : never;
}[keyof GeneratedI18nStructure];

export interface PageStart {
  /** The page's own name, shown as "<name> · Chin Up"; the product name alone when omitted. */
  title?: TitleKey;
  /** The page's root; called once the language is in place. */
  app: () => VNode;
  /** Where to render (default `#app`). */
  root?: Element;
}

/** Reads the `language` setting from the service worker; 'auto' when it does not answer. */
async function languageSetting(): Promise<string> {
  try {
    return (await sendToBackground('settings:get', {})).settings.language;
  } catch {
    // The service worker is not answering: keep the browser's language.
    return 'auto';
  }
}

/**
 * Starts a page: applies the language setting, sets `<html lang>` and `document.title`, renders
 * `app()` into `#app`. Resolves with the language in use (two letters).
 */
export async function startPage({ title, app, root }: PageStart): Promise<string> {
  const lang = await switchLanguage(await languageSetting(), loadBundledMessages);
  document.documentElement.lang = lang;
  document.title = title ? `${i18n.t(title)} · ${i18n.t('extName')}` : i18n.t('extName');
  render(app(), root ?? document.getElementById('app')!);
  return lang;
}
