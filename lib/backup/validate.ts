/**
 * The import validator: a backup file's text in, the data to import or the first problem out.
 * Nothing is written until a file has passed every check, so a bad file changes nothing. Pure.
 */
import { HISTORY_VERSION, dayKey } from '../history/day';
import { SETTINGS_VERSION } from '../settings';
import { BACKUP_VERSION, type OwnedData } from './format';
import { BackupInvalid, expect, isObj, scan, type BackupError } from './problem';
import { parseBaselines, parseDays, parseDesk, parseExercises, parseSettings } from './sections';

/** Larger than any real backup (about 1 kB a day): 5 million characters. */
export const MAX_BACKUP_CHARS = 5_000_000;

export type ParsedBackup =
  { ok: true; exportedAt: number; data: OwnedData } | { ok: false; error: BackupError };

function version(x: unknown, current: number, where: string): number {
  expect(typeof x === 'number', where);
  if (!Number.isInteger(x) || x < 1) throw new BackupInvalid('bad-version', where);
  if (x > current) throw new BackupInvalid('newer-version', where);
  return x;
}

function parse(text: string, now: number): { exportedAt: number; data: OwnedData } {
  if (text.length > MAX_BACKUP_CHARS) throw new BackupInvalid('too-large');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BackupInvalid('not-json');
  }
  if (!isObj(raw) || raw.app !== 'chin-up' || raw.kind !== 'backup')
    throw new BackupInvalid('not-backup');
  scan(raw);
  version(raw.backupVersion, BACKUP_VERSION, 'backupVersion');
  version(raw.historyVersion, HISTORY_VERSION, 'historyVersion');
  const settingsVersion = version(raw.settingsVersion, SETTINGS_VERSION, 'settingsVersion');
  expect(typeof raw.exportedAt === 'string', 'exportedAt');
  const exportedAt = Date.parse(raw.exportedAt);
  expect(Number.isFinite(exportedAt), 'exportedAt');
  if (exportedAt > now + 24 * 60 * 60_000) throw new BackupInvalid('future-date', 'exportedAt');
  return {
    exportedAt,
    data: {
      settings: parseSettings(raw.settings, settingsVersion),
      days: parseDays(raw.days, dayKey(now)),
      baselines: parseBaselines(raw.baselines),
      exercises: parseExercises(raw.exercises, now),
      desk: parseDesk(raw.desk, now),
    },
  };
}

/**
 * Checks a backup file completely before anything is imported.
 * - Refused: not JSON, not a Chin Up backup, a newer or unknown version, `__proto__` /
 *   `constructor` / `prototype` keys anywhere, nesting past 8 levels, a field of the wrong type,
 *   lists longer than any real backup, dates after tomorrow, a day twice, a file over
 *   `MAX_BACKUP_CHARS`.
 * - Accepted values are coerced like stored ones (numbers clamped, unknown settings and unknown
 *   exercise ids dropped); older settings versions are migrated.
 * @param text the file's contents
 * @param now the current time (ms since epoch): "today" and "the future" are counted from it
 */
export function parseBackup(text: string, now: number): ParsedBackup {
  try {
    return { ok: true, ...parse(text, now) };
  } catch (e) {
    if (e instanceof BackupInvalid) return { ok: false, error: { code: e.code, where: e.where } };
    throw e;
  }
}
