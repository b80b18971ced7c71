import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  HISTORY_PREFIX,
  clearHistory,
  pruneHistory,
  readHistory,
  recordHistory,
} from '../../../lib/platform/history-store';

const T = new Date(2026, 10, 23, 10, 0).getTime();
const DAY_MS = 86_400_000;

beforeEach(() => fakeBrowser.reset());

describe('history store', () => {
  it('aggregates events into one record per local day under a versioned key', async () => {
    await recordHistory({ type: 'nudge' }, T);
    await recordHistory({ type: 'posture', monitoredMs: 60_000, forwardHeadMs: 0, awayMs: 0 }, T);
    await recordHistory({ type: 'nudge' }, T + DAY_MS);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored).sort()).toEqual([
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
    await Promise.all(Array.from({ length: 50 }, () => recordHistory({ type: 'nudge' }, T)));
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
    await recordHistory({ type: 'diary', day: '2026-11-20', intensity: 3 }, T);
    const again = (await readHistory())[0];
    expect(again).toMatchObject({ breaksTaken: 4, nudges: 0, headache: { intensity: 3 } });
  });

  it('prunes days beyond retention when a new day starts', async () => {
    await recordHistory({ type: 'nudge' }, T - 10 * DAY_MS);
    await recordHistory({ type: 'nudge' }, T - 3 * DAY_MS);
    await recordHistory({ type: 'nudge' }, T, 7);
    expect((await readHistory()).map((d) => d.day)).toEqual(['2026-11-20', '2026-11-23']);
    expect(await pruneHistory(1, T)).toBe(1);
    expect((await readHistory()).map((d) => d.day)).toEqual(['2026-11-23']);
  });

  it('clearHistory removes every history key and nothing else', async () => {
    await fakeBrowser.storage.local.set({ settings: { a: 1 } });
    await recordHistory({ type: 'nudge' }, T);
    await clearHistory();
    expect(await readHistory()).toEqual([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ settings: { a: 1 } });
  });

  it('a failed write does not block later writes', async () => {
    const orig = fakeBrowser.storage.local.set;
    let fail = true;
    fakeBrowser.storage.local.set = (async (items: Record<string, unknown>) => {
      if (fail) {
        fail = false;
        throw new Error('quota');
      }
      return orig.call(fakeBrowser.storage.local, items);
    }) as typeof orig;
    await expect(recordHistory({ type: 'nudge' }, T)).rejects.toThrow('quota');
    await recordHistory({ type: 'nudge' }, T);
    fakeBrowser.storage.local.set = orig;
    expect((await readHistory())[0]?.nudges).toBe(1);
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
