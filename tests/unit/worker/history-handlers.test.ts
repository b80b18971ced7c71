import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dayKey, shiftDay } from '../../../lib/history/day';
import { historyHandlers, pruneToSettings } from '../../../lib/worker/history-handlers';
import { recordHistory } from '../../../lib/worker/history-store';
import { boundary } from '../support/boundary';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { DIARY_TOO_OLD } from '../../../lib/messages';
import type { Settings } from '../../../lib/settings-schema';

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

  it('a shorter retention deletes older days at once', async () => {
    await fakeBrowser.storage.local.set({
      [key(today)]: { nudges: 1 },
      [key(shiftDay(today, -10))]: { nudges: 1 },
    });
    expect(await pruneToSettings({ ...settings, retentionDays: 7 })).toBe(1);
    const keys = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(keys.filter((k) => k.startsWith('history:v1:'))).toEqual([key(today)]);
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

describe('no false "Saved."', () => {
  it.each([
    ['the oldest day kept', 6, 'saved'],
    ['a day older than the history kept', 7, 'refused'],
    ['a year ago', 365, 'refused'],
  ])('a diary entry for %s is %s', async (_name, back, outcome) => {
    settings = { ...settings, retentionDays: 7 };
    const day = shiftDay(today, -back);
    const saving = h['history:diary']({ day, intensity: 5 });
    if (outcome === 'refused') {
      await expect(saving).rejects.toThrow(DIARY_TOO_OLD);
      expect(await h['history:get']({})).toEqual([]);
    } else {
      await saving;
      expect((await h['history:get']({})).map((d) => d.day)).toEqual([day]);
    }
  });
});
