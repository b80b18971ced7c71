/**
 * The backup file: everything a person owns, in one versioned JSON file. Settings they chose (not
 * the defaults, not the organization's policy), history with the diary, calibration baselines per
 * camera, exercise progress and the desk check. Not in it: live state (schedule, posture session),
 * the data epoch and the history guards, which belong to this browser, not to the person. Pure.
 */
import type { DeskStore } from '../desk/store';
import type { ExerciseStore } from '../exercises/store';
import { HISTORY_VERSION } from '../history/day';
import type { DayRecord } from '../history/types';
import type { Baseline } from '../posture/calibration';
import { SETTINGS_VERSION } from '../settings';
import type { Settings } from '../settings-schema';

/** Version of the file format; a file with a higher one was made by a newer Chin Up. */
export const BACKUP_VERSION = 1;

/** What a person owns, as the worker reads and writes it. */
export interface OwnedData {
  /** The person's own choices only: keys they set, never defaults or policy. */
  settings: Partial<Settings>;
  /** One record per day, oldest first, the diary included. */
  days: DayRecord[];
  /** Calibration baselines by camera device id. */
  baselines: Record<string, Baseline>;
  exercises: ExerciseStore;
  desk: DeskStore;
}

/** The file as written. */
export interface BackupFile {
  app: 'chin-up';
  kind: 'backup';
  backupVersion: typeof BACKUP_VERSION;
  historyVersion: number;
  settingsVersion: number;
  /** ISO timestamp of the export. */
  exportedAt: string;
  settings: Partial<Settings>;
  days: DayRecord[];
  baselines: Record<string, Baseline>;
  exercises: ExerciseStore;
  desk: DeskStore;
}

/**
 * The backup of `data` as pretty JSON.
 * @param now the export time (ms since epoch), written as ISO `exportedAt`
 */
export function backupJson(data: OwnedData, now: number): string {
  const file: BackupFile = {
    app: 'chin-up',
    kind: 'backup',
    backupVersion: BACKUP_VERSION,
    historyVersion: HISTORY_VERSION,
    settingsVersion: SETTINGS_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings: data.settings,
    days: [...data.days].sort((a, b) => a.day.localeCompare(b.day)),
    baselines: data.baselines,
    exercises: data.exercises,
    desk: data.desk,
  };
  return JSON.stringify(file, null, 2);
}
