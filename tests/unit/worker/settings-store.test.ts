/**
 * Settings migrations through the real store path: an old record is in storage.local when the
 * worker's settings store loads (as after an extension update), and the first read returns it
 * migrated, coerced and stored back at the current version.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../lib/settings';

// The first import transforms the store and its imports (seconds on a loaded machine, more than
// a test's 5 s); done once here, each test's fresh import then only runs the cached modules.
beforeAll(() => import('../../../lib/worker/settings-store'), 60_000);
beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

/** Stores `items`, then loads the settings store fresh, as a worker starting up does. */
async function startWith(items: Record<string, unknown>) {
  await fakeBrowser.storage.local.set(items);
  return import('../../../lib/worker/settings-store');
}
const stored = async (k: string) => (await fakeBrowser.storage.local.get(k))[k];

describe('settings store: migrations on the real read path', () => {
  it.each([
    ['low', 2],
    ['medium', 3],
    ['high', 4],
  ])(
    'v1 sensitivity %j is read as level %i and stored back at the current version',
    async (old, level) => {
      const store = await startWith({
        settings: { sensitivity: old, microBreakEveryMin: 30 },
        settings$: { v: 1 },
      });
      const { settings } = await store.getSettings();
      expect(settings.sensitivity).toBe(level);
      expect(settings.microBreakEveryMin).toBe(30);
      expect(await stored('settings')).toEqual({ sensitivity: level, microBreakEveryMin: 30 });
      expect(await stored('settings$')).toEqual({ v: SETTINGS_VERSION });
    },
  );

  it('a record from before versioning (no version stored) counts as v1', async () => {
    const store = await startWith({ settings: { sensitivity: 'high' } });
    expect((await store.getSettings()).settings.sensitivity).toBe(4);
    expect(await stored('settings$')).toEqual({ v: SETTINGS_VERSION });
  });

  it('a v1 value no migration knows falls back to the default, other choices kept', async () => {
    const store = await startWith({
      settings: { sensitivity: 'extreme', snoozeMin: 15 },
      settings$: { v: 1 },
    });
    const { settings } = await store.getSettings();
    expect(settings.sensitivity).toBe(DEFAULT_SETTINGS.sensitivity);
    expect(settings.snoozeMin).toBe(15);
  });

  it('a current-version record is not migrated again', async () => {
    const store = await startWith({
      settings: { sensitivity: 'high' },
      settings$: { v: SETTINGS_VERSION },
    });
    // Text levels are v1 only: at the current version it is invalid, not a level.
    expect((await store.getSettings()).settings.sensitivity).toBe(DEFAULT_SETTINGS.sensitivity);
    expect(await stored('settings')).toEqual({ sensitivity: 'high' });
  });

  it('a migrated record takes new choices on top', async () => {
    const store = await startWith({ settings: { sensitivity: 'low' }, settings$: { v: 1 } });
    const { settings } = await store.setSettings({ snoozeMin: 10 });
    expect(settings).toMatchObject({ sensitivity: 2, snoozeMin: 10 });
    expect(await stored('settings')).toEqual({ sensitivity: 2, snoozeMin: 10 });
  });
});
