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
  migrateDay,
} from '../history/day';
import { coalescePending, isPending, type PendingEvent } from '../history/pending';
import { expiredDays } from '../history/retention';
import { HISTORY_KEY_ANY_VERSION, STORAGE } from '../platform/registry';
import type { DayKey, DayRecord, HistoryEvent } from '../history/types';

/** Prefix of every history key; the version is part of it. */
const HISTORY_PREFIX = STORAGE.historyDay.key;
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
 * Events waiting for room in `storage.local`, kept in `storage.session` (its own quota) so a
 * worker restart does not lose them; a browser restart does. Written only by the service worker.
 */
const PENDING_KEY = STORAGE.historyPending.key;
async function readPending(): Promise<PendingEvent[]> {
  const got = await browser.storage.session.get(PENDING_KEY).catch(() => ({}));
  const raw = (got as Record<string, unknown>)[PENDING_KEY];
  return Array.isArray(raw) ? raw.filter(isPending) : [];
}

async function writePending(list: PendingEvent[]): Promise<void> {
  if (list.length === 0) await browser.storage.session.remove(PENDING_KEY);
  else await browser.storage.session.set({ [PENDING_KEY]: list });
}

/**
 * Applies `events` to their days and stores every touched day in one write. Throws when storage
 * refuses the write (quota full), in which case nothing was written.
 * @returns whether a day was written for the first time
 */
async function writeEvents(events: PendingEvent[]): Promise<boolean> {
  const keys = [...new Set(events.map((p) => keyOf(p.day)))];
  const got = await browser.storage.local.get(keys);
  const days = new Map<DayKey, DayRecord>();
  let isNew = false;
  for (const { day, event } of events) {
    let rec = days.get(day);
    if (!rec) {
      const raw = got[keyOf(day)];
      if (raw === undefined) isNew = true;
      rec = coerceDay(raw, day) ?? emptyDay(day);
    }
    days.set(day, applyEvent(rec, event));
  }
  const out: Record<string, unknown> = {};
  for (const [day, rec] of days) out[keyOf(day)] = { v: HISTORY_VERSION, ...rec };
  await browser.storage.local.set(out);
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
 * @param now ms since epoch
 * @param retentionDays days of history kept, today included (setting `retentionDays`)
 */
export function recordHistory(
  event: HistoryEvent,
  now: number,
  retentionDays: number,
): Promise<RecordOutcome> {
  return enqueue(async () => {
    const waiting = await readPending();
    const all = [...waiting, { day: eventDay(event, now), event }];
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
    if (isNew) await pruneLocked(retentionDays, now);
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
 * Every stored day, oldest first, with events still waiting for room (storage full) already
 * counted. Corrupt records are repaired (bad fields become zero), not dropped, and written back so
 * the repair sticks, when storage has room for it.
 */
export function readHistory(): Promise<DayRecord[]> {
  return enqueue(async () => {
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
    for (const { day, event } of await readPending())
      days.set(day, applyEvent(days.get(day) ?? emptyDay(day), event));
    return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
  });
}

/** Matches a history key of any version: `history:v<version>:<day>`. */
const ANY_VERSION = HISTORY_KEY_ANY_VERSION;

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
  const out = { ...all, ...moved };
  try {
    await browser.storage.local.set(moved);
    await browser.storage.local.remove(old);
  } catch (err) {
    // No room to move them now: read them migrated, keep the old keys for the next try.
    console.warn('history migration not saved', err);
  }
  for (const k of old) delete out[k];
  return out;
}

/** Deletes all local history, events still waiting for room included. */
export function clearHistory(): Promise<void> {
  return enqueue(async () => {
    const all = await browser.storage.local.get(null);
    const keys = Object.keys(all).filter((k) => ANY_VERSION.test(k));
    if (keys.length > 0) await browser.storage.local.remove(keys);
    await writePending([]);
  });
}
