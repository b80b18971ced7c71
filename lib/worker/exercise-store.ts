/**
 * Exercise progress in storage.local, written only by the worker, in its one write queue. The
 * break page sends operations (`exercise:update`) and reads the record itself.
 */
import { browser } from 'wxt/browser';
import {
  applyExerciseOp,
  coerceExerciseStore,
  exerciseStoreWrite,
  type ExerciseOp,
  type ExerciseStore,
  type ExerciseStoreField,
} from '../exercises/store';
import { STORAGE, type StorageEntry } from '../platform/registry';
import { enqueueWrite } from './write-queue';

/** The storage key of each field of the exercise store: the record forces every field a key. */
export const EXERCISE_ENTRIES: Record<ExerciseStoreField, StorageEntry> = {
  safetyAckAt: STORAGE.exerciseSafetyAck,
  removed: STORAGE.exerciseRemoved,
  neckLog: STORAGE.exerciseNeckLog,
  introduced: STORAGE.exerciseIntroduced,
};
const FIELDS = Object.keys(EXERCISE_ENTRIES) as ExerciseStoreField[];

/** Reads the exercise record (also from pages: reading is safe, writing goes through here). */
export async function readExerciseStore(): Promise<ExerciseStore> {
  const got = await browser.storage.local.get(FIELDS.map((f) => EXERCISE_ENTRIES[f].key));
  return coerceExerciseStore(
    Object.fromEntries(FIELDS.map((f) => [f, got[EXERCISE_ENTRIES[f].key]])),
  );
}

/** The storage items that store `store` (or the fields of it given), trimmed to what is kept. */
export function exerciseWrites(store: Partial<ExerciseStore>): Record<string, unknown> {
  const write = exerciseStoreWrite(store);
  const out: Record<string, unknown> = {};
  for (const f of FIELDS) if (write[f] !== undefined) out[EXERCISE_ENTRIES[f].key] = write[f];
  return out;
}

/** Applies one operation to the stored record, after every write queued before it. */
export function updateExerciseStore(op: ExerciseOp): Promise<void> {
  return enqueueWrite(async () => {
    await browser.storage.local.set(exerciseWrites(applyExerciseOp(await readExerciseStore(), op)));
  });
}
