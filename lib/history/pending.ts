/**
 * Events kept waiting while storage is full: their shape check and how the list is kept small.
 * Pure; the list itself lives in session storage (lib/worker/history-store.ts).
 */
import { isDayKey } from './day';
import type { DayKey, HistoryEvent } from './types';

/** An event that could not be written yet (storage full), with the day it belongs to. */
export interface PendingEvent {
  day: DayKey;
  event: HistoryEvent;
  /** Idempotency key: an event with a key already applied is not applied again. */
  key?: string;
}

/** Far more than weeks of nudges and breaks; posture time is merged into one event per day. */
export const MAX_PENDING = 5000;

export function isPending(x: unknown): x is PendingEvent {
  if (typeof x !== 'object' || x === null) return false;
  const p = x as { day?: unknown; event?: unknown; key?: unknown };
  return (
    isDayKey(p.day) &&
    (p.key === undefined || typeof p.key === 'string') &&
    typeof p.event === 'object' &&
    p.event !== null &&
    typeof (p.event as { type?: unknown }).type === 'string'
  );
}

/**
 * Shrinks the waiting list without changing its result: posture time only adds up, so all of a
 * day's posture events become one. Beyond `MAX_PENDING` the oldest other events go.
 */
export function coalescePending(list: PendingEvent[]): PendingEvent[] {
  type Posture = Extract<HistoryEvent, { type: 'posture' }>;
  const posture = new Map<DayKey, Posture>();
  const out: PendingEvent[] = [];
  for (const p of list) {
    if (p.event.type !== 'posture') {
      out.push(p);
      continue;
    }
    let sum = posture.get(p.day);
    if (!sum) {
      sum = { type: 'posture', monitoredMs: 0, forwardHeadMs: 0, awayMs: 0 };
      posture.set(p.day, sum);
      out.push({ day: p.day, event: sum });
    }
    sum.monitoredMs += p.event.monitoredMs;
    sum.forwardHeadMs += Math.min(p.event.forwardHeadMs, p.event.monitoredMs);
    sum.awayMs += p.event.awayMs;
  }
  if (out.length <= MAX_PENDING) return out;
  // Over the cap: the oldest single events go first; a day's posture time is worth more.
  let drop = out.length - MAX_PENDING;
  return out.filter((p) => p.event.type === 'posture' || drop-- <= 0);
}
