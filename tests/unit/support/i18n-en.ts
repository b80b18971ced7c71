/**
 * A strict stand-in for `#i18n` in component tests: real English strings from locales/en.yml with
 * `$1`-style substitution; a missing key throws, so a page using an unknown key fails its test.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseYAML } from 'confbox';

export function loadLocale(lang: string): Record<string, string> {
  const raw = parseYAML(readFileSync(resolve(`locales/${lang}.yml`), 'utf8')) as Record<
    string,
    unknown
  >;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (typeof v === 'string') out[k] = v;
  return out;
}

const EN = loadLocale('en');

export function t(key: string, ...args: unknown[]): string {
  if (key === '@@ui_locale') return 'en';
  const msg = EN[key];
  if (msg === undefined) throw new Error(`Missing en locale key: ${key}`);
  const subs = args.find(Array.isArray) as unknown[] | undefined;
  return subs ? msg.replace(/\$(\d)/g, (_m, n: string) => String(subs[Number(n) - 1] ?? '')) : msg;
}

export const i18nMock = { i18n: { t } };
