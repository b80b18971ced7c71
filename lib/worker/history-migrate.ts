/**
 * Moves history stored under an older version's keys to the current version. Used only by
 * lib/worker/history-store.ts, inside its queue, before every read.
 */
import { browser } from 'wxt/browser';
import { HISTORY_VERSION, isDayKey, migrateDay } from '../history/day';
import type { DayKey } from '../history/types';
import { HISTORY_KEY_ANY_VERSION, STORAGE } from '../platform/registry';

/** The storage key of `day`'s record, current version. */
export const historyKey = (day: DayKey): string => `${STORAGE.historyDay.key}${day}`;

/** Matches a history key of any version: `history:v<version>:<day>`. */
export const ANY_VERSION = HISTORY_KEY_ANY_VERSION;

/**
 * Moves records stored under an older version's keys to the current one, through
 * `HISTORY_MIGRATIONS`, and returns the storage contents as they are afterwards. Runs before
 * every read.
 */
export async function migrateOldKeys(
  all: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const moved: Record<string, unknown> = {};
  const old: string[] = [];
  for (const [key, raw] of Object.entries(all)) {
    const m = ANY_VERSION.exec(key);
    if (!m || Number(m[1]) >= HISTORY_VERSION) continue;
    const day = m[2]!;
    old.push(key);
    if (isDayKey(day) && all[historyKey(day)] === undefined)
      moved[historyKey(day)] = migrateDay(raw, Number(m[1]));
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
