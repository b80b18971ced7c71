/**
 * What a person owns (lib/backup/format.ts), read from the worker's stores and written back for an
 * import. Both run only inside the worker's one write queue (lib/worker/backup-handlers.ts): they
 * call the stores' unqueued parts.
 */
import { browser } from 'wxt/browser';
import type { OwnedData } from '../backup/format';
import { coerceDeskStore } from '../desk/store';
import { STORAGE } from '../platform/registry';
import { storedWrite } from '../platform/stored-item';
import { exerciseWrites, readExerciseStore } from './exercise-store';
import { writePending } from './history-pending';
import { historyWrites } from './history-replace';
import { readDaysNow } from './history-store';
import { readBaselines } from './posture-store';
import { readOwnSettings } from './settings-store';

const DESK_KEY = STORAGE.deskCheck.key;

/** Everything the person owns, as the stores hold it now (history with waiting events counted). */
export async function readOwned(): Promise<OwnedData> {
  const [settings, days, baselines, exercises, desk] = await Promise.all([
    readOwnSettings(),
    readDaysNow(),
    readBaselines(),
    readExerciseStore(),
    browser.storage.local.get(DESK_KEY),
  ]);
  return { settings, days, baselines, exercises, desk: coerceDeskStore(desk[DESK_KEY]) };
}

/**
 * Makes the stores hold exactly `data`. Every new value goes in one `storage.local.set`, so a
 * refused write (storage full) changes nothing; only then are the days not in `data` removed and
 * the waiting events (counted in the days read) dropped.
 */
export async function writeOwned(data: OwnedData): Promise<void> {
  const history = await historyWrites(data.days);
  await browser.storage.local.set({
    ...history.set,
    ...storedWrite(STORAGE.settings, data.settings),
    ...storedWrite(STORAGE.baselines, data.baselines),
    ...exerciseWrites(data.exercises),
    [DESK_KEY]: data.desk,
  });
  if (history.remove.length > 0) await browser.storage.local.remove(history.remove);
  await writePending([]);
}
