/**
 * Local history in `browser.storage.local`: one aggregate record per local day under a versioned
 * key (`history:v1:YYYY-MM-DD`), never frames or landmarks. Only the service worker uses this
 * module (pages go through `history:*` messages), and its calls are serialized through a promise
 * queue, so concurrent events never lose an update. When storage is full, events wait in
 * `storage.session` and are stored as soon as there is room.
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
import { ANY_VERSION, historyKey, migrateOldKeys } from './history-migrate';
import { enqueueWrite } from './write-queue';
import { coalescePending, type PendingEvent } from '../history/pending';
import { readPending, writePending } from './history-pending';
import { expiredFrom } from '../history/retention';
import { STORAGE } from '../platform/registry';
import {
  APPLIED_KEY,
  RETENTION_CLOCK_KEY,
  appliedKeys,
  dropApplied,
  storedApplied,
  trustedDay,
} from './history-guards';
import type { DayKey, DayRecord, HistoryEvent } from '../history/types';

/** Prefix of every history key; the version is part of it. */
const HISTORY_PREFIX = STORAGE.historyDay.key;

/** The worker's one write queue (settings, exercise progress and delete-all share it). */
const enqueue = enqueueWrite;

/** History keys present in storage, of the current version. */
async function storedKeys(): Promise<string[]> {
  const all = await browser.storage.local.get(null);
  return Object.keys(all).filter((k) => k.startsWith(HISTORY_PREFIX));
}

/**
 * Applies `events` to their days and stores every touched day in one write. Throws when storage
 * refuses the write (quota full), in which case nothing was written.
 * @returns whether a day was written for the first time
 */
async function writeEvents(events: PendingEvent[]): Promise<boolean> {
  const keys = [...new Set(events.map((p) => historyKey(p.day)))];
  const got = await browser.storage.local.get([...keys, APPLIED_KEY]);
  // Keyed events already stored (a replayed outbox) count once; the keys go in the same write.
  const applied = appliedKeys(got);
  const { fresh, added } = dropApplied(events, applied);
  const days = new Map<DayKey, DayRecord>();
  let isNew = false;
  for (const { day, event } of fresh) {
    let rec = days.get(day);
    if (!rec) {
      const raw = got[historyKey(day)];
      if (raw === undefined) isNew = true;
      rec = coerceDay(raw, day) ?? emptyDay(day);
    }
    days.set(day, applyEvent(rec, event));
  }
  const out: Record<string, unknown> = {};
  for (const [day, rec] of days) out[historyKey(day)] = { v: HISTORY_VERSION, ...rec };
  if (added) out[APPLIED_KEY] = storedApplied(applied);
  if (Object.keys(out).length > 0) await browser.storage.local.set(out);
  return isNew;
}

/** What happened to a recorded event: stored, or kept waiting for room (storage full). */
export type RecordOutcome = 'saved' | 'pending';

/**
 * Records one event into the day it belongs to (the local day of `now`, or the diary's day).
 * Callers decide whether history is enabled (`insightsEnabled`). When a day is written for the
 * first time, days older than `retentionDays` are deleted.
 *
 * When storage is full the event is not lost: it waits in session storage with any earlier ones,
 * every later call and `flushPendingHistory` try again, `readHistory` already counts it, and
 * `flushPendingHistory` reports how many wait, so the person can be told.
 * @param now ms since epoch, on the worker's clock
 * @param retentionDays days of history kept, today included (setting `retentionDays`)
 * @param key idempotency key: an event recorded again with the same key is not counted again
 */
export function recordHistory(
  event: HistoryEvent,
  now: number,
  retentionDays: number,
  key?: string,
): Promise<RecordOutcome> {
  return enqueue(async () => {
    const waiting = await readPending();
    const next: PendingEvent = { day: eventDay(event, now), event };
    if (key !== undefined) next.key = key;
    const all = [...waiting, next];
    return store(all, waiting.length > 0, now, retentionDays);
  });
}

