/**
 * Chin-tuck (deep neck flexor) progression toward 10 repetitions x 10 s holds (Jull 2002;
 * OPTIMa 2019), tracked over weeks. Pure: the caller keeps the session log.
 */

/** The ladder of levels, gentle start to the 10 x 10 s goal. */
export const NECK_LEVELS: readonly { reps: number; holdSec: number }[] = [
  { reps: 3, holdSec: 5 },
  { reps: 5, holdSec: 5 },
  { reps: 6, holdSec: 6 },
  { reps: 7, holdSec: 7 },
  { reps: 8, holdSec: 8 },
  { reps: 9, holdSec: 9 },
  { reps: 10, holdSec: 10 },
];

/** One finished chin-tuck set of the daily neck-training routine. */
export interface NeckSession {
  /** ms since epoch when the set ended. */
  at: number;
  /** Index into NECK_LEVELS of the dose that was offered. */
  level: number;
  /** Repetitions held for the full time (camera-counted or confirmed in the timed guide). */
  repsDone: number;
}

export interface Progression {
  level: number;
  reps: number;
  holdSec: number;
  change: 'start' | 'stay' | 'up' | 'down';
}

/** Complete sessions at one level needed before moving up. */
export const SESSIONS_TO_ADVANCE = 3;
/** The qualifying sessions must span at least this long, so a level lasts at least a few days. */
export const MIN_SPAN_TO_ADVANCE_MS = 2 * 24 * 3600 * 1000;
/** Fewer than this share of the target reps counts as a struggle; two in a row step down. */
export const STRUGGLE_SHARE = 0.6;

function clampLevel(level: number): number {
  return Math.min(NECK_LEVELS.length - 1, Math.max(0, Math.round(level)));
}

function at(level: number, change: Progression['change']): Progression {
  const l = clampLevel(level);
  const dose = NECK_LEVELS[l] ?? { reps: 3, holdSec: 5 };
  return { level: l, reps: dose.reps, holdSec: dose.holdSec, change };
}

/**
 * The next chin-tuck dose from the session log (any order). Moves up one level after
 * SESSIONS_TO_ADVANCE complete sessions at the current level spanning at least two days; steps
 * down one level after two sessions in a row below STRUGGLE_SHARE of the target; else stays.
 */
export function nextProgression(history: readonly NeckSession[]): Progression {
  if (history.length === 0) return at(0, 'start');
  const sorted = [...history].sort((a, b) => a.at - b.at);
  const last = sorted[sorted.length - 1];
  if (!last) return at(0, 'start');
  const level = clampLevel(last.level);
  const target = NECK_LEVELS[level]?.reps ?? 1;
  // Only the current streak at this level counts: older sessions at the same level (before a
  // step down, say) must not push the person straight back up.
  const atLevel: NeckSession[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const s = sorted[i];
    if (!s || clampLevel(s.level) !== level) break;
    atLevel.unshift(s);
  }

  const lastTwo = atLevel.slice(-2);
  if (lastTwo.length === 2 && lastTwo.every((s) => s.repsDone < STRUGGLE_SHARE * target))
    return at(level - 1, level > 0 ? 'down' : 'stay');

  const recent = atLevel.slice(-SESSIONS_TO_ADVANCE);
  const first = recent[0];
  const complete = recent.every((s) => s.repsDone >= target);
  if (
    recent.length === SESSIONS_TO_ADVANCE &&
    complete &&
    first &&
    last.at - first.at >= MIN_SPAN_TO_ADVANCE_MS &&
    level < NECK_LEVELS.length - 1
  )
    return at(level + 1, 'up');
  return at(level, 'stay');
}
