/**
 * The schedule's platform facts, kept in one place: the real local clock and whether system
 * notifications can carry buttons (Chrome and Edge yes, Firefox no).
 */
import { dayKey } from '../history/day';
import type { LocalTime } from '../schedule/types';

/** Local wall-clock time of `now` (ms since epoch) from the system time zone; DST-aware. */
export function systemLocalTime(now: number): LocalTime {
  const d = new Date(now);
  return { day: dayKey(now), weekday: d.getDay(), minute: d.getHours() * 60 + d.getMinutes() };
}

/** Whether `browser.notifications.create` accepts `buttons` here (Firefox rejects them). */
export function notificationButtonsSupported(): boolean {
  return import.meta.env.BROWSER !== 'firefox';
}

/** Chrome clamps alarms to at least 30 s from now; shorter waits also get a timer while awake. */
export const MIN_ALARM_DELAY_MS = 30_000;
