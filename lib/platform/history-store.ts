/**
 * Local history in `browser.storage.local`: one aggregate record per local day under a versioned
 * key (`history:v1:YYYY-MM-DD`), never frames or landmarks. One key per day keeps every write
 * small and means writers in different contexts (service worker, insights page diary) only ever
 * touch the same key when they record the same day. Within one context, writes are serialized
 * through a promise queue so concurrent calls never lose an update.
 */
import { browser } from 'wxt/browser';
import {
  HISTORY_VERSION,
  applyEvent,
  coerceDay,
  emptyDay,
  eventDay,
  isDayKey,
} from '../history/day';
import { expiredDays } from '../history/retention';
import type { DayKey, DayRecord, HistoryEvent } from '../history/types';
import { SETTINGS_SPEC } from '../settings-schema';

/** Prefix of every history key; the version is part of it. */
export const HISTORY_PREFIX = `history:v${HISTORY_VERSION}:`;
const keyOf = (day: DayKey): string => `${HISTORY_PREFIX}${day}`;

let queue: Promise<unknown> = Promise.resolve();
/** Runs `task` after every earlier queued task, whatever their outcome. */
function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Days present in storage (any version prefix of this store), by key. */
async function storedKeys(): Promise<string[]> {
  const all = await browser.storage.local.get(null);
  return Object.keys(all).filter((k) => k.startsWith(HISTORY_PREFIX));
}

/**
 * Records one event into the day it belongs to (the local day of `now`, or the diary's day).
 * Callers decide whether history is enabled (`insightsEnabled`). When a day is written for the
 * first time, days older than `retentionDays` are deleted.
 * @param now ms since epoch
 * @param retentionDays days of history kept, today included (setting `retentionDays`)
 */
export function recordHistory(
  event: HistoryEvent,
  now: number,
  retentionDays: number = SETTINGS_SPEC.retentionDays.default,
): Promise<void> {
  return enqueue(async () => {
    const day = eventDay(event, now);
    const key = keyOf(day);
    const got = await browser.storage.local.get(key);
    const isNew = got[key] === undefined;
    const current = coerceDay(got[key], day) ?? emptyDay(day);
    const next = applyEvent(current, event);
    await browser.storage.local.set({ [key]: { v: HISTORY_VERSION, ...next } });
    if (isNew) await pruneLocked(retentionDays, now);
  });
}

async function pruneLocked(retentionDays: number, now: number): Promise<number> {
  const keys = await storedKeys();
  const days = keys.map((k) => k.slice(HISTORY_PREFIX.length));
  const expired = expiredDays(days, retentionDays, now);
  if (expired.length > 0) await browser.storage.local.remove(expired.map(keyOf));
  return expired.length;
}

/** Deletes days outside the retention window now (e.g. after the setting was lowered). */
export function pruneHistory(retentionDays: number, now: number): Promise<number> {
  return enqueue(() => pruneLocked(retentionDays, now));
}

/**
 * Every stored day, oldest first. Corrupt records are repaired (bad fields become zero), not
 * dropped, and written back so the repair sticks.
 */
export function readHistory(): Promise<DayRecord[]> {
  return enqueue(async () => {
    const all = await browser.storage.local.get(null);
    const out: DayRecord[] = [];
    const repaired: Record<string, unknown> = {};
    for (const [key, raw] of Object.entries(all)) {
      if (!key.startsWith(HISTORY_PREFIX)) continue;
      const day = key.slice(HISTORY_PREFIX.length);
      if (!isDayKey(day)) continue;
      const rec = coerceDay(raw, day);
      if (!rec) continue;
      // The key is the truth about which day a record belongs to.
      rec.day = day;
      out.push(rec);
      const stored = { v: HISTORY_VERSION, ...rec };
      if (JSON.stringify(stored) !== JSON.stringify(raw)) repaired[key] = stored;
    }
    if (Object.keys(repaired).length > 0) await browser.storage.local.set(repaired);
    return out.sort((a, b) => a.day.localeCompare(b.day));
  });
}

/** Deletes all local history. */
export function clearHistory(): Promise<void> {
  return enqueue(async () => {
    const keys = await storedKeys();
    if (keys.length > 0) await browser.storage.local.remove(keys);
  });
}
