/**
 * Persistence of the schedule: the state machine's state plus an outbox of effects not yet
 * performed, under one versioned key in `storage.local`. Read back with coercion: corrupt data
 * becomes a fresh state, never a crash.
 */
import { browser } from 'wxt/browser';
import { STORAGE } from '../platform/registry';
import { coerceScheduleState, initialState } from '../schedule/state';
import type { Effect, ScheduleState } from '../schedule/types';

const SCHEDULE_KEY = STORAGE.schedule.key;

export interface ScheduleRecord {
  state: ScheduleState;
  /** Effects decided by a step and not yet confirmed performed (replayed after a restart). */
  outbox: Effect[];
  /** Break page window ids by break id, so the page can be closed after a restart. */
  pages: Record<string, number>;
}

/** Every effect type, as a record so the compiler asks for a new one here too. */
const EFFECT_TYPES: Record<Effect['type'], true> = {
  badge: true,
  notify: true,
  'clear-notification': true,
  'open-break': true,
  'close-break': true,
  record: true,
  alarm: true,
};

function isEffect(x: unknown): x is Effect {
  if (typeof x !== 'object' || x === null) return false;
  const type = (x as { type?: unknown }).type;
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(EFFECT_TYPES, type);
}

/**
 * Reads the stored record; a missing or corrupt one yields a fresh state at `now` (ms) on `day`.
 */
export async function readSchedule(now: number, day: string): Promise<ScheduleRecord> {
  let raw: unknown;
  try {
    raw = (await browser.storage.local.get(SCHEDULE_KEY))[SCHEDULE_KEY];
  } catch {
    raw = undefined;
  }
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const state = coerceScheduleState(r.state) ?? initialState(now, day);
  const outbox = Array.isArray(r.outbox) ? r.outbox.filter(isEffect) : [];
  const pages: Record<string, number> = {};
  if (typeof r.pages === 'object' && r.pages !== null)
    for (const [k, v] of Object.entries(r.pages)) if (typeof v === 'number') pages[k] = v;
  return { state, outbox, pages };
}

/** Writes the whole record. */
export async function writeSchedule(rec: ScheduleRecord): Promise<void> {
  await browser.storage.local.set({ [SCHEDULE_KEY]: rec });
}
