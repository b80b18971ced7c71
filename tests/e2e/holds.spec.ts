/**
 * Meeting holds end to end in headful Chromium (see ./headful): a full-screen window holds a due
 * break and one catch-up break follows a minute after the window leaves full screen; with the
 * optional tabs permission, a tab on a listed meeting site holds nudges, and revoking the
 * permission in the options page ends that signal.
 */
import type { Worker } from '@playwright/test';
import { status } from './helpers';
import {
  breakNotifications,
  expect,
  extensionPage,
  firstLaunch,
  grantOptionalPermission,
  readSchedule,
  restartWithMicroBreakDue,
  test,
} from './headful';

/** Changes the browser window from the service worker, as F11 or a video player does. */
const updateWindow = (sw: Worker, id: number, change: chrome.windows.UpdateInfo) =>
  sw.evaluate(([i, c]) => chrome.windows.update(i, c).then(() => undefined), [id, change] as const);

const browserWindow = (sw: Worker) =>
  sw.evaluate(async () => (await chrome.windows.getAll({ windowTypes: ['normal'] }))[0]!.id!);

test('a full-screen window holds a due break; one catch-up break follows a minute after it leaves full screen', async ({
  launch,
}) => {
  test.setTimeout(150_000);
  // Gentle: no countdown opens the break page before the window is full screen again.
  const first = await firstLaunch(launch, { strictness: 'gentle' });
  const page = await extensionPage(first.context);
  expect((await status(page)).held).toBe(false);
  await updateWindow(first.sw, await browserWindow(first.sw), { state: 'fullscreen' });
  await expect.poll(() => status(page).then((s) => s.held)).toBe(true);

  // The browser restarts with a micro-break due in 15 s, and the window goes full screen again
  // before that: the break waits, unannounced.
  const { context, sw } = await restartWithMicroBreakDue(first, launch, 15_000);
  const windowId = await browserWindow(sw);
  await updateWindow(sw, windowId, { state: 'fullscreen' });
  await expect.poll(() => readSchedule(sw).then((s) => s.state.signals.fullscreen)).toBe(true);
  await expect
    .poll(() => readSchedule(sw).then((s) => s.state.catchUp), { timeout: 30_000 })
    .toBe(true);
  expect((await readSchedule(sw)).state.held).toBe(true);
  expect(await breakNotifications(sw)).toEqual([]);

  // Back to a desktop-sized window (the bounds change is the event Chromium sends for it).
  const leftAt = Date.now();
  await updateWindow(sw, windowId, { state: 'normal', width: 1000, height: 700 });
  await expect.poll(() => readSchedule(sw).then((s) => s.state.signals.fullscreen)).toBe(false);
  const { state } = await readSchedule(sw);
  expect(state.held).toBe(true); // a minute's grace: a presentation between slides is not the end
  expect(state.holdReleaseAt).toBeGreaterThanOrEqual(leftAt + 59_000);

  await expect.poll(() => breakNotifications(sw), { timeout: 100_000 }).toHaveLength(1);
  expect(Date.now()).toBeGreaterThanOrEqual(state.holdReleaseAt ?? Infinity);
  const after = await readSchedule(sw);
  expect(after.state.held).toBe(false);
  expect(after.state.brk).toMatchObject({ kind: 'micro', phase: 'announced', catchUp: true });
  expect((await status(await extensionPage(context))).held).toBe(false);
});

test('with the tabs permission a meeting-site tab holds nudges; revoking the permission ends it', async ({
  launch,
}) => {
  await firstLaunch(launch);
  const { context, sw } = await launch({ before: grantOptionalPermission('tabs') });
  const tabsGranted = () =>
    sw.evaluate(() => chrome.permissions.contains({ permissions: ['tabs'] }));
  expect(await tabsGranted(), 'Chromium ignored the permission written to the profile').toBe(true);
  // No network here: Playwright answers for the sites, and the tabs carry their real addresses.
  for (const site of ['https://meet.google.com/**', 'https://example.com/**'])
    await context.route(site, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>site</title><p>A page</p>' }),
    );
  const page = await extensionPage(context);
  expect((await status(page)).held).toBe(false);
  const signal = () => readSchedule(sw).then((s) => s.state.signals.meetingSite);

  const tab = await context.newPage();
  await tab.goto('https://meet.google.com/abc-defg-hij');
  await expect.poll(() => status(page).then((s) => s.held)).toBe(true);
  expect(await signal()).toBe(true);

  // Leaving the call ends the signal; the hold lasts through its grace minute.
  await tab.goto('https://example.com/news');
  await expect.poll(signal).toBe(false);
  expect((await status(page)).held).toBe(true);

  await tab.goto('https://meet.google.com/abc-defg-hij');
  await expect.poll(signal).toBe(true);
  // The person revokes the permission in the options page: tab addresses are hidden again.
  const options = await extensionPage(context, 'options.html');
  await options.getByRole('tab', { name: 'Hours and meetings' }).click();
  const control = options.getByTestId('tabs-permission');
  await control.getByRole('button').click();
  await expect.poll(tabsGranted).toBe(false);
  await expect.poll(signal).toBe(false);
  await expect(control.getByRole('button')).toHaveText('Allow recognizing meeting sites');
});
