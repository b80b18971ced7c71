import { describe, expect, it } from 'vitest';
import { emptyDay } from '../../../lib/history/day';
import { dayParts, firstRecordedDay, hasData, maskBefore } from '../../../lib/history/recorded';
import type { DayRecord } from '../../../lib/history/types';

const day = (d: string, patch: Partial<DayRecord> = {}): DayRecord => ({
  ...emptyDay(d),
  ...patch,
});

describe('what was recorded', () => {
  it.each<[string, Partial<DayRecord>, boolean]>([
    ['an empty day', {}, false],
    ['monitored time', { monitoredMin: 0.5 }, true],
    ['away time only', { awayMin: 3 }, true],
    ['a nudge', { nudges: 1 }, true],
    ['a snoozed break', { breaksSnoozed: 1 }, true],
    ['a stopped break', { breaksStopped: 1 }, true],
    ['an exercise', { exerciseSec: 40 }, true],
    ['a diary entry', { headache: { intensity: 0 } }, true],
  ])('%s has data: %s', (_, patch, has) => expect(hasData(day('2026-11-20', patch))).toBe(has));

  it('the first recorded day is the oldest day with data, whatever the order', () => {
    const records = [
      day('2026-11-22', { nudges: 1 }),
      day('2026-11-18'), // stored but empty: not a day of data
      day('2026-11-20', { breaksTaken: 1 }),
    ];
    expect(firstRecordedDay(records)).toBe('2026-11-20');
    expect(firstRecordedDay([day('2026-11-18')])).toBeNull();
    expect(firstRecordedDay([])).toBeNull();
  });

  it('days before the first recorded day are gaps, not zeros', () => {
    const days = ['2026-11-19', '2026-11-20', '2026-11-21'].map((d) => day(d));
    expect(maskBefore(days, [0, 0, 3], '2026-11-20')).toEqual([null, 0, 3]);
    expect(maskBefore(days, [0, 0, 3], '2026-11-01')).toEqual([0, 0, 3]);
    expect(maskBefore(days, [0, 0, 3], null)).toEqual([null, null, null]);
  });

  it('splits a day into upright, forward and away minutes, and its breaks', () => {
    const d = day('2026-11-20', {
      monitoredMin: 100.4,
      forwardHeadMin: 20.2,
      awayMin: 15.6,
      breaksTaken: 4,
      breaksSnoozed: 1,
      breaksSkipped: 2,
      breaksStopped: 1,
    });
    expect(dayParts(d)).toEqual({
      uprightMin: 80,
      forwardMin: 20,
      awayMin: 16,
      taken: 4,
      snoozed: 1,
      skipped: 2,
      stopped: 1,
    });
    // Forward time is never more than the monitored time.
    expect(dayParts(day('2026-11-20', { monitoredMin: 5, forwardHeadMin: 9 }))).toMatchObject({
      uprightMin: 0,
      forwardMin: 5,
    });
  });
});
