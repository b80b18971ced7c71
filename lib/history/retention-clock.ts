/**
 * The day retention counts from. The worker's clock can jump forward (set wrong, a bad time sync)
 * and come back; pruning on such a jump would delete real days for good. So retention counts from
 * a trusted day: the clock's day when it moved at most one day, a later day only once the clock
 * has shown it (or later) for `JUMP_HOLD_MS`. Pure: time comes in as `now`.
 */
import { dayKey, isDayKey, shiftDay } from './day';
import type { DayKey } from './types';

/** A jump forward of more than a day must hold this long (on the worker's clock) to count. */
export const JUMP_HOLD_MS = 24 * 60 * 60_000;

export interface RetentionClock {
  /** The trusted local day retention counts from. */
  day: DayKey;
  /** A later day the clock jumped to, not trusted yet, and since when (ms) it has been seen. */
  ahead: { day: DayKey; since: number } | null;
}

/**
 * The clock after seeing `now` (ms since epoch).
 * - First use, or the clock moved at most one day forward, or went back: trust today (a day
 *   earlier than before only keeps more days).
 * - More than a day ahead of the trusted day: remember the new day; trust it once the clock has
 *   stayed there for `JUMP_HOLD_MS` without going back.
 */
export function advanceRetentionClock(prev: RetentionClock | null, now: number): RetentionClock {
  const today = dayKey(now);
  if (!prev || today <= shiftDay(prev.day, 1)) return { day: today, ahead: null };
  const a = prev.ahead;
  // A new jump (first seen, back in time, or further ahead than the one waiting): wait again.
  if (!a || now < a.since || today < a.day || today > shiftDay(a.day, 1))
    return { day: prev.day, ahead: { day: today, since: now } };
  if (now - a.since >= JUMP_HOLD_MS) return { day: today, ahead: null };
  return prev;
}

/** A stored clock read back: anything malformed is null (the caller starts from today). */
export function coerceRetentionClock(raw: unknown): RetentionClock | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { day, ahead } = raw as Record<string, unknown>;
  if (!isDayKey(day)) return null;
  if (ahead === null || ahead === undefined) return { day, ahead: null };
  const a = ahead as Record<string, unknown>;
  if (typeof a !== 'object' || !isDayKey(a.day) || typeof a.since !== 'number') return null;
  if (!Number.isFinite(a.since)) return null;
  return { day, ahead: { day: a.day, since: a.since } };
}
