/**
 * What an import does: the data after it (replace or merge) and a preview of the changes, computed
 * from the same function, so what the page shows is what the worker writes. Pure.
 */
import { NECK_LOG_MAX, type ExerciseStore } from '../exercises/store';
import type { DayKey, DayRecord } from '../history/types';
import type { Settings } from '../settings-schema';
import type { OwnedData } from './format';

/**
 * `replace`: what is here becomes the file's data. `merge`: what is here stays; what is missing
 * here is added from the file (days, a day's diary entry, settings not chosen here, cameras,
 * exercise progress).
 */
export type ImportMode = 'replace' | 'merge';
export const IMPORT_MODES: readonly ImportMode[] = ['merge', 'replace'];

export interface ImportPreview {
  days: { added: number; changed: number; removed: number; tooOld: number };
  /** Setting keys whose chosen value changes. */
  settings: string[];
  baselines: { added: number; changed: number; removed: number };
  exercises: boolean;
  desk: boolean;
}

export interface PlanContext {
  /** Oldest day kept under `settings` (the retention setting after the import). */
  oldestKept: (settings: Partial<Settings>) => DayKey;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

function mergeDays(here: DayRecord[], file: DayRecord[]): DayRecord[] {
  const out = new Map(file.map((d) => [d.day, d]));
  for (const d of here) {
    const theirs = out.get(d.day);
    out.set(d.day, !d.headache && theirs?.headache ? { ...d, headache: theirs.headache } : d);
  }
  return [...out.values()].sort((a, b) => a.day.localeCompare(b.day));
}

function mergeExercises(here: ExerciseStore, file: ExerciseStore): ExerciseStore {
  const byAt = new Map([...file.neckLog, ...here.neckLog].map((s) => [s.at, s]));
  return {
    safetyAckAt: here.safetyAckAt ?? file.safetyAckAt,
    removed: union(here.removed, file.removed),
    neckLog: [...byAt.values()].sort((a, b) => a.at - b.at).slice(-NECK_LOG_MAX),
    introduced: union(here.introduced, file.introduced),
  };
}

function merge(here: OwnedData, file: OwnedData): OwnedData {
  return {
    settings: { ...file.settings, ...here.settings },
    days: mergeDays(here.days, file.days),
    baselines: { ...file.baselines, ...here.baselines },
    exercises: mergeExercises(here.exercises, file.exercises),
    desk: here.desk.last ? here.desk : file.desk,
  };
}

function countKeys<T>(before: Record<string, T>, after: Record<string, T>) {
  const keys = union(Object.keys(before), Object.keys(after));
  const n = { added: 0, changed: 0, removed: 0 };
  for (const k of keys) {
    if (!(k in before)) n.added++;
    else if (!(k in after)) n.removed++;
    else if (!same(before[k], after[k])) n.changed++;
  }
  return n;
}

/**
 * The data after importing `file` into `here`, and what changes. Days older than the retention
 * that applies afterwards are left out (they would be deleted at once) and counted as `tooOld`.
 */
export function planImport(
  here: OwnedData,
  file: OwnedData,
  mode: ImportMode,
  ctx: PlanContext,
): { next: OwnedData; preview: ImportPreview } {
  const all = mode === 'replace' ? structuredClone(file) : merge(here, file);
  const oldest = ctx.oldestKept(all.settings);
  const kept = all.days.filter((d) => d.day >= oldest);
  const next = { ...all, days: kept };
  const tooOld = file.days.filter((d) => d.day < oldest).length;
  const byDay = (ds: DayRecord[]) => Object.fromEntries(ds.map((d) => [d.day, d]));
  const days = countKeys(byDay(here.days.filter((d) => d.day >= oldest)), byDay(kept));
  const before = here.settings as Record<string, unknown>;
  const after = next.settings as Record<string, unknown>;
  const settings = union(Object.keys(before), Object.keys(after)).filter(
    (k) => !same(before[k], after[k]),
  );
  return {
    next,
    preview: {
      days: { ...days, tooOld },
      settings,
      baselines: countKeys(here.baselines, next.baselines),
      exercises: !same(here.exercises, next.exercises),
      desk: !same(here.desk, next.desk),
    },
  };
}
