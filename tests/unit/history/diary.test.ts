import { describe, expect, it } from 'vitest';
import { applyEvent, coerceDay, emptyDay } from '../../../lib/history/day';
import {
  MEDICINE_NOTE_DAYS,
  coerceDiaryDetails,
  medicineDaysByMonth,
} from '../../../lib/history/diary';
import type { DayRecord } from '../../../lib/history/types';

function entry(day: string, medicine?: boolean): DayRecord {
  return applyEvent(emptyDay(day), {
    type: 'diary',
    day,
    intensity: 4,
    details: medicine === undefined ? {} : { medicine },
  });
}

describe('diary details', () => {
  it('keeps well-formed details and drops everything else', () => {
    expect(
      coerceDiaryDetails({
        type: 'tension-type',
        duration: '1-4h',
        medicine: true,
        triggers: ['stress', 'caffeine', 'moon-phase', 3],
        extra: 'x',
      }),
    ).toEqual({
      type: 'tension-type',
      duration: '1-4h',
      medicine: true,
      triggers: ['stress', 'caffeine'],
    });
    expect(coerceDiaryDetails({ type: 'cluster', duration: 5, medicine: 'yes' })).toEqual({});
    expect(coerceDiaryDetails(null)).toEqual({});
  });

  it('stores the details with the entry and repairs them on read', () => {
    const rec = applyEvent(emptyDay('2026-11-02'), {
      type: 'diary',
      day: '2026-11-02',
      intensity: 7,
      note: ' tight neck ',
      details: { type: 'tension-type', medicine: false, triggers: ['neck-jaw'] },
    });
    expect(rec.headache).toEqual({
      intensity: 7,
      note: 'tight neck',
      type: 'tension-type',
      medicine: false,
      triggers: ['neck-jaw'],
    });
    const back = coerceDay({ ...rec, headache: { ...rec.headache, duration: 'forever' } });
    expect(back?.headache).toEqual(rec.headache);
  });

  it('counts medicine days per month, oldest first', () => {
    const records = [
      ...Array.from({ length: 10 }, (_, i) =>
        entry(`2026-10-${String(i + 1).padStart(2, '0')}`, true),
      ),
      entry('2026-10-20', false),
      entry('2026-10-21'),
      entry('2026-11-01', true),
      entry('2026-11-02', false),
      emptyDay('2026-11-03'),
    ];
    const months = medicineDaysByMonth(records);
    expect(months).toEqual([
      { month: '2026-10', days: 10, entries: 12 },
      { month: '2026-11', days: 1, entries: 2 },
    ]);
    expect(months.filter((m) => m.days >= MEDICINE_NOTE_DAYS).map((m) => m.month)).toEqual([
      '2026-10',
    ]);
    expect(medicineDaysByMonth([])).toEqual([]);
  });
});
