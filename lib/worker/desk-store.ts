/**
 * The desk check's last two results in storage.local, written only by the worker, in its one
 * write queue: a save from the desk-check page and a backup import never overwrite each other.
 */
import { browser } from 'wxt/browser';
import type { DeskStore } from '../desk/store';
import { STORAGE } from '../platform/registry';
import { enqueueWrite } from './write-queue';

/** Stores `store` (already parsed at the message boundary) after every write queued before it. */
export function saveDeskStore(store: DeskStore): Promise<void> {
  return enqueueWrite(async () => {
    await browser.storage.local.set({ [STORAGE.deskCheck.key]: store });
  });
}
