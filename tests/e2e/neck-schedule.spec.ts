/**
 * The daily neck-training break is announced by itself in the window the person picked: the
 * window is set around the current local time in the settings, the other breaks are off, and
 * enough active time has passed (edited into the stored schedule, then a restart, as in
 * schedule.spec.ts). Headful (see ./headful) so the person counts as active.
 */
import { sendFromPage } from './fixtures';
import {
  breakNotifications,
  expect,
  extensionPage,
  firstLaunch,
  readSchedule,
  restartWithMicroBreakDue,
  test,
} from './headful';

test('the daily neck-training break is announced in its window', async ({ launch }) => {
  const first = await firstLaunch(launch);
  const page = await extensionPage(first.context);
  const d = new Date();
  const minute = d.getHours() * 60 + d.getMinutes();
  await sendFromPage(page, 'settings:set', {
    patch: {
      microBreakEnabled: false,
      movementBreakEnabled: false,
      neckTrainingEnabled: true,
      neckTrainingFromMin: (minute + 1440 - 5) % 1440,
      neckTrainingToMin: (minute + 60) % 1440,
    },
  });
  await page.close();
  // 20 active minutes since the last break: more than the 10 the neck training waits for.
  const { sw } = await restartWithMicroBreakDue(first, launch, 1000, false);
  await expect.poll(() => breakNotifications(sw), { timeout: 90_000 }).toHaveLength(1);
  const [notification] = await breakNotifications(sw);
  expect(notification).toMatch(/^chinup-break\|neck-training-[0-9a-z]+\|snooze,skip$/);
  const brk = (await readSchedule(sw)).state.brk;
  expect(brk).toMatchObject({ kind: 'neck-training', phase: 'announced' });
});
