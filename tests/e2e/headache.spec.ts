/**
 * "I have a headache" end to end from the popup: the red flags come first; with one, the page
 * stops at the seek-care text and offers nothing else; without, two answers lead to the
 * tension-type path and the diary offer, which saves through the worker. The safety page is
 * reachable from the popup and the options page. axe light and dark on each; screenshots with
 * CHINUP_SCREENSHOTS=<dir>.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeAndShoot } from './page-check';

async function openHeadacheFromPopup(context: BrowserContext, popup: Page): Promise<Page> {
  const opened = context.waitForEvent('page', (p) => p.url().includes('headache.html'));
  await popup.getByTestId('popup-headache').click();
  const page = await opened;
  await expect(page.getByTestId('headache-flags')).toBeVisible();
  return page;
}

test('with a red flag, headache now stops at the seek-care text', async ({ context, openPage }) => {
  const popup = await openPage('popup.html');
  const page = await openHeadacheFromPopup(context, popup);
  await expect(page.getByTestId('red-flags')).toContainText('jaw pain when chewing', {
    ignoreCase: true,
  });
  await axeAndShoot(page, 'headache-flags');
  await page.getByTestId('flags-one').click();
  await expect(page.getByTestId('headache-seek-care')).toContainText('emergency services');
  // Nothing else: no questions, no self-help, no diary, no routine.
  await expect(page.getByTestId('q1')).toHaveCount(0);
  await expect(page.getByTestId('diary-offer')).toHaveCount(0);
  await expect(page.locator('a[href*="break.html"]')).toHaveCount(0);
  await axeAndShoot(page, 'headache-seek-care');
});

test('without a red flag, two answers lead to the tension-type path and the diary', async ({
  context,
  openPage,
}) => {
  const popup = await openPage('popup.html');
  const page = await openHeadacheFromPopup(context, popup);
  await page.getByTestId('flags-none').click();
  await page.getByTestId('q1-no').click();
  await page.getByTestId('q2-no').click();
  const path = page.getByTestId('path-tension');
  await expect(path).toContainText('may help');
  await expect(page.locator('main')).not.toContainText(/relief/i);
  await expect(path.getByTestId('start-relax-long')).toHaveAttribute(
    'href',
    /kind=relaxation&long=1/,
  );
  await page.getByTestId('diary-offer-open').click();
  await page.locator('#offer-intensity').fill('8');
  await page.getByTestId('offer-medicine-yes').check();
  await page.getByTestId('offer-trigger-neck-jaw').check();
  await axeAndShoot(page, 'headache-tension');
  await page.getByTestId('diary-offer-save').click();
  await expect(page.getByTestId('diary-offer-status')).toHaveText('Saved.');
  // A high score asks the red flags again.
  await expect(page.getByTestId('high-score-check')).toContainText('thunderclap');
  const entry = await page.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    const key = Object.keys(all)
      .filter((k) => /^history:v\d+:\d{4}-\d{2}-\d{2}$/.test(k))
      .sort()
      .pop();
    return key ? (all[key] as { headache?: unknown }).headache : null;
  });
  expect(entry).toEqual({
    intensity: 8,
    type: 'tension-type',
    medicine: true,
    triggers: ['neck-jaw'],
  });

  // The migraine-like path, on another visit: the very calm screen, no neck exercises.
  // The popup closes itself when it opens a page.
  const again = await openHeadacheFromPopup(context, await openPage('popup.html'));
  await again.getByTestId('flags-none').click();
  await again.getByTestId('q1-yes').click();
  await again.getByTestId('q2-no').click();
  await expect(again.getByTestId('path-migraine')).toContainText('neck exercises');
  await axeAndShoot(again, 'headache-migraine');
});

test('the safety page is reachable from the popup and the options page', async ({
  context,
  openPage,
}) => {
  const popup = await openPage('popup.html');
  const opened = context.waitForEvent('page', (p) => p.url().includes('safety.html'));
  await popup.getByRole('button', { name: 'Safety' }).click();
  const page = await opened;
  await expect(page.getByTestId('red-flags')).toContainText('painful red eye');
  await expect(page.getByTestId('stop-signs')).toContainText('urgent medical help');
  await expect(page.getByTestId('pain-rule')).toContainText('settles within a few minutes');
  await expect(page.getByTestId('pt-card')).toContainText('dry needling');
  await axeAndShoot(page, 'safety');
  const options = await openPage('options.html');
  await options.getByTestId('options-safety').click();
  await expect(options.getByTestId('pt-card')).toBeVisible();
  // The lighter routine opens on the break page.
  await options.getByTestId('bad-day-start').click();
  await expect(options.getByTestId('exercise-safety')).toBeVisible();
  await options.getByTestId('safety-none').click();
  await expect(options.getByTestId('break-intro')).toContainText('A lighter routine for a bad day');
});
