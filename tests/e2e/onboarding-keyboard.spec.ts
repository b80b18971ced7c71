/**
 * Onboarding with the camera, keyboard only (issue 17): the header names each step, Back returns
 * to the step before, and after every step (and every part of the camera step: turning the camera
 * on, calibrating, calibrated) the focus is on the new heading, never dropped to the page. Every
 * key waits for the state the last one produced (focus), never for time.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Presses `key` (Tab or Shift+Tab) until `target` has the focus, then asserts it has. */
async function moveTo(page: Page, target: Locator, key = 'Tab', max = 20) {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

/**
 * Reaches the control by keyboard (Tab, or Shift+Tab with `back`), presses `key` on it, then waits
 * for the focus on the next part's heading and, if given, the header's step name.
 */
async function press(
  page: Page,
  testId: string,
  heading: string,
  { key = 'Enter', step, back = false }: { key?: string; step?: string; back?: boolean } = {},
) {
  await moveTo(page, page.getByTestId(testId), back ? 'Shift+Tab' : 'Tab');
  await page.keyboard.press(key);
  await expect(page.locator(heading)).toBeFocused();
  if (step) await expect(page.getByTestId('onboarding-step-name')).toHaveText(`· ${step}`);
}

test('keyboard-only onboarding with the camera: focus on each step’s heading, named steps, Back', async ({
  openPage,
}) => {
  const page = await openPage('onboarding.html');
  await expect(page.getByTestId('onboarding-step-name')).toHaveText('· Welcome');
  await press(page, 'use-camera', '#cam-h', { step: 'Camera and calibration' });
  // The button just pressed is gone: the focus is on the next part's heading.
  await press(page, 'allow-camera', '#cal-preview-h');
  await expect(page.getByTestId('calibration-feedback')).toContainText('Looks good', {
    timeout: 60_000,
  });
  await press(page, 'start-calibration', '#cal-hold-h');
  await expect(page.locator('#cal-done-h')).toBeFocused({ timeout: 60_000 });
  await expect(page.getByTestId('calibration-status')).toContainText('Calibrated');

  const schedule = 'Breaks and working hours';
  await press(page, 'calibration-continue', '#sched-h', { step: schedule });
  await press(page, 'schedule-save', '#safety-h', { step: 'Safety' });
  // Back (before the heading in the page): the schedule step again, focus on its heading.
  await press(page, 'onboarding-back', '#sched-h', { step: schedule, back: true });
  await press(page, 'schedule-save', '#safety-h');
  await press(page, 'safety-ok', '#done-h', { key: 'Space', step: 'All set' });
  await expect(page).toHaveTitle('All set · Chin Up');
});
