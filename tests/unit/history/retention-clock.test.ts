/**
 * The clock rules of retention: the day retention counts from follows the clock when it moves a
 * day at a time or goes back, and a jump forward counts only once it has held for a day.
 */
import { describe, expect, it } from 'vitest';
import { dayKey } from '../../../lib/history/day';
import {
  JUMP_HOLD_MS,
  advanceRetentionClock,
  coerceRetentionClock,
  type RetentionClock,
} from '../../../lib/history/retention-clock';

const T = new Date(2026, 10, 23, 10, 0).getTime();
const H = 3_600_000;
const D = 24 * H;

/** Feeds the clock readings in order; returns the trusted day after each. */
function trusted(readings: number[]): string[] {
  let c: RetentionClock | null = null;
  return readings.map((now) => (c = advanceRetentionClock(c, now)).day);
}

describe('retention clock', () => {
  it.each([
    ['first use trusts today', [T], [dayKey(T)]],
    [
      'a day at a time follows the clock',
      [T, T + D, T + 2 * D],
      [0, 1, 2].map((n) => dayKey(T + n * D)),
    ],
    ['going back follows the clock (keeps more)', [T, T - 5 * D], [dayKey(T), dayKey(T - 5 * D)]],
    [
      '400 days ahead for an hour, then corrected: never trusted',
      [T, T + 400 * D, T + 400 * D + H, T + 2 * H],
      [dayKey(T), dayKey(T), dayKey(T), dayKey(T + 2 * H)],
    ],
    [
      '400 days ahead, held just short of a day: not yet',
      [T, T + 400 * D, T + 400 * D + JUMP_HOLD_MS - 1],
      [dayKey(T), dayKey(T), dayKey(T)],
    ],
    [
      '400 days ahead, held a full day: trusted',
      [T, T + 400 * D, T + 400 * D + JUMP_HOLD_MS],
      [dayKey(T), dayKey(T), dayKey(T + 400 * D + JUMP_HOLD_MS)],
    ],
    [
      'a week away (machine off): pruned a day after coming back',
      [T, T + 7 * D, T + 7 * D + H, T + 8 * D],
      [dayKey(T), dayKey(T), dayKey(T), dayKey(T + 8 * D)],
    ],
    [
      'a jump further ahead while one waits: the wait starts again',
      [T, T + 10 * D, T + 400 * D, T + 400 * D + H],
      [dayKey(T), dayKey(T), dayKey(T), dayKey(T)],
    ],
    [
      'the clock went back in the middle of a jump: the wait starts again',
      [T, T + 10 * D, T + 10 * D - 2 * H, T + 11 * D - 3 * H],
      [dayKey(T), dayKey(T), dayKey(T), dayKey(T)],
    ],
  ])('%s', (_name, readings, want) => expect(trusted(readings)).toEqual(want));

  it.each([
    ['nothing stored', undefined, null],
    ['a string', 'x', null],
    ['a bad day', { day: '2026-13-01', ahead: null }, null],
    ['a bad jump', { day: '2026-11-23', ahead: { day: '2026-11-30', since: 'x' } }, null],
    ['no jump', { day: '2026-11-23' }, { day: '2026-11-23', ahead: null }],
    [
      'a jump',
      { day: '2026-11-23', ahead: { day: '2026-11-30', since: 5 } },
      { day: '2026-11-23', ahead: { day: '2026-11-30', since: 5 } },
    ],
  ])('a stored clock read back: %s', (_name, raw, want) =>
    expect(coerceRetentionClock(raw)).toEqual(want),
  );
});
