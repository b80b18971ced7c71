import { describe, expect, it } from 'vitest';
import { applyEvent, emptyDay } from '../../../lib/history/day';
import {
  MAX_PENDING,
  coalescePending,
  isPending,
  type PendingEvent,
} from '../../../lib/history/pending';
import type { DayRecord } from '../../../lib/history/types';

const posture = (
  monitoredMs: number,
  forwardHeadMs: number,
  awayMs = 0,
): PendingEvent['event'] => ({
  type: 'posture',
  monitoredMs,
  forwardHeadMs,
  awayMs,
});

function applyAll(list: PendingEvent[]): Record<string, DayRecord> {
  const out: Record<string, DayRecord> = {};
  for (const { day, event } of list) out[day] = applyEvent(out[day] ?? emptyDay(day), event);
  return out;
}

describe('waiting events', () => {
  it('merge posture time per day and keep every other event in order', () => {
    const list: PendingEvent[] = [
      { day: '2026-11-22', event: posture(10_000, 4000) },
      { day: '2026-11-22', event: { type: 'nudge' } },
      { day: '2026-11-22', event: posture(20_000, 20_000, 5000) },
      { day: '2026-11-23', event: posture(60_000, 0) },
      { day: '2026-11-22', event: { type: 'break', outcome: 'taken' } },
      { day: '2026-11-23', event: posture(30_000, 90_000) }, // forward can't exceed monitored
    ];
    const out = coalescePending(list);
    expect(out.map((p) => [p.day, p.event.type])).toEqual([
      ['2026-11-22', 'posture'],
      ['2026-11-22', 'nudge'],
      ['2026-11-23', 'posture'],
      ['2026-11-22', 'break'],
    ]);
    expect(out[0]?.event).toEqual(posture(30_000, 24_000, 5000));
    expect(out[2]?.event).toEqual(posture(90_000, 30_000));
    // Same result as applying every event one by one.
    expect(applyAll(out)).toEqual(applyAll(list));
    // The input is not changed.
    expect(list[0]?.event).toEqual(posture(10_000, 4000));
  });

  it('are capped, dropping the oldest single events and keeping posture time', () => {
    const singles: PendingEvent[] = Array.from({ length: MAX_PENDING + 10 }, (_, i) => ({
      day: '2026-11-23',
      event: { type: 'exercise', id: `e${i}`, reps: 1, holdSec: 1, durationSec: 1 },
    }));
    const first: PendingEvent = { day: '2026-11-23', event: posture(60_000, 0) };
    const out = coalescePending([first, ...singles]);
    expect(out).toHaveLength(MAX_PENDING);
    expect(out[0]).toEqual(first);
    expect(out[1]).toEqual(singles[11]);
    expect(out.at(-1)).toEqual(singles.at(-1));
  });

  it('are recognized by shape', () => {
    expect(isPending({ day: '2026-11-23', event: { type: 'nudge' } })).toBe(true);
    expect(isPending({ day: '2026-13-40', event: { type: 'nudge' } })).toBe(false);
    expect(isPending({ day: '2026-11-23', event: null })).toBe(false);
    expect(isPending({ day: '2026-11-23', event: { kind: 'nudge' } })).toBe(false);
    expect(isPending('x')).toBe(false);
  });
});
