/**
 * Events waiting for room in `storage.local`, kept in `storage.session` (its own quota) so a
 * worker restart does not lose them; a browser restart does. Written only by the service worker,
 * inside its write queue (lib/worker/history-store.ts, lib/worker/backup-store.ts).
 */
import { browser } from 'wxt/browser';
import { isPending, type PendingEvent } from '../history/pending';
import { STORAGE } from '../platform/registry';

const PENDING_KEY = STORAGE.historyPending.key;

/** The waiting events (none when the record is missing or malformed). */
export async function readPending(): Promise<PendingEvent[]> {
  const got = await browser.storage.session.get(PENDING_KEY).catch(() => ({}));
  const raw = (got as Record<string, unknown>)[PENDING_KEY];
  return Array.isArray(raw) ? raw.filter(isPending) : [];
}

/** Stores the waiting events; an empty list removes the record. */
export async function writePending(list: PendingEvent[]): Promise<void> {
  if (list.length === 0) await browser.storage.session.remove(PENDING_KEY);
  else await browser.storage.session.set({ [PENDING_KEY]: list });
}
