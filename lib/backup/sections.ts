/**
 * The parts of a backup file, each checked strictly (a wrong type is an error, never guessed at)
 * and then coerced by the same functions that read storage, so what is imported is exactly what
 * the stores would hold. Pure.
 */
import { coerceDeskResult } from '../desk/result';
import { coerceExerciseStore, type ExerciseStore } from '../exercises/store';
import { DAY_TOTALS, coerceDay, isDayKey, shiftDay } from '../history/day';
import type { DayKey, DayRecord } from '../history/types';
import { isBaseline, type Baseline } from '../posture/calibration';
import { SETTINGS_MIGRATIONS, SETTING_KEYS, SETTINGS_SPEC, coerceValue } from '../settings';
import type { Settings } from '../settings-schema';
import type { DeskStore } from '../desk/store';
import { BackupInvalid, expect, isObj, list } from './problem';

/** More days than the longest retention (730) can keep. */
export const MAX_BACKUP_DAYS = 1000;
/** More cameras than anyone calibrates. */
export const MAX_BASELINES = 50;
/** Lists of exercise ids and neck-training sessions. */
export const MAX_EXERCISE_ITEMS = 1000;
/** A day's grace for dates after today: the file may come from a time zone ahead. */
const GRACE_MS = 24 * 60 * 60_000;

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function notFuture(t: number, now: number, where: string): void {
  if (t > now + GRACE_MS) throw new BackupInvalid('future-date', where);
}

/** The person's settings: known keys with valid values, migrated from `version` to today's. */
export function parseSettings(raw: unknown, version: number): Partial<Settings> {
  expect(isObj(raw), 'settings');
  let src: Record<string, unknown> = { ...raw };
  for (const [v, migrate] of Object.entries(SETTINGS_MIGRATIONS))
    if (Number(v) > version) src = migrate(src);
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    if (!Object.prototype.hasOwnProperty.call(src, key)) continue;
    const { value } = coerceValue(SETTINGS_SPEC[key], src[key]);
    expect(value !== undefined, `settings.${key}`);
    out[key] = value;
  }
  return out as Partial<Settings>;
}

/** History days, oldest first; each day once and none after tomorrow. */
export function parseDays(raw: unknown, today: DayKey): DayRecord[] {
  const latest = shiftDay(today, 1);
  const seen = new Set<DayKey>();
  const days = list(raw, MAX_BACKUP_DAYS, 'days').map((d, i) => {
    const at = `days[${i}]`;
    expect(isObj(d) && isDayKey(d.day), `${at}.day`);
    if (d.day > latest) throw new BackupInvalid('future-date', `${at}.day`);
    if (seen.has(d.day)) throw new BackupInvalid('duplicate-day', `${at}.day`);
    seen.add(d.day);
    for (const k of DAY_TOTALS) expect(d[k] === undefined || isNum(d[k]), `${at}.${k}`);
    expect(d.exercises === undefined || isObj(d.exercises), `${at}.exercises`);
    for (const [id, t] of Object.entries(d.exercises ?? {}))
      expect(isObj(t) && [t.reps, t.holdSec, t.durationSec].every(isNum), `${at}.exercises.${id}`);
    const h = d.headache;
    expect(h === undefined || (isObj(h) && isNum(h.intensity)), `${at}.headache`);
    const rec = coerceDay(d);
    expect(rec !== null, at);
    return rec;
  });
  return days.sort((a, b) => a.day.localeCompare(b.day));
}

/** Calibration baselines by camera device id. */
export function parseBaselines(raw: unknown): Record<string, Baseline> {
  expect(isObj(raw), 'baselines');
  const entries = Object.entries(raw);
  if (entries.length > MAX_BASELINES) throw new BackupInvalid('too-large', 'baselines');
  for (const [id, b] of entries) expect(id.length <= 256 && isBaseline(b), `baselines.${id}`);
  return Object.fromEntries(entries) as Record<string, Baseline>;
}

/** Exercise progress: red-flags acknowledgement, removed and introduced exercises, neck log. */
export function parseExercises(raw: unknown, now: number): ExerciseStore {
  expect(isObj(raw), 'exercises');
  const { safetyAckAt: ack } = raw;
  expect(ack === null || ack === undefined || isNum(ack), 'exercises.safetyAckAt');
  if (isNum(ack)) notFuture(ack, now, 'exercises.safetyAckAt');
  for (const k of ['removed', 'introduced'] as const) {
    const ids = list(raw[k] ?? [], MAX_EXERCISE_ITEMS, `exercises.${k}`);
    ids.forEach((id, i) => expect(typeof id === 'string', `exercises.${k}[${i}]`));
  }
  list(raw.neckLog ?? [], MAX_EXERCISE_ITEMS, 'exercises.neckLog').forEach((s, i) => {
    const at = `exercises.neckLog[${i}]`;
    expect(isObj(s) && isNum(s.at) && Number.isInteger(s.level) && isNum(s.repsDone), at);
    notFuture(s.at as number, now, `${at}.at`);
  });
  return coerceExerciseStore(raw);
}

/** The desk check's last two results (absent: none). */
export function parseDesk(raw: unknown, now: number): DeskStore {
  if (raw === undefined) return { last: null, previous: null };
  expect(isObj(raw), 'desk');
  const one = (k: 'last' | 'previous') => {
    const v = raw[k];
    if (v === null || v === undefined) return null;
    const r = coerceDeskResult(v);
    expect(r !== null, `desk.${k}`);
    notFuture(r.at, now, `desk.${k}.at`);
    return r;
  };
  return { last: one('last'), previous: one('previous') };
}
