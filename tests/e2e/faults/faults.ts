/**
 * Fault-injection helpers: stop the service worker behind the product's back, read and write its
 * storage, look at the offscreen document, notifications and history.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, sendFromPage } from '../fixtures';
import { calibrateViaOnboarding, status } from '../helpers';
import { dayKey } from '../../../lib/history/day';
import type { AppStatus } from '../../../lib/messages';

export const SCHEDULE_KEY = 'schedule:v1';

/** The extension's current service worker (a stopped worker comes back as a new one). */
export function worker(context: BrowserContext): Worker {
  const w = context.serviceWorkers().at(-1);
  if (!w) throw new Error('no service worker');
  return w;
}

/**
 * Stops the service worker the way the browser does when it is idle (DevTools protocol
 * `ServiceWorker.stopAllWorkers`). By default it is then woken with a message and this waits until
 * the fresh worker runs (its globals are gone); with `wake` false it stays stopped until something
 * wakes it (an alarm, a page's message, the camera host's frames) and null is returned.
 */
export async function stopWorker(context: BrowserContext, page: Page): Promise<Worker>;
export async function stopWorker(context: BrowserContext, page: Page, wake: false): Promise<null>;
export async function stopWorker(
  context: BrowserContext,
  page: Page,
  wake = true,
): Promise<Worker | null> {
  await worker(context).evaluate(() => {
    (globalThis as { faultMarker?: number }).faultMarker = 1;
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  if (!wake) {
    await page.waitForTimeout(300);
    return null;
  }
  await page
    .evaluate(() => chrome.runtime.sendMessage({ to: 'background', name: 'status:get', data: {} }))
    .catch(() => undefined);
  await expect
    .poll(
      () =>
        worker(context)
          .evaluate(() => (globalThis as { faultMarker?: number }).faultMarker ?? 0)
          .catch(() => -1),
      { timeout: 20_000 },
    )
    .toBe(0);
  return worker(context);
}

/** Waits until the product reports the camera as `want` (by default: monitoring, camera on). */
export async function expectCamera(
  page: Page,
  want: AppStatus['camera'] = 'on',
  timeout = 60_000,
): Promise<void> {
  await expect.poll(async () => (await status(page)).camera, { timeout }).toBe(want);
}

/** Opens an extension page to message from and turns the camera off: reminders only. */
export async function openRemindersOnly(openPage: (path: string) => Promise<Page>): Promise<Page> {
  const page = await openPage('managed-schema.json');
  await sendFromPage(page, 'settings:set', { patch: { cameraEnabled: false } });
  return page;
}

export function getKey<T = unknown>(sw: Worker, key: string): Promise<T> {
  return sw.evaluate(async (k) => (await chrome.storage.local.get(k))[k] as T, key);
}

export function setKeys(sw: Worker, items: Record<string, unknown>): Promise<void> {
  return sw.evaluate((i) => chrome.storage.local.set(i), items);
}

export function offscreenCount(sw: Worker): Promise<number> {
  return sw.evaluate(
    async () =>
      (
        await chrome.runtime.getContexts({
          contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType],
        })
      ).length,
  );
}

/** Calibrates through onboarding as a person does, closes it, and waits for the camera host. */
export async function calibratedAndMonitoring(
  context: BrowserContext,
  openPage: (path: string) => Promise<Page>,
): Promise<Worker> {
  const onboarding = await calibrateViaOnboarding(openPage);
  await onboarding.close();
  const sw = worker(context);
  await expect.poll(() => offscreenCount(sw), { timeout: 60_000 }).toBe(1);
  return sw;
}

export function breakNotifications(sw: Worker): Promise<string[]> {
  return sw.evaluate(async () =>
    Object.keys(await chrome.notifications.getAll()).filter((id) => id.startsWith('chinup-break|')),
  );
}

/** The names of the alarms the worker has set, sorted. */
export function alarmNames(sw: Worker): Promise<string[]> {
  return sw.evaluate(async () => (await chrome.alarms.getAll()).map((a) => a.name).sort());
}

/** Today's local day key, as the product computes it in the worker. */
export function todayKey(sw: Worker): Promise<string> {
  return sw.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}

/** The storage key of today's history record. */
export async function todayHistoryKey(sw: Worker): Promise<string> {
  return `history:v1:${await todayKey(sw)}`;
}

/** Today's history record (or an empty object). */
export async function historyToday(sw: Worker): Promise<Record<string, number>> {
  return ((await getKey(sw, await todayHistoryKey(sw))) ?? {}) as Record<string, number>;
}

interface ScheduleRecord {
  state: {
    activeMicroMs: number;
    at: number;
    brk: { id: string; kind: string; phase: string } | null;
    [k: string]: unknown;
  };
  outbox: unknown[];
  pages: Record<string, number>;
}

export const readSchedule = (sw: Worker) => getKey<ScheduleRecord>(sw, SCHEDULE_KEY);

/**
 * Stores a schedule whose micro-break (default interval 20 min of active time) comes due `inMs`
 * from now, with no break running and nothing queued; `from` is a page or a worker of the extension.
 * Unless `neckDone` is false, today's neck training counts as done: inside its default window
 * (10:00-16:00 local) it would otherwise come first, and a test of the micro-break would depend on
 * the hour it runs at.
 */
export async function storeMicroBreakDue(
  from: Page | Worker,
  inMs = 1000,
  neckDone = true,
): Promise<void> {
  const store = async ([k, active, today]: readonly [string, number, string | null]) => {
    const rec = (await chrome.storage.local.get(k))[k] as ScheduleRecord;
    const neckDay = today ?? (rec.state as { neckDay?: unknown }).neckDay;
    rec.state = { ...rec.state, activeMicroMs: active, at: Date.now(), brk: null, neckDay };
    rec.outbox = [];
    await chrome.storage.local.set({ [k]: rec });
  };
  // The browser runs on this machine's clock and time zone: today's local day is the same here.
  const arg = [SCHEDULE_KEY, 20 * 60_000 - inMs, neckDone ? dayKey(Date.now()) : null] as const;
  // Page and Worker each overload evaluate, so the union cannot be called directly.
  await ('mainFrame' in from ? from.evaluate(store, arg) : from.evaluate(store, arg));
}

/**
 * Makes a micro-break due `inMs` from now (default interval 20 min of active time): stops the
 * worker, edits the stored schedule from `page` (a stopped worker cannot overwrite the edit from
 * memory), then wakes a new worker, which reads the edited state back. Retries if a worker woke
 * in between and rewrote the record.
 */
export async function microBreakDueAfterRestart(
  context: BrowserContext,
  page: Page,
  inMs = 1000,
): Promise<Worker> {
  const want = 20 * 60_000 - inMs;
  for (let attempt = 0; attempt < 3; attempt++) {
    await stopWorker(context, page, false);
    await storeMicroBreakDue(page, inMs);
    const sw = await stopWorker(context, page);
    const rec = await readSchedule(sw);
    if (rec.state.activeMicroMs >= want || rec.state.brk) return sw;
  }
  throw new Error('could not make a break due: the worker kept rewriting the schedule');
}

/** A day of history three days ago: inside any retention window, so it must never go away. */
export const PAST_DAY = dayKey(Date.now() - 3 * 86_400_000);
export const PAST_DAY_KEY = `history:v1:${PAST_DAY}`;

/** A change to the stored schedule record: fields merged into its state, or replaced. */
export interface ScheduleEdit {
  state?: Record<string, unknown>;
  outbox?: unknown[];
  pages?: Record<string, number>;
}

/**
 * Stops the worker, edits the stored schedule (and sets `extra` keys in `storage.local`) from
 * `page`, then wakes a fresh worker, which reads the edited record back. Retries when a worker
 * woke in between and wrote over the edit (`landed` checks the record the fresh worker sees).
 */
export async function restartWithSchedule(
  context: BrowserContext,
  page: Page,
  edit: ScheduleEdit,
  landed: (rec: ScheduleRecord) => boolean,
  extra: Record<string, unknown> = {},
): Promise<Worker> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await stopWorker(context, page, false);
    await page.evaluate(
      async ([k, e, x]) => {
        const rec = (await chrome.storage.local.get(k))[k] as ScheduleRecord;
        rec.state = { ...rec.state, ...(e.state ?? {}) };
        if (e.outbox) rec.outbox = e.outbox;
        if (e.pages) rec.pages = e.pages;
        await chrome.storage.local.set({ ...x, [k]: rec });
      },
      [SCHEDULE_KEY, edit, extra] as const,
    );
    const sw = await stopWorker(context, page);
    if (landed(await readSchedule(sw))) return sw;
  }
  throw new Error('could not edit the schedule: the worker kept rewriting it');
}

/** A well-formed pose frame (33 landmarks facing the camera) dated `t`. */
export function poseFrame(t: number) {
  const lm = Array.from({ length: 33 }, (_, i) => ({
    x: 0.4 + (i % 5) * 0.05,
    y: 0.2 + Math.floor(i / 5) * 0.08,
    z: 0,
    visibility: 0.99,
  }));
  return { t, brightness: 0.5, width: 640, height: 480, poses: [lm] };
}
