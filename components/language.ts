/**
 * The `language` setting. Browsers pick an extension's language from the browser's own; when the
 * person (or their organization) chose another one, pages load that locale's bundled
 * messages.json (a local extension file, never the network) and answer `i18n.getMessage` from it.
 * Call `applyLanguage` before the first render of a page.
 */
import { sendToBackground } from '../lib/platform/messaging';

type GetMessage = (name: string, subs?: string | string[]) => string;
interface I18nApi {
  getMessage: GetMessage;
  getUILanguage(): string;
}

/** Chrome's `$1`..`$9` substitution (and `$$` for a literal dollar). */
export function substitute(message: string, subs?: string | string[]): string {
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return message.replace(/\$(\$|[1-9])/g, (_m, d: string) =>
    d === '$' ? '$' : (list[Number(d) - 1] ?? ''),
  );
}

/** The i18n objects a page may use: the native one and the polyfill's, when distinct. */
function apis(): I18nApi[] {
  const g = globalThis as unknown as { chrome?: { i18n?: I18nApi }; browser?: { i18n?: I18nApi } };
  return [...new Set([g.chrome?.i18n, g.browser?.i18n].filter((x): x is I18nApi => !!x))];
}

/**
 * Switches this page to `lang` ('auto' leaves the browser's choice). Returns the language in use.
 * Falls back silently to the browser's language if anything is missing.
 */
export async function switchLanguage(
  lang: string,
  load: (lang: string) => Promise<unknown>,
): Promise<string> {
  const [api] = apis();
  const ui = api?.getUILanguage().slice(0, 2) ?? 'en';
  if (lang === 'auto' || lang === ui) return ui;
  let bundle: Record<string, { message?: string }>;
  try {
    bundle = (await load(lang)) as Record<string, { message?: string }>;
  } catch {
    return ui;
  }
  for (const a of apis()) {
    const original = a.getMessage.bind(a);
    a.getMessage = (name, subs) => {
      const m = bundle[name]?.message;
      return m === undefined ? original(name, subs) : substitute(m, subs);
    };
  }
  return lang;
}

/** Reads the `language` setting from the service worker and applies it to this page. */
export async function applyLanguage(): Promise<void> {
  let lang = 'auto';
  try {
    lang = (await sendToBackground('settings:get', {})).settings.language;
  } catch {
    // The service worker is not answering: keep the browser's language.
  }
  const used = await switchLanguage(lang, async (l) => {
    const url = (
      globalThis as unknown as { chrome: { runtime: { getURL(p: string): string } } }
    ).chrome.runtime.getURL(`/_locales/${l}/messages.json`);
    return (await fetch(url)).json();
  });
  document.documentElement.lang = used;
}
