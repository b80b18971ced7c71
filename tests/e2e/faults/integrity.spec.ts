/**
 * Data integrity against the clock and the worker's own life: a frame dated far ahead, the clock
 * set back after a jump forward, a remembered window id that now belongs to someone else, a
 * replayed break record, and a hold that never ends. Each case edits stored state or sends what a
 * broken or hostile sender would, and asserts what the person keeps.
 */
import { test, expect, sendFromPage } from '../fixtures';
import { status } from '../helpers';
import { dayKey } from '../../../lib/history/day';
import {
  PAST_DAY_KEY,
  breakNotifications,
  getKey,
  historyToday,
  openRemindersOnly,
  poseFrame,
  readSchedule,
  restartWithSchedule,
  setKeys,
  todayHistoryKey,
} from './faults';

const DAY = 86_400_000;
const MIN = 60_000;

test('a frame dated 400 days ahead moves no clock: history stays today, no day is deleted', async ({
  sw,
  openPage,
}) => {
  const page = await openPage('managed-schema.json');
  await sendFromPage(page, 'settings:set', { patch: { insightsEnabled: true } });
  const old = `history:v1:${dayKey(Date.now() - 100 * DAY)}`; // inside the 180 days kept
  await setKeys(sw, { [PAST_DAY_KEY]: { v: 1, nudges: 2 }, [old]: { v: 1, nudges: 1 } });
  const ahead = Date.now() + 400 * DAY;
  for (const dt of [0, 5000, 10_000])
    await sendFromPage(page, 'pose:frame', { frame: poseFrame(ahead + dt), deviceId: 'forged' });
  const keys = await sw.evaluate(async () => Object.keys(await chrome.storage.local.get(null)));
  const days = keys.filter((k) => k.startsWith('history:v1:')).sort();
  expect(days).toContain(PAST_DAY_KEY);
  expect(days).toContain(old);
  expect(days.at(-1)).toBe(await todayHistoryKey(sw)); // nothing recorded 400 days ahead
  const sched = await readSchedule(sw);
  expect(sched.state.at).toBeLessThan(Date.now() + MIN); // the schedule's time is the worker's
});

test('the clock back after a jump forward: ticks count again and the break comes on time', async ({
  context,
  openPage,
}) => {
  const page = await openRemindersOnly(openPage);
  // The schedule last ran a day ahead (the clock was wrong, then corrected), 2 s short of a break.
  const sw = await restartWithSchedule(
    context,
    page,
    { state: { at: Date.now() + DAY, activeMicroMs: 20 * MIN - 2000, brk: null }, outbox: [] },
    (rec) => rec.state.brk !== null || rec.state.activeMicroMs >= 20 * MIN - 2000,
  );
  await expect.poll(() => breakNotifications(sw), { timeout: 30_000 }).toHaveLength(1);
  expect((await readSchedule(sw)).state.at).toBeLessThan(Date.now() + MIN); // rebased
});

test('a remembered break window id that now belongs to another window: it is left open', async ({
  context,
  openPage,
}) => {
  const page = await openRemindersOnly(openPage);
  // After a browser restart the same id belongs to a window of the person's (here: options).
  const theirs = await page.evaluate(async () => {
    const w = await chrome.windows.create({ url: chrome.runtime.getURL('/options.html') });
    return w?.id ?? -1;
  });
  // The break page itself is open elsewhere (a tab), so the break is still running at start-up.
  await page.evaluate(() =>
    chrome.tabs.create({ url: chrome.runtime.getURL('/break.html?id=micro-old&kind=micro') }),
  );
  const brk = {
    id: 'micro-old',
    kind: 'micro',
    phase: 'running',
    until: Date.now() + 10 * MIN,
    snoozes: 0,
    catchUp: false,
  };
  await restartWithSchedule(
    context,
    page,
    { state: { brk }, outbox: [], pages: { 'micro-old': theirs } },
    (rec) => rec.state.brk?.id === 'micro-old',
  );
  expect((await status(page)).activeBreak?.id).toBe('micro-old');
  await sendFromPage(page, 'break:action', { id: 'micro-old', action: 'done' });
  await expect.poll(async () => (await status(page)).activeBreak).toBeNull();
  const still = await page.evaluate(
    (id) =>
      chrome.windows.get(id).then(
        (w) => w.id,
        () => null,
      ),
    theirs,
  );
  expect(still).toBe(theirs);
});

test('a worker that died between recording a break and saving its outbox counts it once', async ({
  context,
  openPage,
}) => {
  const page = await openRemindersOnly(openPage);
  await sendFromPage(page, 'settings:set', { patch: { insightsEnabled: true } });
  const today = await todayHistoryKey((await context.serviceWorkers()).at(-1)!);
  const record = {
    type: 'record',
    event: { type: 'break', outcome: 'taken' },
    key: 'micro-died:taken',
  };
  // The record reached history (with its key); the outbox still holds it.
  const sw = await restartWithSchedule(context, page, { outbox: [record] }, () => true, {
    [today]: { v: 1, day: today.slice(-10), breaksTaken: 1 },
    'history:applied': ['micro-died:taken'],
  });
  await expect.poll(async () => (await readSchedule(sw)).outbox).toEqual([]);
  expect((await historyToday(sw)).breaksTaken).toBe(1);
  expect(await getKey<string[]>(sw, 'history:applied')).toContain('micro-died:taken');
});

test('a hold that lasts all day ends: after 90 min a due break is offered, gently', async ({
  context,
  openPage,
}) => {
  const page = await openRemindersOnly(openPage);
  // Another app has kept the camera for 91 minutes; the micro-break is 2 s from due.
  const signals = { cameraBusy: true, audible: false, fullscreen: false, meetingSite: false };
  const sw = await restartWithSchedule(
    context,
    page,
    {
      state: {
        signals,
        held: true,
        heldSince: Date.now() - 91 * MIN,
        holdReleaseAt: null,
        activeMicroMs: 20 * MIN - 2000,
        brk: null,
        at: Date.now(),
      },
      outbox: [],
    },
    (rec) => rec.state.held === true,
  );
  await expect.poll(() => breakNotifications(sw), { timeout: 30_000 }).toHaveLength(1);
  const rec = await readSchedule(sw);
  expect(rec.state.held).toBe(true); // still held: nudges stay quiet
  expect(rec.state.brk).toMatchObject({ phase: 'announced', gentle: true });
  expect((await status(page)).activeBreak?.phase).toBe('announced');
});
