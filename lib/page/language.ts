/**
 * The `language` setting on a page. Browsers pick an extension's language from the browser's own;
 * when the person (or their organization) chose another one, a page loads that locale's bundled
 * messages.json (a local extension file, never the network) and answers `i18n.getMessage` from
 * it. `startPage` (./start.tsx) does this before the first render; this module only switches, it
 * does not read the setting.
 */

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

/** Loads the extension's own bundled messages.json for `lang` (a packaged file). */
export async function loadBundledMessages(lang: string): Promise<unknown> {
  const url = (
    globalThis as unknown as { chrome: { runtime: { getURL(p: string): string } } }
  ).chrome.runtime.getURL(`/_locales/${lang}/messages.json`);
  return (await fetch(url)).json();
}
