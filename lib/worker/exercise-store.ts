/**
 * Exercise progress in storage.local, written only by the worker, in its one write queue.
 */
import { browser } from 'wxt/browser';
import {
  STORE_KEYS,
  applyExerciseOp,
  coerceStore,
  type ExerciseOp,
  type ExerciseStore,
} from '../exercises/store';
import { enqueueWrite } from './write-queue';

/** Reads the exercise record (unqueued: for tasks already in the write queue, and reads). */
export async function readExerciseStore(): Promise<ExerciseStore> {
  return coerceStore(await browser.storage.local.get(Object.values(STORE_KEYS) as string[]));
}

/** Applies one operation to the stored record, after every write queued before it. */
export function updateExerciseStore(op: ExerciseOp): Promise<void> {
  return enqueueWrite(async () => {
    const next = applyExerciseOp(await readExerciseStore(), op);
    await browser.storage.local.set({
      [STORE_KEYS.safetyAckAt]: next.safetyAckAt,
      [STORE_KEYS.removed]: next.removed,
      [STORE_KEYS.neckLog]: next.neckLog,
    });
  });
}
