/**
 * Browser feature detection and limits, kept in one place: which browser facts the worker and the
 * camera host depend on (offscreen documents, notification buttons, the alarm clamp).
 */
import { browser } from 'wxt/browser';

/** Browsers with offscreen documents (Chrome, Edge) host the camera there; Firefox uses a tab. */
export function usesOffscreen(): boolean {
  return 'offscreen' in browser && !!(browser as { offscreen?: unknown }).offscreen;
}

/** Whether `browser.notifications.create` accepts `buttons` here (Firefox rejects them). */
export function notificationButtonsSupported(): boolean {
  return import.meta.env.BROWSER !== 'firefox';
}

/** Chrome clamps alarms to at least 30 s from now; shorter waits also get a timer while awake. */
export const MIN_ALARM_DELAY_MS = 30_000;
