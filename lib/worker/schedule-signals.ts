/**
 * Meeting and presence signals from the browser, none needing extra permissions: idle state, an
 * audible tab, a full-screen window. Meeting sites are matched only when the person granted the
 * optional `tabs` permission (without it tab URLs are hidden, and nothing is matched).
 */
import { browser } from 'wxt/browser';
import { matchesMeetingSite } from '../schedule/meeting';
import type { IdleState } from '../schedule/types';

/** Seconds without input before `browser.idle` reports `idle` (the API minimum is 15). */
export const IDLE_DETECTION_SEC = 60;

export interface SignalSnapshot {
  idle: IdleState;
  audible: boolean;
  fullscreen: boolean;
  meetingSite: boolean;
}

/**
 * Whether any tab plays sound the person can hear (works without the tabs permission). A tab the
 * person muted still reports `audible`, but a muted video is not a call: it does not count.
 */
export async function anyAudibleTab(): Promise<boolean> {
  const tabs = await browser.tabs.query({ audible: true }).catch(() => []);
  return tabs.some((t) => !t.mutedInfo?.muted);
}

/** Whether any browser window is full screen (a film, a presentation, a full-screen call). */
export async function anyFullscreenWindow(): Promise<boolean> {
  const wins = await browser.windows.getAll().catch(() => []);
  return wins.some((w) => w.state === 'fullscreen');
}

/** Whether the optional tabs permission is granted (needed to see tab URLs). */
export async function hasTabsPermission(): Promise<boolean> {
  try {
    return (await browser.permissions?.contains({ permissions: ['tabs'] })) ?? false;
  } catch {
    return false;
  }
}

/** Whether an open tab is on one of `sites`; false without the tabs permission. */
export async function anyMeetingTab(sites: readonly string[]): Promise<boolean> {
  if (sites.length === 0 || !(await hasTabsPermission())) return false;
  const tabs = await browser.tabs.query({}).catch(() => []);
  return tabs.some((t) => typeof t.url === 'string' && matchesMeetingSite(t.url, sites));
}

/** The idle state now; `active` where the idle API is missing. */
export async function queryIdle(): Promise<IdleState> {
  try {
    return (await browser.idle.queryState(IDLE_DETECTION_SEC)) as IdleState;
  } catch {
    return 'active';
  }
}

/** Reads every signal at once. */
export async function readSignals(meetingSites: readonly string[]): Promise<SignalSnapshot> {
  const [idle, audible, fullscreen, meetingSite] = await Promise.all([
    queryIdle(),
    anyAudibleTab(),
    anyFullscreenWindow(),
    anyMeetingTab(meetingSites),
  ]);
  return { idle, audible, fullscreen, meetingSite };
}

interface BrowserEvent<F> {
  addListener(f: F): void;
  removeListener(f: F): void;
}

/** Adds `f` to `event` (if the event exists here) and returns how to remove it. */
export function listen<F>(event: BrowserEvent<F> | undefined, f: F): () => void {
  if (!event) return () => undefined;
  event.addListener(f);
  return () => event.removeListener(f);
}

/**
 * Subscribes to every browser event that can change a signal; returns the unsubscribe function.
 * Listeners are added synchronously, as MV3 requires for events that wake the worker.
 */
export function watchSignals(onIdle: (s: IdleState) => void, onChange: () => void): () => void {
  const off: (() => void)[] = [];
  try {
    browser.idle.setDetectionInterval(IDLE_DETECTION_SEC);
    off.push(listen(browser.idle.onStateChanged, (s: string) => onIdle(s as IdleState)));
  } catch {
    // No idle API (unusual browsers): presence then comes from the camera only.
  }
  off.push(
    listen(
      browser.tabs.onUpdated,
      (_id: number, change: { audible?: boolean; url?: string; mutedInfo?: unknown }) => {
        if ('audible' in change || 'url' in change || 'mutedInfo' in change) onChange();
      },
    ),
    listen(browser.tabs.onRemoved, () => onChange()),
    listen(browser.windows.onFocusChanged, () => onChange()),
    // Chrome 86+: full screen changes the window bounds. Missing in Firefox.
    listen(
      (browser.windows as { onBoundsChanged?: BrowserEvent<() => void> }).onBoundsChanged,
      () => onChange(),
    ),
    listen(browser.permissions?.onAdded, () => onChange()),
    listen(browser.permissions?.onRemoved, () => onChange()),
  );
  return () => off.forEach((f) => f());
}
