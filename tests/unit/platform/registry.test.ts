import { describe, expect, it } from 'vitest';
import {
  ALARMS,
  HISTORY_KEY_ANY_VERSION,
  NOTIFICATIONS,
  PORTS,
  STORAGE,
  wxtKey,
  type StorageEntry,
} from '../../../lib/platform/registry';
import { HISTORY_VERSION } from '../../../lib/history/day';
import { SETTINGS_VERSION } from '../../../lib/settings';
import { EXERCISE_ENTRIES } from '../../../lib/worker/exercise-store';

const entries = Object.entries(STORAGE) as [string, StorageEntry][];

describe('registry of cross-context names', () => {
  it('has no storage key twice in one area, and no key inside another key family', () => {
    for (const area of ['local', 'session', 'managed'] as const) {
      const keys = entries.filter(([, e]) => e.area === area).map(([, e]) => e.key);
      expect(new Set(keys).size, area).toBe(keys.length);
      const prefixes = entries.filter(([, e]) => e.area === area && e.match === 'prefix');
      for (const [name, p] of prefixes)
        for (const [other, e] of entries)
          if (other !== name && e.area === area)
            expect(e.key.startsWith(p.key), `${other} in ${name}`).toBe(false);
    }
  });

  it('gives every key an area, an owner and a version kept the way its area allows', () => {
    for (const [name, e] of entries) {
      expect(['local', 'session', 'managed'], name).toContain(e.area);
      expect(['worker', 'camera-host', 'pages', 'organization'], name).toContain(e.owner);
      expect(Number.isInteger(e.version) && e.version >= 1, name).toBe(true);
      // Session storage is emptied on every update and managed storage is the schema's: neither
      // is ever migrated. Local data always records its version.
      expect(e.versionIn === 'none', name).toBe(e.area !== 'local');
      if (e.area === 'local' && e.versionIn === 'key' && e.version > 1)
        expect(e.key, name).toMatch(new RegExp(`:v${e.version}(:|$)`));
      expect(e.match === 'area', name).toBe(e.area === 'managed');
    }
  });

  it('keeps the key names data was stored under (a rename loses it: bump the version and migrate)', () => {
    const stored = Object.fromEntries(entries.map(([n, e]) => [n, `${e.area}:${e.key}`]));
    expect(stored).toMatchObject({
      settings: 'local:settings',
      baselines: 'local:baselines',
      schedule: 'local:schedule:v1',
      historyDay: 'local:history:v1:',
      monitorTabConsent: 'local:monitorTabConsent',
      exerciseSafetyAck: 'local:exercise:safetyAckAt',
      exerciseRemoved: 'local:exercise:removed',
      exerciseNeckLog: 'local:exercise:neckLog',
    });
  });

  it('names the worker as the writer of every exercise-progress key (its queue orders them)', () => {
    for (const e of Object.values(EXERCISE_ENTRIES)) expect(e.owner, e.key).toBe('worker');
  });

  it('carries the versions the pure modules write into their records', () => {
    expect(STORAGE.settings.version).toBe(SETTINGS_VERSION);
    expect(STORAGE.historyDay.version).toBe(HISTORY_VERSION);
    expect(STORAGE.historyDay.key).toBe(`history:v${HISTORY_VERSION}:`);
    expect(STORAGE.schedule.key).toBe(`schedule:v${STORAGE.schedule.version}`);
  });

  it('matches history keys of every version, and only those', () => {
    expect(HISTORY_KEY_ANY_VERSION.exec(`${STORAGE.historyDay.key}2026-11-30`)?.slice(1)).toEqual([
      String(HISTORY_VERSION),
      '2026-11-30',
    ]);
    expect(HISTORY_KEY_ANY_VERSION.test('history:v0:2026-11-30')).toBe(true);
    expect(HISTORY_KEY_ANY_VERSION.test(STORAGE.historyPending.key)).toBe(false);
  });

  it('names WXT items area:key, and only single keys', () => {
    expect(wxtKey(STORAGE.settings)).toBe('local:settings');
    expect(wxtKey(STORAGE.postureSession)).toBe('session:posture');
    expect(() => wxtKey(STORAGE.historyDay)).toThrow();
    expect(() => wxtKey(STORAGE.policy)).toThrow();
  });

  it('has no alarm, port or notification id twice', () => {
    for (const table of [ALARMS, PORTS, NOTIFICATIONS]) {
      const names = Object.values(table);
      expect(new Set(names).size).toBe(names.length);
      for (const n of names) expect(n.length).toBeGreaterThan(0);
    }
    expect(NOTIFICATIONS.nudge.startsWith(NOTIFICATIONS.breakPrefix)).toBe(false);
  });
});
