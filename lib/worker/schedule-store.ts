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

const EFFECT_TYPES = new Set([
  'badge',
  'notify',
  'clear-notification',
  'open-break',
  'close-break',
  'record',
  'alarm',
]);

function isEffect(x: unknown): x is Effect {
  return (
    typeof x === 'object' && x !== null && EFFECT_TYPES.has((x as { type?: string }).type ?? '')
  );
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
