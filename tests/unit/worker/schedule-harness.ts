/** Fake-browser harness for the schedule service: a fixed clock and stubs for missing APIs. */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createScheduleService,
  type ScheduleServiceHandle,
} from '../../../lib/worker/schedule-service';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { fixedOffsetLocalTime } from '../../../lib/schedule/local-time';

export const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
export const MIN = 60_000;

type Listener = (...args: never[]) => unknown;
/** An event with a trigger, like the fake browser's own. */
export function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    addListener: (f: Listener) => void listeners.push(f),
    removeListener: (f: Listener) => void listeners.splice(listeners.indexOf(f), 1),
    hasListener: (f: Listener) => listeners.includes(f),
    trigger: (...args: unknown[]) =>
      listeners.map((f) => (f as (...a: unknown[]) => unknown)(...args)),
    count: () => listeners.length,
  };
}

export interface Harness {
  clock: { now: number };
  settings: Settings;
  record: ReturnType<typeof vi.fn>;
  idle: { state: string; onStateChanged: ReturnType<typeof fakeEvent> };
  audible: { on: boolean };
  /** `buttons: false` is Firefox: notifications without buttons. */
  start(opts?: { buttons?: boolean }): ScheduleServiceHandle;
}

/** Resets the fake browser, stubs idle/permissions/audible tabs and returns a service factory. */
export function setup(patch: Partial<Settings> = {}): Harness {
  fakeBrowser.reset();
  const clock = { now: T0 };
  const settings: Settings = { ...structuredClone(DEFAULT_SETTINGS), ...patch };
  const record = vi.fn(async () => undefined);
  const idle = { state: 'active', onStateChanged: fakeEvent() };
  const audible = { on: false };
  const b = fakeBrowser as unknown as Record<string, unknown>;
  b.idle = {
    queryState: async () => idle.state,
    setDetectionInterval: () => undefined,
    onStateChanged: idle.onStateChanged,
  };
  b.permissions = {
    contains: async () => false,
    onAdded: fakeEvent(),
    onRemoved: fakeEvent(),
  };
  const query = fakeBrowser.tabs.query.bind(fakeBrowser.tabs);
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (q) =>
    q.audible ? (audible.on ? [{ id: 7, audible: true } as never] : []) : query(q),
  );
  return {
    clock,
    settings,
    record,
    idle,
    audible,
    /** `buttons: false` is Firefox: notifications without buttons. */
    start: (opts: { buttons?: boolean } = {}) =>
      createScheduleService({
        now: () => clock.now,
        local: fixedOffsetLocalTime(0),
        settings: async () => settings,
        record,
        t: (key, subs) => (subs ? `${key}:${subs.join(',')}` : key),
        buttons: opts.buttons ?? true,
      }),
  };
}

/** Notification ids currently shown. */
export async function shownNotifications(): Promise<string[]> {
  return Object.keys(await fakeBrowser.notifications.getAll());
}
