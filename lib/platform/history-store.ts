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
  migrateDay,
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

/** History keys present in storage, of the current version. */
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
    const all = await migrateOldKeys(await browser.storage.local.get(null));
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

/** Matches a history key of any version: `history:v<version>:<day>`. */
const ANY_VERSION = /^history:v(\d+):(.+)$/;

/**
 * Moves records stored under an older version's keys to the current one, through
 * `HISTORY_MIGRATIONS`, and returns the storage contents as they are afterwards. Runs before
 * every read.
 */
async function migrateOldKeys(all: Record<string, unknown>): Promise<Record<string, unknown>> {
  const moved: Record<string, unknown> = {};
  const old: string[] = [];
  for (const [key, raw] of Object.entries(all)) {
    const m = ANY_VERSION.exec(key);
    if (!m || Number(m[1]) >= HISTORY_VERSION) continue;
    const day = m[2]!;
    old.push(key);
    if (isDayKey(day) && all[keyOf(day)] === undefined)
      moved[keyOf(day)] = migrateDay(raw, Number(m[1]));
  }
  if (old.length === 0) return all;
  await browser.storage.local.set(moved);
  await browser.storage.local.remove(old);
  const out = { ...all, ...moved };
  for (const k of old) delete out[k];
  return out;
}

/** Deletes all local history. */
export function clearHistory(): Promise<void> {
  return enqueue(async () => {
    const all = await browser.storage.local.get(null);
    const keys = Object.keys(all).filter((k) => ANY_VERSION.test(k));
    if (keys.length > 0) await browser.storage.local.remove(keys);
  });
}
