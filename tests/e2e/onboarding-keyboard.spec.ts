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

test('keyboard-only onboarding with the camera: focus on each step’s heading, named steps, Back', async ({
  openPage,
}) => {
  const page = await openPage('onboarding.html');
  const stepName = page.getByTestId('onboarding-step-name');
  await expect(stepName).toHaveText('· Welcome');
  await moveTo(page, page.getByTestId('use-camera'));
  await page.keyboard.press('Enter');

  await expect(page.locator('#cam-h')).toBeFocused();
  await expect(stepName).toHaveText('· Camera and calibration');
  await moveTo(page, page.getByTestId('allow-camera'));
  await page.keyboard.press('Enter');
  // The button just pressed is gone: the focus is on the next part's heading.
  await expect(page.locator('#cal-preview-h')).toBeFocused();
  await expect(page.getByTestId('calibration-feedback')).toContainText('Looks good', {
    timeout: 60_000,
  });
  await moveTo(page, page.getByTestId('start-calibration'));
  await page.keyboard.press('Enter');
  await expect(page.locator('#cal-hold-h')).toBeFocused();
  await expect(page.locator('#cal-done-h')).toBeFocused({ timeout: 60_000 });
  await expect(page.getByTestId('calibration-status')).toContainText('Calibrated');

  await moveTo(page, page.getByTestId('calibration-continue'));
  await page.keyboard.press('Enter');
  await expect(page.locator('#sched-h')).toBeFocused();
  await expect(stepName).toHaveText('· Breaks and working hours');
  await moveTo(page, page.getByTestId('schedule-save'));
  await page.keyboard.press('Enter');
  await expect(page.locator('#safety-h')).toBeFocused();
  await expect(stepName).toHaveText('· Safety');

  // Back (before the heading in the page): the schedule step again, focus on its heading.
  await moveTo(page, page.getByTestId('onboarding-back'), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#sched-h')).toBeFocused();
  await expect(stepName).toHaveText('· Breaks and working hours');
  await moveTo(page, page.getByTestId('schedule-save'));
  await page.keyboard.press('Enter');
  await expect(page.locator('#safety-h')).toBeFocused();
  await moveTo(page, page.getByTestId('safety-ok'));
  await page.keyboard.press('Space');
  await expect(page.locator('#done-h')).toBeFocused();
  await expect(stepName).toHaveText('· All set');
  await expect(page).toHaveTitle('All set · Chin Up');
});
