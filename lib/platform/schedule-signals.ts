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

/** Whether any tab plays sound (works without the tabs permission). */
export async function anyAudibleTab(): Promise<boolean> {
  const tabs = await browser.tabs.query({ audible: true }).catch(() => []);
  return tabs.length > 0;
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

/**
 * Subscribes `onChange` to every browser event that can change a signal. Listeners are added
 * synchronously, as MV3 requires for events that wake the worker.
 */
export function watchSignals(onIdle: (s: IdleState) => void, onChange: () => void): void {
  try {
    browser.idle.setDetectionInterval(IDLE_DETECTION_SEC);
    browser.idle.onStateChanged.addListener((s) => onIdle(s as IdleState));
  } catch {
    // No idle API (test doubles, unusual browsers): presence then comes from the camera only.
  }
  browser.tabs.onUpdated.addListener((_id, change) => {
    if ('audible' in change || 'url' in change) onChange();
  });
  browser.tabs.onRemoved.addListener(() => onChange());
  browser.windows.onFocusChanged.addListener(() => onChange());
  // Chrome 86+; full screen changes the window bounds. Missing in Firefox and the fake browser.
  const bounds = (browser.windows as { onBoundsChanged?: typeof browser.windows.onCreated })
    .onBoundsChanged;
  bounds?.addListener(() => onChange());
  browser.permissions?.onAdded?.addListener(() => onChange());
  browser.permissions?.onRemoved?.addListener(() => onChange());
}
