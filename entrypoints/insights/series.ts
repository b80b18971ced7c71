/** Turns filled day records into chart series. Pure. */
import { dayStart } from '../../lib/history/day';
import { progression } from '../../lib/history/summary';
import type { DayRecord } from '../../lib/history/types';
import { uiLocale } from '../../components/format';
import { CATALOG, isExerciseId } from '../../lib/exercises/catalog';

/**
 * What counts toward exercise time and repetitions: every exercise except the micro-break's
 * "look far away", which rests the eyes (it is counted as a break taken).
 */
export const isRealExercise = (id: string): boolean =>
  !isExerciseId(id) || CATALOG[id].category !== 'eyes';

/** x values: local noon of each day, in seconds (uPlot's time unit). */
export const xOf = (days: readonly DayRecord[]): number[] =>
  days.map((d) => Math.round((dayStart(d.day) + 12 * 3_600_000) / 1000));

/** Forward-head share per day in percent; null for days without monitoring. */
export const forwardShareSeries = (days: readonly DayRecord[]): (number | null)[] =>
  days.map((d) =>
    d.monitoredMin > 0 ? Math.round((d.forwardHeadMin / d.monitoredMin) * 100) : null,
  );

/** Breaks taken / (taken + skipped) per day in percent; null without any prompt. */
export const adherenceSeries = (days: readonly DayRecord[]): (number | null)[] =>
  days.map((d) =>
    d.breaksTaken + d.breaksSkipped > 0
      ? Math.round((d.breaksTaken / (d.breaksTaken + d.breaksSkipped)) * 100)
      : null,
  );

/** Headache intensity per day; null on days without a diary entry. */
export const headacheSeries = (days: readonly DayRecord[]): (number | null)[] =>
  days.map((d) => d.headache?.intensity ?? null);

export function chinTuckSeries(days: readonly DayRecord[]) {
  const p = progression(days);
  return { reps: p.map((x) => x.reps), holdSec: p.map((x) => (x.holdSec > 0 ? x.holdSec : null)) };
}

/** Long local date of a day key, e.g. "Monday, November 30". */
export function longDayLabel(day: string): string {
  return new Date(dayStart(day)).toLocaleDateString(uiLocale(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
}

/** Short local label for a day key, e.g. "Mon 23". */
export function dayLabel(day: string): string {
  return new Date(dayStart(day)).toLocaleDateString(uiLocale(), {
    weekday: 'short',
    day: 'numeric',
  });
}
