/**
 * A clock jump seen by the real extension: the machine slept for hours while monitoring (the
 * stored schedule and posture session are dated 8 hours back), then a fresh worker wakes. The gap
 * must count as time away: no stale break, no hours of monitoring credited to the history.
 * Time zone and DST changes cannot be injected into a service worker's clock here; they are unit
 * tests (tests/unit/schedule/clock.test.ts, tests/unit/schedule/hours.test.ts).
 */
import { test, expect, sendFromPage } from '../fixtures';
import { status } from '../helpers';
import {
  SCHEDULE_KEY,
  breakNotifications,
  expectCamera,
  historyToday,
  readSchedule,
  stopWorker,
} from './faults';

const HOURS_8 = 8 * 60 * 60_000;

test('after a long sleep: no stale break, no hours credited, monitoring goes on', async ({
  context,
  sw,
  openPage,
}) => {
  const page = await openPage('managed-schema.json');
  await sendFromPage(page, 'settings:set', { patch: { insightsEnabled: true } });
  await expectCamera(page);
  const before = (await historyToday(sw)).monitoredMin ?? 0;
  await stopWorker(context, page, false);
  // The machine went to sleep 8 hours ago, 1 minute of activity short of a break.
  await page.evaluate(
    async ([k, gap]) => {
      const then = Date.now() - gap;
      const rec = (await chrome.storage.local.get(k))[k] as {
        state: Record<string, unknown>;
        outbox: unknown[];
      };
      rec.state = {
        ...rec.state,
        activeMicroMs: 19 * 60_000,
        at: then,
        postureAt: then,
        brk: null,
      };
      rec.outbox = [];
      const session = (await chrome.storage.session.get('posture'))['posture'] as
        object | undefined;
      await chrome.storage.local.set({ [k]: rec });
      if (session) await chrome.storage.session.set({ posture: { ...session, lastFrameAt: then } });
    },
    [SCHEDULE_KEY, HOURS_8] as const,
  );
  const fresh = await stopWorker(context, page);
  await expectCamera(page);
  await page.waitForTimeout(5000);
  const rec = await readSchedule(fresh);
  expect(rec.state.at).toBeGreaterThan(Date.now() - 60_000); // caught up with the clock
  expect(rec.state.activeMicroMs).toBeLessThan(60_000); // the night counted as time away
  expect(await breakNotifications(fresh)).toEqual([]);
  expect((await status(page)).activeBreak).toBeNull();
  const after = (await historyToday(fresh)).monitoredMin ?? 0;
  expect(after - before).toBeLessThan(1); // seconds of monitoring, not 8 hours
});
