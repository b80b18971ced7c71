import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STORAGE } from '../../../lib/platform/registry';
import {
  clearHistory,
  flushPendingHistory,
  pruneHistory,
  readHistory,
  recordHistory,
} from '../../../lib/worker/history-store';
import { dayKey } from '../../../lib/history/day';

const HISTORY_PREFIX = STORAGE.historyDay.key;
const PENDING_KEY = STORAGE.historyPending.key;

const T = new Date(2026, 10, 23, 10, 0).getTime();
const DAY_MS = 86_400_000;

/** Days of history kept (the default). */
const R = 180;

beforeEach(() => fakeBrowser.reset());

/** Makes `storage.local.set` refuse every write, as a full quota does; returns the undo. */
function failWrites(): () => void {
  const spy = vi
    .spyOn(fakeBrowser.storage.local, 'set')
    .mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  return () => {
    spy.mockRestore();
    warn.mockRestore();
  };
}

describe('history store', () => {
  it('aggregates events into one record per local day under a versioned key', async () => {
    await recordHistory({ type: 'nudge' }, T, R);
    await recordHistory(
      { type: 'posture', monitoredMs: 60_000, forwardHeadMs: 0, awayMs: 0 },
      T,
      R,
    );
    await recordHistory({ type: 'nudge' }, T + DAY_MS, R);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored).sort()).toEqual([
      'history:retention-clock', // the day retention counts from
      `${HISTORY_PREFIX}2026-11-23`,
      `${HISTORY_PREFIX}2026-11-24`,
    ]);
    expect(HISTORY_PREFIX).toBe('history:v1:');
    const days = await readHistory();
    expect(days.map((d) => [d.day, d.nudges, d.monitoredMin])).toEqual([
      ['2026-11-23', 1, 1],
      ['2026-11-24', 1, 0],
    ]);
  });

  it('never loses an update when many calls run concurrently', async () => {
    await Promise.all(Array.from({ length: 50 }, () => recordHistory({ type: 'nudge' }, T, R)));
    const [d] = await readHistory();
    expect(d?.nudges).toBe(50);
  });

  it('repairs a corrupt stored record on read and writes the repair back', async () => {
    const key = `${HISTORY_PREFIX}2026-11-20`;
    await fakeBrowser.storage.local.set({
      [key]: { day: 'bogus', nudges: 'x', breaksTaken: 2, monitoredMin: -5 },
      [`${HISTORY_PREFIX}not-a-day`]: { nudges: 1 },
      unrelated: 1,
    });
    const days = await readHistory();
    expect(days).toHaveLength(1);
    expect(days[0]).toMatchObject({
      day: '2026-11-20',
      nudges: 0,
      breaksTaken: 2,
      monitoredMin: 0,
    });
    const raw = (await fakeBrowser.storage.local.get(key))[key];
    expect(raw).toMatchObject({ v: 1, day: '2026-11-20', nudges: 0 });
    // and recording onto a corrupt record keeps its good fields
    await fakeBrowser.storage.local.set({ [key]: { breaksTaken: 4, nudges: null } });
    await recordHistory({ type: 'diary', day: '2026-11-20', intensity: 3 }, T, R);
    const again = (await readHistory())[0];
    expect(again).toMatchObject({ breaksTaken: 4, nudges: 0, headache: { intensity: 3 } });
  });

  it('prunes days beyond retention when a new day starts', async () => {
    for (let d = -10; d <= 0; d++) await recordHistory({ type: 'nudge' }, T + d * DAY_MS, R);
    await fakeBrowser.storage.local.remove(
      [-9, -8, -7, -6, -5, -4, -2, -1].map((d) => `${HISTORY_PREFIX}${dayKey(T + d * DAY_MS)}`),
    );
    await recordHistory({ type: 'nudge' }, T + DAY_MS, 8);
    expect((await readHistory()).map((d) => d.day)).toEqual([
      '2026-11-20',
      '2026-11-23',
      '2026-11-24',
    ]);
    expect(await pruneHistory(1, T + DAY_MS)).toBe(2);
    expect((await readHistory()).map((d) => d.day)).toEqual(['2026-11-24']);
  });

  it('a new day prunes with the retention it is given, keeping older days for long retention', async () => {
    await recordHistory({ type: 'nudge' }, T, 365);
    await fakeBrowser.storage.local.set({ [`${HISTORY_PREFIX}${dayKey(T - 300 * DAY_MS)}`]: {} });
    expect((await readHistory()).map((d) => d.day)).toHaveLength(2);
    await recordHistory({ type: 'nudge' }, T + DAY_MS, 180);
    expect((await readHistory()).map((d) => d.day)).toEqual(['2026-11-23', '2026-11-24']);
  });

  it('clearHistory removes every history key and nothing else', async () => {
    await fakeBrowser.storage.local.set({ settings: { a: 1 } });
    await recordHistory({ type: 'nudge' }, T, R);
    await clearHistory();
    expect(await readHistory()).toEqual([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ settings: { a: 1 } });
  });

  it('keeps an event the storage refused and stores it with the next write, counted once', async () => {
    const restore = failWrites();
    expect(await recordHistory({ type: 'nudge' }, T, R)).toBe('pending');
    restore();
    expect(await recordHistory({ type: 'nudge' }, T, R)).toBe('saved');
    expect((await readHistory())[0]?.nudges).toBe(2);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await flushPendingHistory(T, R)).toBe(0);
    expect((await readHistory())[0]?.nudges).toBe(2);
  });

  it('while storage is full, events wait in session storage and already count in reads', async () => {
    await recordHistory({ type: 'nudge' }, T, R); // stored before the quota filled up
    const restore = failWrites();
    await recordHistory({ type: 'break', outcome: 'taken' }, T, R);
    for (let i = 0; i < 30; i++)
      await recordHistory(
        { type: 'posture', monitoredMs: 10_000, forwardHeadMs: 5000, awayMs: 0 },
        T,
        R,
      );
    await recordHistory({ type: 'diary', day: '2026-11-22', intensity: 4 }, T, R);
    // Thirty posture samples wait as one; the break and the diary entry keep their own.
    const waiting = (await fakeBrowser.storage.session.get(PENDING_KEY))[PENDING_KEY] as unknown[];
    expect(waiting).toHaveLength(3);
    expect(await flushPendingHistory(T, R)).toBe(3); // still full
    const days = await readHistory();
    expect(
      days.map((d) => [d.day, d.nudges, d.breaksTaken, d.monitoredMin, d.forwardHeadMin]),
    ).toEqual([
      ['2026-11-22', 0, 0, 0, 0],
      ['2026-11-23', 1, 1, 5, 2.5],
    ]);
    expect(days[0]?.headache).toEqual({ intensity: 4 });
    // Nothing reached local storage yet, and what was there is untouched.
    const keys = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(keys.filter((k) => k.startsWith(HISTORY_PREFIX))).toEqual([
      `${HISTORY_PREFIX}2026-11-23`,
    ]);
    restore();
    expect(await flushPendingHistory(T, R)).toBe(0);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored[`${HISTORY_PREFIX}2026-11-23`]).toMatchObject({
      nudges: 1,
      breaksTaken: 1,
      monitoredMin: 5,
      forwardHeadMin: 2.5,
    });
    expect(stored[`${HISTORY_PREFIX}2026-11-22`]).toMatchObject({ headache: { intensity: 4 } });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect((await readHistory()).find((d) => d.day === '2026-11-23')?.nudges).toBe(1);
  });

  it('waiting events survive a worker restart (a fresh module) and are stored by it', async () => {
    const restore = failWrites();
    await recordHistory({ type: 'nudge' }, T, R);
    restore();
    vi.resetModules();
    const fresh = await import('../../../lib/worker/history-store');
    expect((await fresh.readHistory())[0]?.nudges).toBe(1);
    expect(await fresh.flushPendingHistory(T, R)).toBe(0);
    expect((await fresh.readHistory())[0]?.nudges).toBe(1);
  });

  it('reads still work when a repair or migration cannot be written back', async () => {
    await fakeBrowser.storage.local.set({
      [`${HISTORY_PREFIX}2026-11-20`]: { nudges: 'x', breaksTaken: 2 },
      'history:v0:2026-11-19': { nudges: 3 },
    });
    const restore = failWrites();
    const days = await readHistory();
    restore();
    expect(days.map((d) => [d.day, d.nudges, d.breaksTaken])).toEqual([
      ['2026-11-19', 3, 0],
      ['2026-11-20', 0, 2],
    ]);
    // The old key stays for the next try, which succeeds.
    expect(await fakeBrowser.storage.local.get('history:v0:2026-11-19')).not.toEqual({});
    await readHistory();
    expect(await fakeBrowser.storage.local.get('history:v0:2026-11-19')).toEqual({});
  });

  it('clearHistory also drops events waiting for room', async () => {
    const restore = failWrites();
    await recordHistory({ type: 'nudge' }, T, R);
    restore();
    await clearHistory();
    expect(await readHistory()).toEqual([]);
    expect(await flushPendingHistory(T, R)).toBe(0);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('ignores a corrupt waiting list instead of failing', async () => {
    await fakeBrowser.storage.session.set({
      [PENDING_KEY]: [
        { day: 'nope', event: { type: 'nudge' } },
        7,
        { day: '2026-11-23', event: { type: 'nudge' } },
      ],
    });
    expect((await readHistory()).map((d) => [d.day, d.nudges])).toEqual([['2026-11-23', 1]]);
    await fakeBrowser.storage.session.set({ [PENDING_KEY]: 'garbage' });
    expect(await readHistory()).toEqual([]);
  });

  it('moves records of an older version to the current key, keeping their data', async () => {
    await fakeBrowser.storage.local.set({
      'history:v0:2026-11-19': { nudges: 3, breaksTaken: 1 },
      'history:v0:not-a-day': { nudges: 1 },
    });
    const days = await readHistory();
    expect(days.map((d) => [d.day, d.nudges, d.breaksTaken])).toEqual([['2026-11-19', 3, 1]]);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual([
      `${HISTORY_PREFIX}2026-11-19`,
    ]);
  });

  it('clearHistory also removes keys of other versions', async () => {
    await fakeBrowser.storage.local.set({
      'history:v0:2026-11-19': {},
      'history:v9:2026-11-19': {},
    });
    await clearHistory();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

describe('history store guards', () => {
  it('an event recorded again with the same key counts once (a replayed outbox)', async () => {
    await recordHistory({ type: 'break', outcome: 'taken' }, T, R, 'micro-1:taken');
    await recordHistory({ type: 'break', outcome: 'taken' }, T + 1000, R, 'micro-1:taken');
    await recordHistory({ type: 'break', outcome: 'taken' }, T + 2000, R, 'micro-2:taken');
    await recordHistory({ type: 'nudge' }, T, R);
    await recordHistory({ type: 'nudge' }, T, R); // unkeyed events all count
    const [day] = await readHistory();
    expect(day?.breaksTaken).toBe(2);
    expect(day?.nudges).toBe(2);
  });

  it('a jump of the clock 400 days ahead deletes no day until it has lasted a day', async () => {
    const days = async () => (await readHistory()).map((d) => d.day);
    await recordHistory({ type: 'nudge' }, T - 100 * DAY_MS, R);
    for (let d = -99; d <= 0; d++) await recordHistory({ type: 'nudge' }, T + d * DAY_MS, R);
    expect(await days()).toHaveLength(101);
    await recordHistory({ type: 'nudge' }, T + 400 * DAY_MS, R); // a new day: prune runs
    await recordHistory({ type: 'nudge' }, T + 400 * DAY_MS + 3_600_000, R);
    expect(await days()).toHaveLength(102); // nothing deleted
    await recordHistory({ type: 'nudge' }, T + 60_000, R); // corrected
    expect(await days()).toHaveLength(102);
    // A jump that lasts a day counts: the days older than retention from it go.
    await recordHistory({ type: 'nudge' }, T + 400 * DAY_MS, R);
    await recordHistory({ type: 'nudge' }, T + 401 * DAY_MS, R);
    expect(await days()).toEqual([dayKey(T + 400 * DAY_MS), dayKey(T + 401 * DAY_MS)]);
  });
});
