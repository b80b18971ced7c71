/**
 * Storage faults: corrupt and partial records in every key the product keeps, a settings record
 * from an older schema version, and a full storage quota. The product must start, keep working,
 * and keep (or repair) the person's history rather than drop it.
 */
import { test, expect, sendFromPage } from '../fixtures';
import { status } from '../helpers';
import type { ResolvedSettings } from '../../../lib/settings-policy';
import {
  PAST_DAY,
  PAST_DAY_KEY,
  SCHEDULE_KEY,
  breakNotifications,
  expectCamera,
  getKey,
  microBreakDueAfterRestart,
  openRemindersOnly,
  readSchedule,
  setKeys,
  stopWorker,
  todayHistoryKey,
  todayKey,
  worker,
} from './faults';

test('corrupt and partial records are repaired on the next start, history kept', async ({
  context,
  sw,
  openPage,
}) => {
  const page = await openPage('managed-schema.json');
  await expectCamera(page);
  const today = await todayHistoryKey(sw);
  await setKeys(sw, {
    settings: 'not an object',
    baselines: { default: { garbage: true }, other: 42 },
    [today]: '{"half a record',
    [PAST_DAY_KEY]: { day: PAST_DAY, monitoredMin: 'lots', nudges: 3, breaksTaken: 2 },
    'history:v1:not-a-day': { nudges: 1 },
    [SCHEDULE_KEY]: { state: { activeMicroMs: 'x' }, outbox: [{ type: 'explode' }], pages: 7 },
  });
  const fresh = await stopWorker(context, page);

  const st = await status(page);
  expect(st.hasBaseline).toBe(false); // unusable baselines mean calibrating again
  expect(st.posture.kind).toBe('needs-calibration');
  const settings = await sendFromPage<ResolvedSettings>(page, 'settings:get');
  expect(settings.settings.microBreakEveryMin).toBe(20); // defaults
  // A new choice is stored over the corrupt record.
  await sendFromPage(page, 'settings:set', { patch: { microBreakEveryMin: 25 } });
  expect(await getKey(fresh, 'settings')).toMatchObject({ microBreakEveryMin: 25 });

  // The schedule record is rewritten valid at start.
  const rec = await readSchedule(fresh);
  expect(typeof rec.state.activeMicroMs).toBe('number');
  expect(rec.outbox).toEqual([]);

  // History: the partial day keeps what was readable; the unreadable day is repaired in place.
  // Insights reads it: the last 7 days hold the partial day's readable counts (today's was lost).
  const insights = await openPage('insights.html');
  await expect(insights.getByRole('tab', { name: 'Last 7 days' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(insights.getByTestId('stat-nudges').locator('.stat-value')).toHaveText('3');
  await expect(insights.getByTestId('stat-taken').locator('.stat-value')).toHaveText('2');
  await expect
    .poll(() => getKey<Record<string, unknown>>(fresh, PAST_DAY_KEY))
    .toMatchObject({ day: PAST_DAY, monitoredMin: 0, nudges: 3, breaksTaken: 2 });
  await expect
    .poll(() => getKey<Record<string, unknown>>(fresh, today), { timeout: 30_000 })
    .toMatchObject({ v: 1, day: today.slice(-10) });
  // Monitoring goes on after all of it.
  await expectCamera(page);
});

test('settings stored by an older version are migrated (v1 sensitivity "high" -> level 4)', async ({
  context,
  sw,
  openPage,
}) => {
  const page = await openPage('managed-schema.json');
  await setKeys(sw, {
    settings: { sensitivity: 'high', microBreakEveryMin: 30, retired: 'x' },
    settings$: { v: 1 },
  });
  await stopWorker(context, page);
  const resolved = await sendFromPage<ResolvedSettings>(page, 'settings:get');
  expect(resolved.settings.sensitivity).toBe(4);
  expect(resolved.settings.microBreakEveryMin).toBe(30);
  // The options page shows the migrated level.
  const options = await openPage('options.html');
  await options.getByRole('tab', { name: 'Camera and posture' }).click();
  await expect(options.getByLabel('Sensitivity', { exact: true })).toHaveValue('4');
  expect(await getKey(worker(context), 'settings$')).toEqual({ v: 2 });
});

test('a shorter retention chosen in options deletes older days at once (the worker prunes)', async ({
  sw,
  openPage,
}) => {
  const today = await todayKey(sw);
  const old = `history:v1:${new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10)}`;
  await setKeys(sw, {
    [`history:v1:${today}`]: { v: 1, day: today, nudges: 1 },
    [old]: { v: 1, day: old.slice(-10), nudges: 4 },
  });
  const options = await openPage('options.html');
  await options.getByRole('tab', { name: 'Your data' }).click();
  const input = options.getByLabel('Keep history for');
  await input.fill('30');
  await input.blur();
  await expect(options.getByTestId('saved-status')).toContainText('Keep history for');
  await expect.poll(() => getKey(sw, old)).toBeUndefined();
  expect(await getKey(sw, `history:v1:${today}`)).toMatchObject({ nudges: 1 });
});

test('a full storage quota: breaks go on, events wait and are counted, the person is told, nothing is lost', async ({
  context,
  openPage,
}) => {
  test.setTimeout(180_000);
  const page = await openRemindersOnly(openPage);
  await setKeys(worker(context), {
    [PAST_DAY_KEY]: { v: 1, day: PAST_DAY, monitoredMin: 120, nudges: 3, breaksTaken: 2 },
  });
  // A break comes due 40 s from now; then the quota is filled to the last byte.
  const sw = await microBreakDueAfterRestart(context, page, 40_000);
  const filled = await sw.evaluate(async () => {
    let n = 0;
    for (const size of [1_000_000, 100_000, 10_000, 1000, 100, 10]) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          await chrome.storage.local.set({ [`filler:${n}`]: chunk });
          n += 1;
        } catch {
          break;
        }
      }
    }
    return chrome.storage.local.getBytesInUse(null);
  });
  expect(filled).toBeGreaterThan(10_000_000);
  await expect(
    worker(context).evaluate(() => chrome.storage.local.set({ probe: 'x'.repeat(100) })),
  ).rejects.toThrow(/quota/i);

  // Status still answers, the break is still announced and can be taken.
  expect((await status(page)).monitoring).toBe('reminders-only');
  expect((await status(page)).unsavedHistory).toBe(0);
  await expect.poll(() => breakNotifications(worker(context)), { timeout: 75_000 }).toHaveLength(1);
  const id = (await status(page)).activeBreak?.id ?? '';
  expect(id).toMatch(/^micro-/);
  await sendFromPage(page, 'break:action', { id, action: 'start' });
  await sendFromPage(page, 'break:action', { id, action: 'done' });
  // The taken break could not be stored: it waits, already counts today, and the person is told.
  await expect.poll(async () => (await status(page)).unsavedHistory).toBeGreaterThan(0);
  expect((await status(page)).today.breaksTaken).toBe(1);
  const today = await todayHistoryKey(worker(context));
  expect(await getKey(worker(context), today)).toBeUndefined();
  const popup = await openPage('popup.html');
  await expect(popup.getByTestId('storage-full')).toContainText(/can’t be saved/);
  await expect(popup.getByRole('button', { name: 'Manage your data' })).toBeVisible();
  // A diary entry made now waits too, and the insights page shows it.
  await sendFromPage(page, 'history:diary', { day: today.slice(-10), intensity: 5 });
  const insights = await openPage('insights.html');
  await expect(insights.getByTestId('diary')).toBeVisible();
  const days = await sendFromPage<{ day: string; headache?: { intensity: number } }[]>(
    page,
    'history:get',
  );
  expect(days.find((d) => `history:v1:${d.day}` === today)?.headache).toEqual({ intensity: 5 });
  // A settings change cannot be saved: the page is told so rather than shown a false success.
  const res = await page.evaluate(() =>
    chrome.runtime.sendMessage({
      to: 'background',
      name: 'settings:set',
      data: { patch: { microBreakEveryMin: 30 } },
    }),
  );
  expect(res).toMatchObject({ ok: false });

  // The worker stops while events wait: they survive in session storage.
  const fresh = await stopWorker(context, page);
  expect((await status(page)).today.breaksTaken).toBe(1);

  // Space comes back: the popup's next status poll stores what waited and the notice goes.
  await fresh.evaluate(async () => {
    const keys = Object.keys(await chrome.storage.local.get(null)).filter((k) =>
      k.startsWith('filler:'),
    );
    await chrome.storage.local.remove(keys);
  });
  await expect(popup.getByTestId('storage-full')).toHaveCount(0, { timeout: 10_000 });
  expect(await getKey(worker(context), today)).toMatchObject({
    breaksTaken: 1,
    headache: { intensity: 5 },
  });
  expect((await status(page)).unsavedHistory).toBe(0);
  expect((await status(page)).today.breaksTaken).toBe(1); // counted once
  expect(await getKey(worker(context), PAST_DAY_KEY)).toMatchObject({
    monitoredMin: 120,
    nudges: 3,
  });
});
