/**
 * One day's aggregate: creation, repair of stored records and applying recorded events.
 * Pure: time is a parameter.
 */
import { coerceDiaryDetails } from './diary';
import type { DayKey, DayRecord, ExerciseTally, HistoryEvent } from './types';

/** Version of the stored day record. Bump it and add a migration when the shape changes. */
export const HISTORY_VERSION = 1;

/** A day record's numeric totals, in the order the CSV export and the backup check them. */
export const DAY_TOTALS = [
  'monitoredMin',
  'forwardHeadMin',
  'awayMin',
  'nudges',
  'breaksTaken',
  'breaksSnoozed',
  'breaksSkipped',
  'breaksStopped',
  'exerciseSec',
] as const;

type RawDay = Record<string, unknown>;

/**
 * Ordered migrations of stored day records, keyed by the version they produce. Version 1 is the
 * first stored shape, so the table is empty; a change to `DayRecord` bumps `HISTORY_VERSION` and
 * adds its step here (the store reads older `history:v<n>:` keys and rewrites them).
 */
export const HISTORY_MIGRATIONS: Readonly<Record<number, (old: RawDay) => RawDay>> = {};

/**
 * Brings a stored record from `fromVersion` up to `toVersion` by running each migration in order.
 * Unknown shapes become `{}` (coerceDay then yields an empty day for the key's date).
 */
export function migrateDay(
  raw: unknown,
  fromVersion: number,
  migrations: Readonly<Record<number, (old: RawDay) => RawDay>> = HISTORY_MIGRATIONS,
  toVersion: number = HISTORY_VERSION,
): RawDay {
  let out: RawDay =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? { ...raw } : {};
  for (let v = Math.max(1, fromVersion) + 1; v <= toVersion; v++) {
    const step = migrations[v];
    if (step) out = step(out);
  }
  return out;
}

/** Longest diary note kept, in characters. */
export const MAX_NOTE_CHARS = 280;

