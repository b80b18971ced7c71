/** What the page learns about a backup file before and after importing it. Pure. */
import type { OwnedData } from './format';
import type { ImportMode, ImportPreview } from './plan';
import type { BackupError } from './problem';

/** What the file holds, in counts the page words. */
export interface FileSummary {
  days: number;
  /** Days with a headache diary entry. */
  diary: number;
  /** Cameras with a calibration baseline. */
  cameras: number;
  /** Any exercise progress (red-flags answer, removed exercises, neck training). */
  exercises: boolean;
  desk: boolean;
}

/** The answer to `backup:preview` and `backup:import`: a refused file changes nothing. */
export type BackupCheck =
  | {
      ok: true;
      mode: ImportMode;
      /** ms since epoch. */
      exportedAt: number;
      file: FileSummary;
      preview: ImportPreview;
      /** The file's settings have the camera on (chosen or by default), and it stays off (lib/backup/guard.ts). */
      cameraKeptOff: boolean;
    }
  | { ok: false; error: BackupError };

/** The counts of `data` a preview shows. */
export function summarizeFile(data: OwnedData): FileSummary {
  const ex = data.exercises;
  return {
    days: data.days.length,
    diary: data.days.filter((d) => d.headache).length,
    cameras: Object.keys(data.baselines).length,
    exercises:
      ex.safetyAckAt !== null ||
      ex.removed.length > 0 ||
      ex.neckLog.length > 0 ||
      ex.introduced.length > 0,
    desk: data.desk.last !== null,
  };
}
