import { describe, expect, it } from 'vitest';
import { emptyDay } from '../../../lib/history/day';
import { expiredDays, oldestKeptDay } from '../../../lib/history/retention';
import {
  exerciseTotals,
  fillRange,
  progression,
  rangeKeys,
  streaks,
  summarize,
  summarizeRange,
} from '../../../lib/history/summary';
import type { DayRecord } from '../../../lib/history/types';

const NOW = new Date(2026, 10, 23, 15, 0).getTime(); // 2026-11-23 local
const day = (d: string, patch: Partial<DayRecord> = {}): DayRecord => ({
  ...emptyDay(d),
  ...patch,
});
const active = (d: string) => day(d, { breaksTaken: 1 });

describe('ranges and summaries', () => {
  it('rangeKeys ends today, oldest first', () => {
    expect(rangeKeys(3, NOW)).toEqual(['2026-11-21', '2026-11-22', '2026-11-23']);
  });

  it('fillRange fills gaps with empty days and drops days outside the range', () => {
    const filled = fillRange([day('2026-11-22', { nudges: 2 }), day('2026-10-01')], 3, NOW);
    expect(filled.map((d) => [d.day, d.nudges])).toEqual([
      ['2026-11-21', 0],
      ['2026-11-22', 2],
      ['2026-11-23', 0],
    ]);
  });

  it('summarize adds up and computes shares', () => {
    const s = summarize([
      day('2026-11-22', {
        monitoredMin: 60,
        forwardHeadMin: 15,
        breaksTaken: 3,
        breaksSkipped: 1,
        exerciseSec: 90,
        exercises: { a: { sets: 1, reps: 7, holdSec: 0, durationSec: 90 } },
      }),
      day('2026-11-23', { monitoredMin: 40, forwardHeadMin: 5, breaksSnoozed: 2, nudges: 4 }),
    ]);
    expect(s).toMatchObject({
      days: 2,
      monitoredMin: 100,
      forwardHeadMin: 20,
      forwardHeadShare: 0.2,
      nudges: 4,
      breaksTaken: 3,
      breaksSnoozed: 2,
      breaksSkipped: 1,
      breakAdherence: 0.75,
      exerciseMin: 1.5,
      exerciseReps: 7,
    });
  });

  it('shares are null, not zero or NaN, without data', () => {
    const s = summarize([day('2026-11-23')]);
    expect(s.forwardHeadShare).toBeNull();
    expect(s.breakAdherence).toBeNull();
  });

  it('exercise time and repetitions count only what the filter calls an exercise', () => {
    const d = day('2026-11-23', {
      exerciseSec: 40 + 20 + 20,
      exercises: {
        'chin-tuck': { sets: 1, reps: 5, holdSec: 5, durationSec: 40 },
        'far-focus': { sets: 2, reps: 2, holdSec: 0, durationSec: 40 },
      },
    });
    expect(summarize([d])).toMatchObject({ exerciseMin: 1.3, exerciseReps: 7 });
    const real = summarize([d], (id) => id !== 'far-focus');
    expect(real).toMatchObject({ exerciseMin: 0.7, exerciseReps: 5 });
    expect(exerciseTotals([d], (id) => id !== 'far-focus').map((t) => t.id)).toEqual(['chin-tuck']);
  });

  it('summarizeRange only counts the range', () => {
    const recs = [day('2026-11-23', { nudges: 1 }), day('2026-11-20', { nudges: 10 })];
    expect(summarizeRange(recs, 'today', NOW).nudges).toBe(1);
    expect(summarizeRange(recs, 'week', NOW).nudges).toBe(11);
  });
});

describe('streaks', () => {
  it.each<[string, DayRecord[], { current: number; best: number }]>([
    ['none', [], { current: 0, best: 0 }],
    ['today only', [active('2026-11-23')], { current: 1, best: 1 }],
    [
      'today not yet active keeps yesterday’s run',
      [active('2026-11-21'), active('2026-11-22')],
      { current: 2, best: 2 },
    ],
    [
      'a gap breaks the run',
      [active('2026-11-15'), active('2026-11-16'), active('2026-11-17'), active('2026-11-23')],
      { current: 1, best: 3 },
    ],
    ['two days ago is not current', [active('2026-11-21')], { current: 0, best: 1 }],
    ['inactive days do not count', [day('2026-11-23', { nudges: 3 })], { current: 0, best: 0 }],
    ['across a month end', [active('2026-10-31'), active('2026-11-01')], { current: 0, best: 2 }],
  ])('%s', (_n, recs, want) => expect(streaks(recs, NOW)).toEqual(want));
});

describe('progression and retention', () => {
  it('progression reads one exercise per day', () => {
    const recs = [
      day('2026-11-22', {
        exercises: { 'chin-tuck': { sets: 1, reps: 8, holdSec: 6, durationSec: 60 } },
      }),
      day('2026-11-23'),
    ];
    expect(progression(recs)).toEqual([
      { day: '2026-11-22', reps: 8, holdSec: 6 },
      { day: '2026-11-23', reps: 0, holdSec: 0 },
    ]);
  });

  it.each([
    [7, '2026-11-17'],
    [1, '2026-11-23'],
    [180, '2026-05-28'],
  ])('keeping %i days keeps from %s', (n, oldest) => expect(oldestKeptDay(n, NOW)).toBe(oldest));

  it('expiredDays lists exactly the days before the window', () => {
    const days = ['2026-11-16', '2026-11-17', '2026-11-23', '2025-01-01'];
    expect(expiredDays(days, 7, NOW)).toEqual(['2026-11-16', '2025-01-01']);
  });
});

describe('exerciseTotals', () => {
  it('adds up per exercise, keeps the best hold, sorts by time', () => {
    const t = (sets: number, reps: number, holdSec: number, durationSec: number) => ({
      sets,
      reps,
      holdSec,
      durationSec,
    });
    const recs = [
      day('2026-11-22', {
        exercises: { 'chin-tuck': t(1, 8, 6, 60), 'upper-trap-stretch': t(2, 4, 30, 120) },
      }),
      day('2026-11-23', { exercises: { 'chin-tuck': t(2, 20, 8, 150) } }),
    ];
    expect(exerciseTotals(recs)).toEqual([
      { id: 'chin-tuck', sets: 3, reps: 28, durationSec: 210, bestHoldSec: 8 },
      { id: 'upper-trap-stretch', sets: 2, reps: 4, durationSec: 120, bestHoldSec: 30 },
    ]);
    expect(exerciseTotals([day('2026-11-23')])).toEqual([]);
  });
});
