/**
 * What was actually recorded, for the insights page: whether there is any data yet, since which
 * day, and the parts of one day. Days before Chin Up recorded anything have no data: they are
 * shown as gaps, never as zeros. Pure.
 */
import type { DayKey, DayRecord } from './types';

/** Whether a day holds anything recorded: time, a nudge, a break, an exercise or a diary entry. */
export function hasData(r: DayRecord): boolean {
  return (
    r.monitoredMin > 0 ||
    r.awayMin > 0 ||
    r.nudges > 0 ||
    r.breaksTaken + r.breaksSnoozed + r.breaksSkipped + r.breaksStopped > 0 ||
    r.exerciseSec > 0 ||
    Object.keys(r.exercises).length > 0 ||
    r.headache !== undefined
  );
}

/** The first day with data (when recording began, or the oldest day still kept); null if none. */
export function firstRecordedDay(records: readonly DayRecord[]): DayKey | null {
  let first: DayKey | null = null;
  for (const r of records) if (hasData(r) && (first === null || r.day < first)) first = r.day;
  return first;
}

/**
 * `values[i]` belongs to `days[i]`; the values of days before `first` become null (no data, not
 * zero). With `first` null nothing was recorded and every value is null.
 */
export function maskBefore<T>(
  days: readonly DayRecord[],
  values: readonly (T | null)[],
  first: DayKey | null,
): (T | null)[] {
  return values.map((v, i) => {
    const day = days[i]?.day;
    return first === null || day === undefined || day < first ? null : v;
  });
}

/** One day's time (minutes) and breaks, in parts that add up, for the Today chart. */
export interface DayParts {
  /** Monitored minutes with the head not forward. */
  uprightMin: number;
  forwardMin: number;
  /** Minutes with nobody in front of the camera (not part of the monitored time). */
  awayMin: number;
  taken: number;
  snoozed: number;
  skipped: number;
  stopped: number;
}

/** The parts of one day record; minutes rounded to whole minutes, never negative. */
export function dayParts(r: DayRecord): DayParts {
  const forward = Math.min(r.forwardHeadMin, r.monitoredMin);
  return {
    uprightMin: Math.max(0, Math.round(r.monitoredMin - forward)),
    forwardMin: Math.max(0, Math.round(forward)),
    awayMin: Math.max(0, Math.round(r.awayMin)),
    taken: r.breaksTaken,
    snoozed: r.breaksSnoozed,
    skipped: r.breaksSkipped,
    stopped: r.breaksStopped,
  };
}
