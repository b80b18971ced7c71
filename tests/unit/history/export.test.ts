import { describe, expect, it } from 'vitest';
import { emptyDay } from '../../../lib/history/day';
import { csvField, exportCsv } from '../../../lib/history/export';
import type { DayRecord } from '../../../lib/history/types';

const days: DayRecord[] = [
  {
    ...emptyDay('2026-11-23'),
    nudges: 2,
    exercises: { 'chin-tuck': { sets: 1, reps: 10, holdSec: 8, durationSec: 120 } },
    headache: {
      intensity: 4,
      note: 'after "long" call, tired',
      type: 'tension-type',
      medicine: true,
      triggers: ['stress', 'screen-time'],
    },
  },
  { ...emptyDay('2026-11-22'), monitoredMin: 30.5 },
];

describe('export', () => {
  it('CSV has a header, one row per day, exercise columns and quoted notes', () => {
    const lines = exportCsv(days).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    const header = lines[0]!.split(',');
    expect(header).toContain('chin-tuckReps');
    // The diary's columns come last, in this order.
    expect(lines[0]).toMatch(
      /,headache,headacheNote,headacheType,headacheDuration,headacheMedicine,headacheTriggers$/,
    );
    expect(lines[1]!.startsWith('2026-11-22,30.5,')).toBe(true);
    expect(lines[2]).toContain(
      ',10,8,120,4,"after ""long"" call, tired",tension-type,,yes,stress;screen-time',
    );
    // every row has as many fields as the header (note contains a comma but is quoted)
    expect(lines[1]!.split(',')).toHaveLength(header.length);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=HYPERLINK("x"),a', `"'=HYPERLINK(""x""),a"`],
    [-3, '-3'],
    [undefined, ''],
  ])('csvField(%s) = %s', (v, want) => expect(csvField(v)).toBe(want));
});
