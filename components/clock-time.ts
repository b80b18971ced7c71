/**
 * Times of day in the page's language, for the time fields of options and onboarding. The
 * browser's own `<input type="time">` follows the browser's locale, not the language chosen in
 * Chin Up (German pages showed "08:00 AM"), so the fields are text fields formatted and read here.
 * Pure: Intl only, no browser APIs.
 */

const REFERENCE = Date.UTC(2000, 0, 1);
const fmtTime = (locale: string | undefined, opts: Intl.DateTimeFormatOptions, min: number) =>
  new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' }).format(
    new Date(REFERENCE + min * 60_000),
  );

/** Whether `locale` writes times on a 12-hour clock with AM/PM (en-US: yes; de, es: no). */
export function uses12HourClock(locale: string | undefined): boolean {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h11' || cycle === 'h12';
}

/**
 * Minutes after midnight (0..1439) as the locale writes a clock time: "08:00" in de and es,
 * "8:00 AM" in en-US.
 */
export function formatTimeOfDay(min: number, locale: string | undefined): string {
  const h12 = uses12HourClock(locale);
  return fmtTime(
    locale,
    { hour: h12 ? 'numeric' : '2-digit', minute: '2-digit', hour12: h12 },
    min,
  ).replace(/\s/g, ' ');
}

/** The locale's AM and PM words, lower case without dots or spaces, plus the English ones. */
function dayPeriods(locale: string | undefined): { am: string[]; pm: string[] } {
  const word = (min: number) =>
    new Intl.DateTimeFormat(locale, { hour: 'numeric', hour12: true, timeZone: 'UTC' })
      .formatToParts(new Date(REFERENCE + min * 60_000))
      .find((p) => p.type === 'dayPeriod')
      ?.value.toLowerCase()
      .replace(/[.\s]/g, '');
  const am = ['am', 'a'];
  const pm = ['pm', 'p'];
  const a = word(9 * 60);
  const p = word(21 * 60);
  if (a) am.push(a);
  if (p) pm.push(p);
  return { am, pm };
}

/**
 * Reads a typed time of day: "8", "8:30", "08.30", "8h30", "20:30", "8:30 pm", "8:30 p. m.".
 * Without AM/PM the hour is read on the 24-hour clock. Returns minutes after midnight, or null
 * when the text is not a time.
 */
export function parseTimeOfDay(text: string, locale: string | undefined): number | null {
  const m = /^(\d{1,2})(?:[:.h](\d{2}))?(.*)$/i.exec(text.trim().replace(/\s+/g, ''));
  if (!m) return null;
  let h = Number(m[1]);
  const mm = m[2] === undefined ? 0 : Number(m[2]);
  if (mm > 59) return null;
  const period = (m[3] ?? '').toLowerCase().replace(/\./g, '');
  if (period === '') return h < 24 ? h * 60 + mm : null;
  const { am, pm } = dayPeriods(locale);
  const isPm = pm.includes(period);
  if (!isPm && !am.includes(period)) return null;
  if (h < 1 || h > 12) return null;
  h = (h % 12) + (isPm ? 12 : 0);
  return h * 60 + mm;
}
