/**
 * Two guards of the history store, kept beside it in `storage.local`: the idempotency keys of
 * events already applied (a replayed outbox counts once) and the retention clock (a jump of the
 * clock forward that has not lasted deletes nothing). Used only by lib/worker/history-store.ts,
 * inside its queue.
 */
import { browser } from 'wxt/browser';
import type { PendingEvent } from '../history/pending';
import {
  advanceRetentionClock,
  coerceRetentionClock,
  type RetentionClock,
} from '../history/retention-clock';
import type { DayKey } from '../history/types';
import { STORAGE } from '../platform/registry';

/** Keys of keyed events already stored, most recent last. */
export const APPLIED_KEY = STORAGE.historyApplied.key;
/** The retention clock (lib/history/retention-clock.ts). */
export const RETENTION_CLOCK_KEY = STORAGE.historyRetentionClock.key;
/** Weeks of breaks and nudges; a replay happens within seconds of the original. */
export const MAX_APPLIED = 500;

/** The applied keys in a storage read (malformed: none). */
export function appliedKeys(got: Record<string, unknown>): Set<string> {
  const raw = got[APPLIED_KEY];
  return new Set(Array.isArray(raw) ? raw.filter((k): k is string => typeof k === 'string') : []);
}

/**
 * Drops events whose key is in `applied` or repeats an earlier one in `events`, and adds the
 * remaining keys to `applied` (in place).
 * @returns the events still to apply and whether a key was added
 */
export function dropApplied(
  events: PendingEvent[],
  applied: Set<string>,
): { fresh: PendingEvent[]; added: boolean } {
  let added = false;
  const fresh = events.filter((p) => {
    if (p.key === undefined) return true;
    if (applied.has(p.key)) return false;
    applied.add(p.key);
    added = true;
    return true;
  });
  return { fresh, added };
}

/** The stored form of `applied`: the most recent `MAX_APPLIED` keys. */
export function storedApplied(applied: Set<string>): string[] {
  return [...applied].slice(-MAX_APPLIED);
}

async function peekClock(now: number) {
  const got = await browser.storage.local.get(RETENTION_CLOCK_KEY);
  const prev = coerceRetentionClock(got[RETENTION_CLOCK_KEY]);
  const next: RetentionClock = advanceRetentionClock(prev, now);
  return { prev, next };
}

/** The day retention would count from at `now`, without storing anything (an import's preview). */
export async function peekTrustedDay(now: number): Promise<DayKey> {
  return (await peekClock(now)).next.day;
}

/**
 * Advances the stored retention clock to `now`.
 * @returns the trusted day retention counts from, and whether it changed
 */
export async function trustedDay(now: number): Promise<{ day: DayKey; changed: boolean }> {
  const { prev, next } = await peekClock(now);
  if (JSON.stringify(next) !== JSON.stringify(prev))
    await browser.storage.local.set({ [RETENTION_CLOCK_KEY]: next });
  return { day: next.day, changed: next.day !== prev?.day };
}
