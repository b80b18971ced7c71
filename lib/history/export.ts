/**
 * Export of local history to CSV, for a spreadsheet. Pure. (The JSON copy of everything is the
 * backup file, lib/backup/format.ts.)
 */
import { DAY_TOTALS } from './day';
import type { DayRecord } from './types';

const BASE_COLUMNS = ['day', ...DAY_TOTALS] as const;

/** RFC 4180 field quoting; also defuses spreadsheet formulas in free text. */
export function csvField(v: string | number | undefined): string {
  if (v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * One row per day, oldest first. Exercise tallies become `<id>Reps`, `<id>HoldSec` and
 * `<id>Sec` columns for every exercise id seen; the diary becomes `headache`, `headacheNote` and
 * the optional details `headacheType`, `headacheDuration`, `headacheMedicine` (yes/no) and
 * `headacheTriggers` (separated by `;`).
 */
export function exportCsv(days: readonly DayRecord[]): string {
  const sorted = [...days].sort((a, b) => a.day.localeCompare(b.day));
  const ids = [...new Set(sorted.flatMap((d) => Object.keys(d.exercises)))].sort();
  const header = [
    ...BASE_COLUMNS,
    ...ids.flatMap((id) => [`${id}Reps`, `${id}HoldSec`, `${id}Sec`]),
    'headache',
    'headacheNote',
    'headacheType',
    'headacheDuration',
    'headacheMedicine',
    'headacheTriggers',
  ];
  const rows = sorted.map((d) =>
    [
      ...BASE_COLUMNS.map((c) => d[c]),
      ...ids.flatMap((id) => {
        const t = d.exercises[id];
        return [t?.reps ?? 0, t?.holdSec ?? 0, t?.durationSec ?? 0];
      }),
      d.headache?.intensity,
      d.headache?.note,
      d.headache?.type,
      d.headache?.duration,
      d.headache?.medicine === undefined ? undefined : d.headache.medicine ? 'yes' : 'no',
      d.headache?.triggers?.join(';'),
    ]
      .map(csvField)
      .join(','),
  );
  return [header.map(csvField).join(','), ...rows].join('\r\n') + '\r\n';
}
