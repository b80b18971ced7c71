/**
 * Translation for keys built at run time (setting names, camera states, calibration issues).
 * Static keys use `i18n.t('literal')` directly so they are type-checked; every key built here is
 * checked against the locale files by tests/unit/locales/locales.test.ts.
 */
import { i18n } from '#i18n';

type LooseT = (key: string, subs?: string[]) => string;

/** Translates a key built at run time; `subs` fill `$1`, `$2`... */
export function td(key: string, subs?: string[]): string {
  return subs ? (i18n.t as LooseT)(key, subs) : (i18n.t as LooseT)(key);
}

/** `cameraEnabled` -> `settingCameraEnabled` (+ suffix). */
export function settingKey(name: string, suffix = ''): string {
  return `setting${name.charAt(0).toUpperCase()}${name.slice(1)}${suffix}`;
}

export { kebabKey } from '../lib/i18n-key';
