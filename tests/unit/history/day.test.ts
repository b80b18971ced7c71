import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  coerceDay,
  dayKey,
  emptyDay,
  eventDay,
  isDayKey,
  migrateDay,
  shiftDay,
} from '../../../lib/history/day';
import type { HistoryEvent } from '../../../lib/history/types';

const NOON = new Date(2026, 10, 23, 12, 0).getTime();

describe('day keys', () => {
  it.each([
    [new Date(2026, 0, 5, 0, 0).getTime(), '2026-01-05'],
    [new Date(2026, 11, 31, 23, 59).getTime(), '2026-12-31'],
  ])('dayKey(%s) is the local day %s', (t, key) => expect(dayKey(t)).toBe(key));

  it.each([
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['garbage', false],
    [42, false],
    ['2026-11-23', true],
  ])('isDayKey(%s) = %s', (x, ok) => expect(isDayKey(x)).toBe(ok));

  it.each([
    ['2026-11-23', -1, '2026-11-22'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-10-25', 1, '2026-10-26'],
  ])('shiftDay(%s, %i) = %s', (d, n, want) => expect(shiftDay(d, n)).toBe(want));
});

describe('coerceDay', () => {
  it('repairs corrupt fields instead of dropping the record', () => {
    const r = coerceDay(
      {
        day: '2026-11-20',
        monitoredMin: 'lots',
        forwardHeadMin: 9999,
        nudges: -4,
        breaksTaken: 2.6,
        exercises: { 'chin-tuck': { reps: 10, holdSec: 'x' }, bad: null },
        headache: { intensity: 14, note: '  tight  ' },
      },
      undefined,
    );
    expect(r).toMatchObject({
      day: '2026-11-20',
      monitoredMin: 0,
      forwardHeadMin: 0, // never more than monitored
      nudges: 0,
      breaksTaken: 3,
      exercises: { 'chin-tuck': { sets: 0, reps: 10, holdSec: 0, durationSec: 0 } },
      headache: { intensity: 10, note: 'tight' },
    });
    expect(r?.exercises).not.toHaveProperty('bad');
  });

  it('uses the fallback day, and gives up only without any valid day', () => {
    expect(coerceDay(null, '2026-11-01')).toEqual(emptyDay('2026-11-01'));
    expect(coerceDay({ day: 'nope' }, 'also-nope')).toBeNull();
  });

  it('keeps a valid record unchanged', () => {
    const rec = { ...emptyDay('2026-11-02'), monitoredMin: 12.5, forwardHeadMin: 3.25, nudges: 2 };
    expect(coerceDay(rec)).toEqual(rec);
  });
});

describe('applyEvent', () => {
  const base = emptyDay('2026-11-23');
  const cases: [string, HistoryEvent, Partial<ReturnType<typeof emptyDay>>][] = [
    [
      'posture ms become minutes',
      { type: 'posture', monitoredMs: 90_000, forwardHeadMs: 30_000, awayMs: 60_000 },
      { monitoredMin: 1.5, forwardHeadMin: 0.5, awayMin: 1 },
    ],
    [
      'forward head is capped by monitored time',
      { type: 'posture', monitoredMs: 60_000, forwardHeadMs: 120_000, awayMs: 0 },
      { monitoredMin: 1, forwardHeadMin: 1 },
    ],
    ['nudge', { type: 'nudge' }, { nudges: 1 }],
    ['break taken', { type: 'break', outcome: 'taken' }, { breaksTaken: 1 }],
    ['break snoozed', { type: 'break', outcome: 'snoozed' }, { breaksSnoozed: 1 }],
    ['break skipped', { type: 'break', outcome: 'skipped' }, { breaksSkipped: 1 }],
    ['break stopped ("this hurts")', { type: 'break', outcome: 'stopped' }, { breaksStopped: 1 }],
  ];
  it.each(cases)('%s', (_name, ev, want) => {
    expect(applyEvent(base, ev)).toEqual({ ...base, ...want });
    expect(base).toEqual(emptyDay('2026-11-23')); // input not mutated
  });

  it('tallies exercises: sets, reps and duration add up, hold keeps the longest', () => {
    let r = applyEvent(base, {
      type: 'exercise',
      id: 'chin-tuck',
      reps: 5,
      holdSec: 5,
      durationSec: 60,
    });
    r = applyEvent(r, { type: 'exercise', id: 'chin-tuck', reps: 8, holdSec: 4, durationSec: 90 });
    expect(r.exercises['chin-tuck']).toEqual({ sets: 2, reps: 13, holdSec: 5, durationSec: 150 });
    expect(r.exerciseSec).toBe(150);
  });

  it('writes and clears the diary entry, clamping intensity and trimming the note', () => {
    const ev: HistoryEvent = { type: 'diary', day: '2026-11-21', intensity: -3, note: ' x ' };
    const r = applyEvent(base, ev);
    expect(r.headache).toEqual({ intensity: 0, note: 'x' });
    expect(applyEvent(r, { type: 'diary-clear', day: '2026-11-21' }).headache).toBeUndefined();
    expect(eventDay(ev, NOON)).toBe('2026-11-21');
    expect(eventDay({ type: 'nudge' }, NOON)).toBe('2026-11-23');
  });
});

describe('migrateDay', () => {
  it('runs each step after the stored version, in order, up to the target', () => {
    const steps = {
      2: (o: Record<string, unknown>) => ({ ...o, nudges: Number(o.prompts ?? 0) }),
      3: (o: Record<string, unknown>) => ({ ...o, v3: true }),
    };
    expect(migrateDay({ prompts: 4 }, 1, steps, 3)).toEqual({ prompts: 4, nudges: 4, v3: true });
    expect(migrateDay({ nudges: 2 }, 2, steps, 3)).toEqual({ nudges: 2, v3: true });
    expect(migrateDay('junk', 1, steps, 2)).toEqual({ nudges: 0 });
  });

  it('has nothing to do for the current version', () => {
    expect(migrateDay({ nudges: 1 }, 1)).toEqual({ nudges: 1 });
  });
});
