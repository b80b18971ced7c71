/** Totals over ranges of days and streaks, for the insights page and the popup. Pure. */
import { dayKey, emptyDay, shiftDay } from './day';
import type { DayKey, DayRecord } from './types';

export type RangeName = 'today' | 'week' | 'month';
/** Days in each named range, ending today. */
export const RANGE_DAYS: Record<RangeName, number> = { today: 1, week: 7, month: 30 };

/** The exercise id whose progression the insights page follows. */
export const CHIN_TUCK_ID = 'chin-tuck';

export interface Summary {
  days: number;
  monitoredMin: number;
  forwardHeadMin: number;
  /** Share of monitored time in forward-head posture, 0..1; null when nothing was monitored. */
  forwardHeadShare: number | null;
  nudges: number;
  breaksTaken: number;
  breaksSnoozed: number;
  breaksSkipped: number;
  /** Share of break prompts taken (taken / (taken + skipped)), 0..1; null without any. */
  breakAdherence: number | null;
  exerciseMin: number;
  exerciseReps: number;
}

/** The `count` day keys ending with the local day of `now`, oldest first. */
export function rangeKeys(count: number, now: number): DayKey[] {
  const today = dayKey(now);
  return Array.from({ length: Math.max(0, count) }, (_, i) => shiftDay(today, i - count + 1));
}

/**
 * One record per day of the range, oldest first; days without a record are empty records, so
 * charts get a continuous axis.
 */
export function fillRange(records: readonly DayRecord[], count: number, now: number): DayRecord[] {
  const byDay = new Map(records.map((r) => [r.day, r]));
  return rangeKeys(count, now).map((k) => byDay.get(k) ?? emptyDay(k));
}

const r1 = (x: number): number => Math.round(x * 10) / 10;

/** Which recorded exercise ids count as exercise (the eye break's "look far away" does not). */
export type ExerciseFilter = (id: string) => boolean;
const everyExercise: ExerciseFilter = () => true;

/**
 * Sums a list of day records. Minutes are rounded to one decimal. Exercise time and repetitions
 * count only the exercises `isExercise` accepts (all by default).
 */
export function summarize(
  records: readonly DayRecord[],
  isExercise: ExerciseFilter = everyExercise,
): Summary {
  let monitored = 0,
    fwd = 0,
    nudges = 0,
    taken = 0,
    snoozed = 0,
    skipped = 0,
    exSec = 0,
    reps = 0;
  for (const r of records) {
    monitored += r.monitoredMin;
    fwd += r.forwardHeadMin;
    nudges += r.nudges;
    taken += r.breaksTaken;
    snoozed += r.breaksSnoozed;
    skipped += r.breaksSkipped;
    let leftOutSec = 0;
    for (const [id, t] of Object.entries(r.exercises)) {
      if (isExercise(id)) reps += t.reps;
      else leftOutSec += t.durationSec;
    }
    exSec += Math.max(0, r.exerciseSec - leftOutSec);
  }
  return {
    days: records.length,
    monitoredMin: r1(monitored),
    forwardHeadMin: r1(fwd),
    forwardHeadShare: monitored > 0 ? Math.min(1, fwd / monitored) : null,
    nudges,
    breaksTaken: taken,
    breaksSnoozed: snoozed,
    breaksSkipped: skipped,
    breakAdherence: taken + skipped > 0 ? taken / (taken + skipped) : null,
    exerciseMin: r1(exSec / 60),
    exerciseReps: reps,
  };
}

/** Totals for a named range ending today. */
export function summarizeRange(
  records: readonly DayRecord[],
  range: RangeName,
  now: number,
): Summary {
  return summarize(fillRange(records, RANGE_DAYS[range], now));
}

/** A day counts toward the streak when at least one break was taken or an exercise was done. */
export function isActiveDay(r: DayRecord): boolean {
  return r.breaksTaken > 0 || r.exerciseSec > 0 || Object.keys(r.exercises).length > 0;
}

export interface Streaks {
  /** Consecutive active days ending today (or yesterday, if today is not active yet). */
  current: number;
  /** Longest run of consecutive active days in the records. */
  best: number;
}

/** Streaks of active days (see `isActiveDay`) over calendar days, gaps included. */
export function streaks(records: readonly DayRecord[], now: number): Streaks {
  const active = new Set(records.filter(isActiveDay).map((r) => r.day));
  const sorted = [...active].sort();
  let best = 0,
    run = 0;
  let prev: DayKey | null = null;
  for (const d of sorted) {
    run = prev !== null && shiftDay(prev, 1) === d ? run + 1 : 1;
    best = Math.max(best, run);
    prev = d;
  }
  let day = dayKey(now);
  if (!active.has(day)) day = shiftDay(day, -1);
  let current = 0;
  while (active.has(day)) {
    current++;
    day = shiftDay(day, -1);
  }
  return { current, best };
}

export interface ProgressPoint {
  day: DayKey;
  reps: number;
  /** Longest hold per rep that day, seconds. */
  holdSec: number;
}

/** Daily reps and longest hold of one exercise over the given (filled) records. */
export function progression(records: readonly DayRecord[], id = CHIN_TUCK_ID): ProgressPoint[] {
  return records.map((r) => ({
    day: r.day,
    reps: r.exercises[id]?.reps ?? 0,
    holdSec: r.exercises[id]?.holdSec ?? 0,
  }));
}

export interface ExerciseTotal {
  id: string;
  sets: number;
  reps: number;
  durationSec: number;
  /** Longest hold per repetition over the days, seconds. */
  bestHoldSec: number;
}

/** Per-exercise totals over the given days (those `isExercise` accepts), most practised first. */
export function exerciseTotals(
  records: readonly DayRecord[],
  isExercise: ExerciseFilter = everyExercise,
): ExerciseTotal[] {
  const byId = new Map<string, ExerciseTotal>();
  for (const r of records) {
    for (const [id, t] of Object.entries(r.exercises)) {
      if (!isExercise(id)) continue;
      const cur = byId.get(id) ?? { id, sets: 0, reps: 0, durationSec: 0, bestHoldSec: 0 };
      cur.sets += t.sets;
      cur.reps += t.reps;
      cur.durationSec += t.durationSec;
      cur.bestHoldSec = Math.max(cur.bestHoldSec, t.holdSec);
      byId.set(id, cur);
    }
  }
  return [...byId.values()].sort(
    (a, b) => b.durationSec - a.durationSec || a.id.localeCompare(b.id),
  );
}
