/**
 * The headache diary's optional details and what Insights derives from them. Pure. Diary data
 * show patterns beside each other, never causes.
 */
import { isHeadacheType, type HeadacheType } from '../exercises/headache';
import type { DayKey, DayRecord } from './types';

/** Possible triggers a person may tick (from the seeds' trigger work). */
export const TRIGGERS = [
  'short-sleep',
  'stress',
  'skipped-meal',
  'caffeine',
  'screen-time',
  'neck-jaw',
] as const;
export type Trigger = (typeof TRIGGERS)[number];

/** How long the headache lasted, in buckets a person can answer without a stopwatch. */
export const DURATIONS = ['under-1h', '1-4h', '4-24h', 'over-24h'] as const;
export type Duration = (typeof DURATIONS)[number];

/** Optional per-entry details. Every field may be missing. */
export interface DiaryDetails {
  /** From the two "headache now" questions. */
  type?: HeadacheType;
  duration?: Duration;
  /** Whether a medicine was taken for it that day. */
  medicine?: boolean;
  triggers?: Trigger[];
}

/** Medicine days in a month from which Insights shows the medication-overuse note. */
export const MEDICINE_NOTE_DAYS = 10;

const oneOf = <T extends string>(list: readonly T[], x: unknown): x is T =>
  typeof x === 'string' && (list as readonly string[]).includes(x);

/** Keeps only well-formed details (unknown fields and values are dropped, never an error). */
export function coerceDiaryDetails(raw: unknown): DiaryDetails {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const r = raw as Record<string, unknown>;
  const out: DiaryDetails = {};
  if (isHeadacheType(r.type)) out.type = r.type;
  if (oneOf(DURATIONS, r.duration)) out.duration = r.duration;
  if (typeof r.medicine === 'boolean') out.medicine = r.medicine;
  if (Array.isArray(r.triggers)) {
    const t = TRIGGERS.filter((x) => (r.triggers as unknown[]).includes(x));
    if (t.length) out.triggers = t;
  }
  return out;
}

export interface MonthMedicine {
  /** `YYYY-MM`. */
  month: string;
  /** Days that month with a diary entry saying a medicine was taken. */
  days: number;
  /** Days with a diary entry at all. */
  entries: number;
}

/** Medicine days per calendar month, oldest month first; months without entries are left out. */
export function medicineDaysByMonth(records: readonly DayRecord[]): MonthMedicine[] {
  const by = new Map<string, { days: Set<DayKey>; entries: Set<DayKey> }>();
  for (const r of records) {
    if (!r.headache) continue;
    const month = r.day.slice(0, 7);
    const m = by.get(month) ?? { days: new Set(), entries: new Set() };
    m.entries.add(r.day);
    if (r.headache.medicine === true) m.days.add(r.day);
    by.set(month, m);
  }
  return [...by.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, m]) => ({ month, days: m.days.size, entries: m.entries.size }));
}