async function store(
  all: PendingEvent[],
  hadPending: boolean,
  now: number,
  retentionDays: number,
): Promise<RecordOutcome> {
  let isNew: boolean;
  try {
    isNew = await writeEvents(all);
  } catch (err) {
    console.warn('history kept waiting: storage refused the write', err);
    await writePending(coalescePending(all)).catch((e: unknown) =>
      console.warn('history: waiting list not saved', e),
    );
    return 'pending';
  }
  // The events are stored: what follows must not turn that into a failure for the caller.
  try {
    if (hadPending) await writePending([]);
    // Every write shows the retention clock the time; a new day or a jump that lasted prunes.
    const { day, changed } = await trustedDay(now);
    if (isNew || changed) await pruneFrom(retentionDays, day);
  } catch (err) {
    console.warn('history: clean-up after a write failed', err);
  }
  return 'saved';
}

/**
 * Tries again to store events kept while storage was full (call it periodically).
 * @returns the number of events still waiting
 */
export function flushPendingHistory(now: number, retentionDays: number): Promise<number> {
  return enqueue(async () => {
    const waiting = await readPending();
    if (waiting.length === 0) return 0;
    const saved = (await store(waiting, true, now, retentionDays)) === 'saved';
    return saved ? 0 : (await readPending()).length;
  });
}

/**
 * Deletes the days outside the retention window counted from the trusted day: a jump of the clock
 * forward prunes only once it has lasted (lib/history/retention-clock.ts).
 */
async function pruneLocked(retentionDays: number, now: number): Promise<number> {
  // No history (a fresh install, just after "delete everything"): nothing to prune or to date.
  if ((await storedKeys()).length === 0) return 0;
  return pruneFrom(retentionDays, (await trustedDay(now)).day);
}

async function pruneFrom(retentionDays: number, today: DayKey): Promise<number> {
  const keys = await storedKeys();
  const days = keys.map((k) => k.slice(HISTORY_PREFIX.length));
  const expired = expiredFrom(days, retentionDays, today);
  if (expired.length > 0) await browser.storage.local.remove(expired.map(historyKey));
  return expired.length;
}

/** Deletes days outside the retention window now (e.g. after the setting was lowered). */
export function pruneHistory(retentionDays: number, now: number): Promise<number> {
  return enqueue(() => pruneLocked(retentionDays, now));
}

/**
 * Every stored day, oldest first, with events still waiting for room (storage full) already
 * counted. Corrupt records are repaired (bad fields become zero), not dropped, and written back so
 * the repair sticks, when storage has room for it.
 */
export function readHistory(): Promise<DayRecord[]> {
  return enqueue(readDaysNow);
}

/** `readHistory` without the queue: call it only from a task already in the queue (an import). */
export async function readDaysNow(): Promise<DayRecord[]> {
  const all = await migrateOldKeys(await browser.storage.local.get(null));
  const days = new Map<DayKey, DayRecord>();
  const repaired: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(HISTORY_PREFIX)) continue;
    const day = key.slice(HISTORY_PREFIX.length);
    if (!isDayKey(day)) continue;
    const rec = coerceDay(raw, day);
    if (!rec) continue;
    // The key is the truth about which day a record belongs to.
    rec.day = day;
    days.set(day, rec);
    const stored = { v: HISTORY_VERSION, ...rec };
    if (JSON.stringify(stored) !== JSON.stringify(raw)) repaired[key] = stored;
  }
  if (Object.keys(repaired).length > 0)
    await browser.storage.local
      .set(repaired)
      .catch((err: unknown) => console.warn('history repair not saved', err));
  const { fresh } = dropApplied(await readPending(), appliedKeys(all));
  for (const { day, event } of fresh)
    days.set(day, applyEvent(days.get(day) ?? emptyDay(day), event));
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/** Deletes all local history, events still waiting for room included. */
export function clearHistory(): Promise<void> {
  return enqueue(async () => {
    const all = await browser.storage.local.get(null);
    const guards = [APPLIED_KEY, RETENTION_CLOCK_KEY];
    const keys = Object.keys(all).filter((k) => ANY_VERSION.test(k) || guards.includes(k));
    if (keys.length > 0) await browser.storage.local.remove(keys);
    await writePending([]);
  });
}
