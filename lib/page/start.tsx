/**
 * Every page's start-up, in one place: the language setting, `<html lang>`, the title, then the
 * first render (already in the chosen language). Each `entrypoints/<page>/main.tsx` imports its
 * styles and calls `startPage` once.
 */
import { render, type VNode } from 'preact';
import type { GeneratedI18nStructure } from '#i18n';
import { i18n } from '../i18n';
import { loadPageEpoch, sendToBackground } from '../platform/messaging';
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
  /** How long to wait for the language setting (ms; default `SETTINGS_WAIT_MS`). */
  waitMs?: number;
}

/**
 * How long a page waits for the language setting before it renders in the browser's language
 * (ms). A worker starting on a busy machine can take far longer; a blank page must not wait for it.
 */
export const SETTINGS_WAIT_MS = 3000;

/** Reads the `language` setting from the service worker; 'auto' when it does not answer. */
async function languageSetting(): Promise<string> {
  try {
    return (await sendToBackground('settings:get', {})).settings.language;
  } catch {
    // The service worker is not answering: keep the browser's language.
    return 'auto';
  }
}

/** Resolves with `p`'s value, or with null after `ms` if `p` has not settled by then. */
function within<T>(p: Promise<T>, ms: number): Promise<T | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    void p.then((v) => {
      clearTimeout(timer);
      resolve(v);
    });
  });
}

/** The visible line shown above the page while it waits for its language setting. */
function slowNote(root: Element): HTMLElement {
  const note = document.createElement('p');
  note.className = 'notice warn';
  note.setAttribute('role', 'status');
  note.dataset.testid = 'page-start-slow';
  note.textContent = i18n.t('pageStartSlow');
  root.before(note);
  return note;
}

/**
 * Starts a page: applies the language setting, sets `<html lang>` and `document.title`, renders
 * `app()` into `#app`. Resolves with the language in use (two letters).
 *
 * If the worker has not answered within `waitMs` (default `SETTINGS_WAIT_MS`), the page renders in
 * the browser's language at once with a visible note; when the answer comes, the page switches to
 * the chosen language (rendered again, its state kept) and the note goes.
 */
export async function startPage({
  title,
  app,
  root,
  waitMs = SETTINGS_WAIT_MS,
}: PageStart): Promise<string> {
  const target = root ?? document.getElementById('app')!;
  const show = async (setting: string) => {
    const lang = await switchLanguage(setting, loadBundledMessages);
    document.documentElement.lang = lang;
    document.title = title ? `${i18n.t(title)} · ${i18n.t('extName')}` : i18n.t('extName');
    render(app(), target);
    return lang;
  };
  const setting = languageSetting();
  // The data epoch goes with every write (a page from before "delete everything" is refused);
  // a worker too slow to answer leaves the page's writes unchecked, as before any delete.
  const [answered] = await Promise.all([within(setting, waitMs), within(loadPageEpoch(), waitMs)]);
  if (answered !== null) return show(answered);
  const shown = await show('auto');
  const note = slowNote(target);
  void setting.then(async (late) => {
    if (late !== 'auto' && late !== shown) await show(late);
    note.remove();
  });
  return shown;
}
