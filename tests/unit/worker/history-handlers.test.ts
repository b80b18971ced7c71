import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dayKey, shiftDay } from '../../../lib/history/day';
import { historyHandlers, pruneToSettings } from '../../../lib/worker/history-handlers';
import { recordHistory } from '../../../lib/worker/history-store';
import { STORAGE } from '../../../lib/platform/registry';
import { boundary } from '../support/boundary';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import type { Settings } from '../../../lib/settings-schema';

const PENDING_KEY = STORAGE.historyPending.key;

let settings: Settings;
const h = historyHandlers(async () => settings);
const today = dayKey(Date.now());
const key = (day: string) => `history:v1:${day}`;

/** Days of history kept (the default). */
const R = 180;

beforeEach(() => {
  fakeBrowser.reset();
  settings = structuredClone(DEFAULT_SETTINGS);
});

describe('history messages (service worker)', () => {
  it('sets and removes a diary entry, keeping the rest of the day', async () => {
    await recordHistory({ type: 'nudge' }, Date.now(), R);
    await h['history:diary']({ day: today, intensity: 6, note: ' after lunch ' });
    expect((await h['history:get']({}))[0]).toMatchObject({
      day: today,
      nudges: 1,
      headache: { intensity: 6, note: 'after lunch' },
    });
    await h['history:diary']({ day: today, intensity: null });
    const [day] = await h['history:get']({});
    expect(day?.headache).toBeUndefined();
    expect(day?.nudges).toBe(1);
  });

  it('refuses malformed diary entries and exercise records at the boundary', async () => {
    const { send, stop } = boundary('background', h);
    const bad = [
      { day: 'yesterday', intensity: 3 },
      { day: today, intensity: Number.NaN },
      { day: today, intensity: '5' },
      { day: today, intensity: 11 },
      { day: today },
    ];
    for (const d of bad)
      expect(await send('history:diary', d), JSON.stringify(d)).toEqual({
        ok: false,
        error: 'malformed history:diary payload',
      });
    // Well-formed but for a day after tomorrow: the handler's own rule refuses it.
    expect(await send('history:diary', { day: shiftDay(today, 2), intensity: 3 })).toEqual({
      ok: false,
      error: 'diary entry for a future day',
    });
    for (const e of [
      { id: '', reps: 1, holdSec: 1, durationSec: 1 },
      { id: 'chin-tuck', reps: -1, holdSec: 1, durationSec: 1 },
      { id: 'chin-tuck', reps: 1, holdSec: 1 },
    ])
      expect(await send('history:exercise', e)).toMatchObject({ ok: false });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    // The same boundary accepts a good entry.
    expect(await send('history:diary', { day: today, intensity: 4 })).toEqual({
      ok: true,
      value: null,
    });
    stop();
  });

  it('trims a long note, and refuses new entries while the diary is turned off', async () => {
    await h['history:diary']({ day: today, intensity: 2, note: `  ${'x'.repeat(400)}  ` });
    expect((await h['history:get']({}))[0]?.headache?.note).toHaveLength(280);
    settings.diaryEnabled = false;
    await expect(h['history:diary']({ day: today, intensity: 9 })).rejects.toThrow(/turned off/);
    await h['history:diary']({ day: today, intensity: null }); // removing one still works
    expect((await h['history:get']({}))[0]?.headache).toBeUndefined();
  });

  it('records exercises with clean numbers, and not at all when statistics are off', async () => {
    await h['history:exercise']({
      id: 'chin-tuck',
      reps: 8,
      holdSec: -3,
      durationSec: 90,
    });
    expect((await h['history:get']({}))[0]?.exercises['chin-tuck']).toEqual({
      sets: 1,
      reps: 8,
      holdSec: 0,
      durationSec: 90,
    });
    settings.insightsEnabled = false;
    await h['history:exercise']({
      id: 'chin-tuck',
      reps: 8,
      holdSec: 5,
      durationSec: 90,
    });
    expect((await h['history:get']({}))[0]?.exercises['chin-tuck']?.sets).toBe(1);
  });

  it('data:clear deletes history, waiting events and everything else kept locally', async () => {
    await fakeBrowser.storage.local.set({ settings: { a: 1 }, baselines: {} });
    await recordHistory({ type: 'nudge' }, Date.now(), R);
    await fakeBrowser.storage.session.set({
      [PENDING_KEY]: [{ day: today, event: { type: 'nudge' } }],
    });
    await h['data:clear']({});
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await h['history:get']({})).toEqual([]);
  });

  it('a shorter retention deletes older days at once', async () => {
    await fakeBrowser.storage.local.set({
      [key(today)]: { nudges: 1 },
      [key(shiftDay(today, -10))]: { nudges: 1 },
    });
    expect(await pruneToSettings({ ...settings, retentionDays: 7 })).toBe(1);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual([key(today)]);
  });

  it('while storage is full the diary entry is kept and shown, then stored', async () => {
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('quota'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await h['history:diary']({ day: today, intensity: 3 });
    spy.mockRestore();
    warn.mockRestore();
    expect((await h['history:get']({}))[0]?.headache).toEqual({ intensity: 3 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await h['history:diary']({ day: today, intensity: 4 });
    expect((await fakeBrowser.storage.local.get(key(today)))[key(today)]).toMatchObject({
      headache: { intensity: 4 },
    });
  });
});
