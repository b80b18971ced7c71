/**
 * The writes that make stored history exactly a list of days (an import): computed first, then
 * committed by lib/worker/backup-store.ts in one storage call with the import's other writes.
 * Only inside the worker's write queue.
 */
import { browser } from 'wxt/browser';
import { HISTORY_VERSION } from '../history/day';
import type { DayRecord } from '../history/types';
import { APPLIED_KEY, appliedKeys, dropApplied, storedApplied } from './history-guards';
import { ANY_VERSION, historyKey } from './history-migrate';
import { readPending } from './history-pending';

export interface HistoryWrites {
  set: Record<string, unknown>;
  /** History keys (any version) of days not in the list. */
  remove: string[];
}

/**
 * Every day of `days` as stored, and the stored days to remove. Events waiting for room are
 * already counted in the days an import read (`readDaysNow`): their idempotency keys are marked
 * applied, so a replayed outbox does not count them again once the waiting list is emptied.
 */
export async function historyWrites(days: readonly DayRecord[]): Promise<HistoryWrites> {
  const all = await browser.storage.local.get(null);
  const keep = new Set(days.map((d) => historyKey(d.day)));
  const set: Record<string, unknown> = {};
  for (const d of days) set[historyKey(d.day)] = { v: HISTORY_VERSION, ...d };
  const applied = appliedKeys(all);
  if (dropApplied(await readPending(), applied).added) set[APPLIED_KEY] = storedApplied(applied);
  const remove = Object.keys(all).filter((k) => ANY_VERSION.test(k) && !keep.has(k));
  return { set, remove };
}
