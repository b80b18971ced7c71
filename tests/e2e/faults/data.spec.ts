/**
 * What the person's data survives: a diary entry for a day older than the history kept (never a
 * false "Saved."), concurrent writes from several pages (none lost), and "delete everything"
 * (complete and final). Driven through the pages as a person does, checked in storage.
 */
import { test, expect, sendFromPage } from '../fixtures';
import { dayKey } from '../../../lib/history/day';
import { status } from '../helpers';
import { getKey, offscreenCount, stopWorker, worker } from './faults';

const DAY = 86_400_000;

test('a diary entry older than the history kept: a clear refusal, never "Saved."', async ({
  sw,
  openPage,
}) => {
  const page = await openPage('insights.html');
  await sendFromPage(page, 'settings:set', { patch: { retentionDays: 30, diaryEnabled: true } });
  await page.reload();
  const old = dayKey(Date.now() - 20 * DAY);
  await page.locator('#diary-day').selectOption(old);
  // The history kept is shortened after this page opened (another page, another window).
  await sendFromPage(page, 'settings:set', { patch: { retentionDays: 7 } });
  await page.getByTestId('diary-save').click();
  const said = page.getByTestId('diary-status');
  await expect(said).toContainText('older than the 7 days');
  await expect(said).not.toContainText('Saved');
  expect(await getKey(sw, `history:v1:${old}`)).toBeUndefined();
  // Opened again, the page offers no day older than the history kept.
  // The list is drawn after the page has read the settings: wait for today's option, then for
  // the list to hold only days inside the history kept.
  await page.reload();
  const options = page.locator('#diary-day option');
  await expect(options.first()).toBeAttached();
  const cutoff = dayKey(Date.now() - 7 * DAY);
  await expect
    .poll(() => options.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)))
    .toContain(dayKey(Date.now()));
  await expect
    .poll(async () =>
      (await options.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).filter(
        (d) => d < cutoff,
      ),
    )
    .toEqual([]);
  // A day inside the window is saved, and kept.
  const recent = dayKey(Date.now() - 3 * DAY);
  await page.locator('#diary-day').selectOption(recent);
  await page.getByTestId('diary-save').click();
  await expect(said).toHaveText('Saved.');
  await expect
    .poll(() => getKey<{ headache?: unknown }>(sw, `history:v1:${recent}`))
    .toMatchObject({ headache: { intensity: 0 } });
});

test('writes from several pages at once: none is lost (settings, exercise progress, diary)', async ({
  openPage,
}) => {
  const pages = await Promise.all(['options.html', 'insights.html', 'popup.html'].map(openPage));
  const send = (i: number, name: string, data: unknown) =>
    pages[i % pages.length]!.evaluate(
      ([n, d]) => chrome.runtime.sendMessage({ to: 'background', name: n, data: d }),
      [name, data] as const,
    );
  const today = dayKey(Date.now());
  const answers = await Promise.all([
    send(0, 'settings:set', { patch: { microBreakEveryMin: 25 } }),
    send(1, 'settings:set', { patch: { snoozeMin: 7 } }),
    send(2, 'settings:set', { patch: { strictness: 'firm' } }),
    send(0, 'settings:set', { patch: { diaryEnabled: true } }),
    send(1, 'exercise:update', {
      op: { op: 'neck-session', session: { at: 1, level: 0, repsDone: 3 } },
    }),
    send(2, 'exercise:update', {
      op: { op: 'neck-session', session: { at: 2, level: 0, repsDone: 4 } },
    }),
    send(0, 'exercise:update', { op: { op: 'remove', id: 'chin-tuck' } }),
  ]);
  expect(answers.every((a) => (a as { ok: boolean }).ok)).toBe(true);
  await sendFromPage(pages[1]!, 'history:diary', { day: today, intensity: 4, note: 'a' });
  const { settings } = await sendFromPage<{ settings: Record<string, unknown> }>(
    pages[0]!,
    'settings:get',
  );
  expect(settings).toMatchObject({
    microBreakEveryMin: 25,
    snoozeMin: 7,
    strictness: 'firm',
    diaryEnabled: true,
  });
  const sw = pages[0]!.context().serviceWorkers().at(-1)!;
  expect(await getKey(sw, 'exercise:neckLog')).toEqual([
    { at: 1, level: 0, repsDone: 3 },
    { at: 2, level: 0, repsDone: 4 },
  ]);
  expect(await getKey(sw, 'exercise:removed')).toEqual(['chin-tuck']);
  expect(await getKey(sw, `history:v1:${today}`)).toMatchObject({ headache: { intensity: 4 } });
});

test('delete everything: every store empty, writers start over, old pages refused, camera off', async ({
  context,
  openPage,
}) => {
  const insights = await openPage('insights.html'); // open before the delete, stays open
  const options = await openPage('options.html');
  await sendFromPage(options, 'settings:set', {
    patch: { cameraEnabled: false, insightsEnabled: true, diaryEnabled: true, snoozeMin: 7 },
  });
  await sendFromPage(options, 'monitor:pause', { choice: '1h' });
  await sendFromPage(options, 'history:diary', { day: dayKey(Date.now()), intensity: 3 });
  await sendFromPage(options, 'exercise:update', { op: { op: 'remove', id: 'chin-tuck' } });
  const sw = () => worker(context);
  await sw().evaluate(async () => {
    const k = 'schedule:v1';
    const rec = (await chrome.storage.local.get(k))[k] as { state: Record<string, unknown> };
    rec.state = { ...rec.state, skipsToday: 2, loadMs: 600_000 };
    await chrome.storage.local.set({ [k]: rec, baselines: { cam: {} } });
  });

  await options.getByRole('tab', { name: 'Your data' }).click();
  await options.getByRole('button', { name: 'Delete all data…' }).click();
  await options.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(options.getByTestId('data-status')).toHaveText('All data was deleted.');

  const stores = () =>
    sw().evaluate(async () => ({
      local: await chrome.storage.local.get(null),
      session: await chrome.storage.session.get(null),
    }));
  const { local, session } = await stores();
  // Nothing from before: only the delete's marker, and live state written since (fresh).
  expect(Object.keys(local).filter((k) => !['data:epoch', 'schedule:v1'].includes(k))).toEqual([]);
  const state = (local['schedule:v1'] as { state?: Record<string, unknown> } | undefined)?.state;
  if (state) expect(state).toMatchObject({ skipsToday: 0, loadMs: 0, pausedUntil: null });
  expect(Object.keys(session).filter((k) => k !== 'posture')).toEqual([]);
  expect(((await status(options)) as { pausedUntil: unknown }).pausedUntil).toBeNull();

  // The camera stays off (the default would be on) until the person turns it on again.
  const camera = async () =>
    (await sendFromPage<{ settings: { cameraEnabled: boolean } }>(options, 'settings:get')).settings
      .cameraEnabled;
  expect(await camera()).toBe(false);
  expect(await offscreenCount(sw())).toBe(0);
  await stopWorker(context, options);
  expect(await camera()).toBe(false);

  // The page opened before the delete cannot write its old data back.
  await insights.locator('#diary-day').selectOption(dayKey(Date.now()));
  await insights.getByTestId('diary-save').click();
  await expect(insights.getByTestId('diary-status')).not.toHaveText('');
  await expect(insights.getByTestId('diary-status')).not.toContainText('Saved');
  const after = await stores();
  expect(Object.keys(after.local).filter((k) => k.startsWith('history:'))).toEqual([]);
});