/** The local calendar day of `now` (ms since epoch) as `YYYY-MM-DD`. */
export function dayKey(now: number): DayKey {
  const d = new Date(now);
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${m}-${day}`;
}

/** Is `x` a well-formed `YYYY-MM-DD` key of a real calendar day? */
export function isDayKey(x: unknown): x is DayKey {
  if (typeof x !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(x)) return false;
  const [y, m, d] = x.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d;
}

/** Local midnight (ms since epoch) of a day key. */
export function dayStart(day: DayKey): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}

/** The day key `offset` calendar days after `day` (negative goes back); DST-safe. */
export function shiftDay(day: DayKey, offset: number): DayKey {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return dayKey(new Date(y, m - 1, d + offset, 12).getTime());
}

export function emptyDay(day: DayKey): DayRecord {
  return {
    day,
    monitoredMin: 0,
    forwardHeadMin: 0,
    awayMin: 0,
    nudges: 0,
    breaksTaken: 0,
    breaksSnoozed: 0,
    breaksSkipped: 0,
    breaksStopped: 0,
    exerciseSec: 0,
    exercises: {},
  };
}

const num = (x: unknown, max = 1e7): number =>
  typeof x === 'number' && Number.isFinite(x) ? Math.min(max, Math.max(0, x)) : 0;
const round2 = (x: number): number => Math.round(x * 100) / 100;

function coerceTally(x: unknown): ExerciseTally | null {
  if (typeof x !== 'object' || x === null) return null;
  const t = x as Record<string, unknown>;
  return {
    sets: Math.round(num(t.sets)),
    reps: Math.round(num(t.reps)),
    holdSec: num(t.holdSec, 600),
    durationSec: num(t.durationSec),
  };
}

/**
 * Repairs a stored record of any shape: missing or corrupt fields become zero, negative or
 * non-finite numbers are clamped, minutes are capped at a day (1440). Returns null only when the
 * day itself cannot be known (neither `raw.day` nor `fallbackDay` is a valid key).
 */
export function coerceDay(raw: unknown, fallbackDay?: DayKey): DayRecord | null {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const day = isDayKey(r.day) ? r.day : isDayKey(fallbackDay) ? fallbackDay : null;
  if (!day) return null;
  const out = emptyDay(day);
  out.monitoredMin = round2(num(r.monitoredMin, 1440));
  out.forwardHeadMin = round2(Math.min(num(r.forwardHeadMin, 1440), out.monitoredMin));
  out.awayMin = round2(num(r.awayMin, 1440));
  out.nudges = Math.round(num(r.nudges));
  out.breaksTaken = Math.round(num(r.breaksTaken));
  out.breaksSnoozed = Math.round(num(r.breaksSnoozed));
  out.breaksSkipped = Math.round(num(r.breaksSkipped));
  // Added without a version bump: records stored before it read back as 0.
  out.breaksStopped = Math.round(num(r.breaksStopped));
  out.exerciseSec = Math.round(num(r.exerciseSec));
  if (typeof r.exercises === 'object' && r.exercises !== null) {
    for (const [id, t] of Object.entries(r.exercises as Record<string, unknown>)) {
      const tally = coerceTally(t);
      if (tally && id.length > 0 && id.length <= 64) out.exercises[id] = tally;
    }
  }
  const h = r.headache as Record<string, unknown> | undefined;
  if (typeof h === 'object' && h !== null && typeof h.intensity === 'number') {
    out.headache = diaryEntry(h.intensity, h.note, h);
  }
  return out;
}

function diaryEntry(
  intensity: number,
  note: unknown,
  details?: unknown,
): NonNullable<DayRecord['headache']> {
  const i = Math.round(Math.min(10, Math.max(0, Number.isFinite(intensity) ? intensity : 0)));
  const n = typeof note === 'string' ? note.trim().slice(0, MAX_NOTE_CHARS) : '';
  const d = coerceDiaryDetails(details);
  return n ? { intensity: i, note: n, ...d } : { intensity: i, ...d };
}

/** The day an event belongs to: its own day for diary entries, else the local day of `now`. */
export function eventDay(event: HistoryEvent, now: number): DayKey {
  return event.type === 'diary' || event.type === 'diary-clear' ? event.day : dayKey(now);
}

/**
 * Applies one event to a day record, returning a new record. Durations arrive in ms and are
 * stored as minutes (two decimals). An exercise tally keeps sets, total reps, total duration and
 * the longest hold per rep (seconds), which is what chin-tuck progression shows.
 */
export function applyEvent(rec: DayRecord, event: HistoryEvent): DayRecord {
  const out: DayRecord = { ...rec, exercises: { ...rec.exercises } };
  switch (event.type) {
    case 'posture': {
      const mon = num(event.monitoredMs) / 60_000;
      out.monitoredMin = round2(Math.min(1440, rec.monitoredMin + mon));
      const fwd = Math.min(num(event.forwardHeadMs), num(event.monitoredMs)) / 60_000;
      out.forwardHeadMin = round2(Math.min(out.monitoredMin, rec.forwardHeadMin + fwd));
      out.awayMin = round2(Math.min(1440, rec.awayMin + num(event.awayMs) / 60_000));
      break;
    }
    case 'nudge':
      out.nudges = rec.nudges + 1;
      break;
    case 'break':
      if (event.outcome === 'taken') out.breaksTaken = rec.breaksTaken + 1;
      else if (event.outcome === 'snoozed') out.breaksSnoozed = rec.breaksSnoozed + 1;
      else if (event.outcome === 'stopped') out.breaksStopped = rec.breaksStopped + 1;
      else out.breaksSkipped = rec.breaksSkipped + 1;
      break;
    case 'exercise': {
      const prev = rec.exercises[event.id] ?? { sets: 0, reps: 0, holdSec: 0, durationSec: 0 };
      const dur = Math.round(num(event.durationSec));
      out.exercises[event.id] = {
        sets: prev.sets + 1,
        reps: prev.reps + Math.round(num(event.reps)),
        holdSec: Math.max(prev.holdSec, num(event.holdSec, 600)),
        durationSec: prev.durationSec + dur,
      };
      out.exerciseSec = rec.exerciseSec + dur;
      break;
    }
    case 'diary':
      out.headache = diaryEntry(event.intensity, event.note, event.details);
      break;
    case 'diary-clear':
      delete out.headache;
      break;
  }
  return out;
}
