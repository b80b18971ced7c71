/**
 * The toolbar popup at its real size: Chrome caps a popup at 600 px, so the popup fits it in en,
 * es and de in its fullest states; reminders-only mode shows no empty camera figures; right after
 * calibrating the state is "calibrated, checking", never "needs calibration".
 */
import type { Page } from '@playwright/test';
import { expect, sendFromPage, test } from './fixtures';
import { calibrateViaOnboarding } from './helpers';

/** Height the popup would need: Chrome sizes the popup to the document, up to 600 px. */
const popupHeight = (page: Page) =>
  page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

for (const lang of ['en', 'es', 'de'] as const)
  test(`the popup fits 600 px in ${lang}: camera, paused and reminders-only`, async ({
    openPage,
  }) => {
    const setup = await openPage('managed-schema.json');
    await sendFromPage(setup, 'settings:set', { patch: { language: lang } });
    const page = await openPage('popup.html');
    await page.setViewportSize({ width: 380, height: 600 });
    await expect(page.getByTestId('next-break')).toBeVisible();
    const heights: Record<string, number> = { camera: await popupHeight(page) };
    // Three pause buttons stay on one line ("Rest of today" does not wrap alone).
    const pauseTops = await page
      .locator('.pause-buttons button')
      .evaluateAll((bs) => bs.map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(new Set(pauseTops).size, 'pause buttons on one line').toBe(1);
    await page.locator('.pause-buttons button').first().click();
    await expect(page.getByTestId('paused')).toBeVisible();
    heights.paused = await popupHeight(page);
    await sendFromPage(page, 'monitor:resume');
    await sendFromPage(page, 'settings:set', { patch: { cameraEnabled: false } });
    await expect(page.getByTestId('reminders-only')).toBeVisible();
    heights.remindersOnly = await popupHeight(page);
    // No camera figures without the camera; breaks taken still shows.
    await expect(page.getByTestId('stat-monitored')).toHaveCount(0);
    await expect(page.getByTestId('stat-forward')).toHaveCount(0);
    await expect(page.getByTestId('stat-breaks')).toBeVisible();
    test.info().annotations.push({ type: 'popup height', description: JSON.stringify(heights) });
    console.log(`RESULT popup-height ${lang} ${JSON.stringify(heights)}`);
    for (const [state, h] of Object.entries(heights)) expect(h, state).toBeLessThanOrEqual(600);
    await expect(page.locator('main')).not.toContainText('..');
  });

test('right after calibrating, the popup says "calibrated, checking", not "needs calibration"', async ({
  openPage,
}) => {
  await calibrateViaOnboarding(openPage);
  const popup = await openPage('popup.html');
  const posture = popup.getByTestId('posture');
  await expect(posture).toBeVisible();
  expect(await posture.getAttribute('data-kind')).not.toBe('needs-calibration');
  await expect(popup.getByText('Needs calibration')).toHaveCount(0);
  await expect(popup.getByRole('button', { name: 'Calibrate to start' })).toHaveCount(0);
});
