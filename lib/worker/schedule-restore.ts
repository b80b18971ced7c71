/**
 * What a browser restart took away from the schedule: the page of a running break (every window
 * closes) and the notification of an announced one (notifications are cleared). The schedule
 * service asks at start-up and steps the machine with `break-closed` or `notice-lost`.
 */
import { browser } from 'wxt/browser';
import { breakPageOpen } from './break-pages';
import { parseBreakNotificationId } from './schedule-effects';
import type { ScheduleRecord } from './schedule-store';

/**
 * The id of the running break whose page is no longer open, or null. A page about to be opened
 * by an effect still in the outbox is not lost.
 */
export async function lostBreak(r: ScheduleRecord): Promise<string | null> {
  const b = r.state.brk;
  if (!b || b.phase !== 'running') return null;
  if (r.outbox.some((e) => e.type === 'open-break' && e.id === b.id)) return null;
  return (await breakPageOpen(b.id).catch(() => true)) ? null : b.id;
}

/**
 * The id of the announced break whose notification is no longer shown, or null. One about to be
 * shown by an effect still in the outbox is not lost.
 */
export async function unshownBreak(r: ScheduleRecord): Promise<string | null> {
  const b = r.state.brk;
  if (!b || b.phase !== 'announced') return null;
  if (r.outbox.some((e) => e.type === 'notify' && e.id === b.id)) return null;
  const shown = await browser.notifications.getAll().catch(() => null);
  if (!shown) return null;
  const showing = Object.keys(shown).some((n) => parseBreakNotificationId(n)?.breakId === b.id);
  return showing ? null : b.id;
}
