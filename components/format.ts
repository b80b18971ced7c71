/** Small formatting helpers shared by the pages. Locale-aware through Intl. */
import { i18n } from '#i18n';

/** A number of minutes as "1 h 5 min" / "12 min" (rounded to whole minutes). */
export function formatMinutes(min: number): string {
  const m = Math.max(0, Math.round(min));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return i18n.t('fmtMinutes', [String(rest)]);
  if (rest === 0) return i18n.t('fmtHours', [String(h)]);
  return i18n.t('fmtHoursMinutes', [String(h), String(rest)]);
}

/** Time until `at` (ms since epoch) from `now`, in whole minutes, at least "under a minute". */
export function formatUntil(at: number, now: number): string {
  const min = Math.ceil((at - now) / 60_000);
  return min <= 1 ? i18n.t('fmtUnderAMinute') : formatMinutes(min);
}

/**
 * The page's language (set from the language setting before the first render) for Intl
 * formatting, so dates and weekdays match the words around them; undefined means the browser's.
 */
export function uiLocale(): string | undefined {
  return (typeof document !== 'undefined' && document.documentElement.lang) || undefined;
}

/** Clock time of `at` in the person's locale, e.g. 14:05 or 2:05 PM. */
export function formatClock(at: number): string {
  return new Date(at).toLocaleTimeString(uiLocale(), { hour: 'numeric', minute: '2-digit' });
}

/** A 0..1 share as a whole percentage, or an em dash when unknown. */
export function formatShare(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)} %`;
}

/** Minutes after midnight as `HH:MM` for `<input type="time">`. */
export function minutesToTime(min: number): string {
  const h = Math.floor(min / 60);
  return `${String(h).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
}

/** `HH:MM` to minutes after midnight, or null when malformed. */
export function timeToMinutes(s: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(s);
  if (!m) return null;
  const h = Number(m[1]);
  const mm = Number(m[2]);
  return h < 24 && mm < 60 ? h * 60 + mm : null;
}
