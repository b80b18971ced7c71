/**
 * The break page end to end in Chromium with the built extension and a fake camera: a routine runs
 * to completion and lands in the local history, the camera coach counts chin tucks from a clip
 * alternating forward-head and upright frames of one person, and "this hurts" stops the routine.
 * With CHINUP_SCREENSHOTS=<dir> it saves the break page in light, dark and reduced motion.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, sendFromPage, test } from './fixtures';
import { CHIN_TUCK_DIR, chinTuckClip, haveChinTuckFrames } from './chin-tuck-clip';

const SHOTS = process.env.CHINUP_SCREENSHOTS;

/** Today's history record, read from storage.local. */
async function todayRecord(page: Page) {
  return page.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    const key = Object.keys(all)
      .filter((k) => /^history:v\d+:\d{4}-\d{2}-\d{2}$/.test(k))
      .sort()
      .pop();
    return key
      ? (all[key] as { exercises: Record<string, { reps: number; holdSec: number }> })
      : null;
  });
}

async function passSafety(page: Page) {
  await expect(page.getByTestId('exercise-safety')).toBeVisible();
  await page.getByTestId('safety-none').click();
  await expect(page.getByTestId('break-intro')).toBeVisible();
}

async function shoot(page: Page, name: string) {
  await page.setViewportSize({ width: 1000, height: 900 });
  for (const [scheme, motion] of [
    ['light', 'no-preference'],
    ['dark', 'no-preference'],
    ['light', 'reduce'],
  ] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: motion });
    const res = await new AxeBuilder({ page }).analyze();
    const bad = res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      const suffix = motion === 'reduce' ? 'reduced-motion' : scheme;
      await page.screenshot({ path: join(SHOTS, `${name}-${suffix}.png`), fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
}

test('a micro-break runs to completion and is recorded locally', async ({ openPage }) => {
  const page = await openPage('break.html?id=e2e-micro&kind=micro');
  await passSafety(page);
  await shoot(page, 'break-intro');
  await page.getByTestId('break-start').click();
  await expect(page.getByTestId('exercise-card')).toHaveAttribute('data-exercise', 'far-focus');
  await expect(page.getByTestId('phase-timer')).toContainText(/\d+ s/);
  await expect(page.getByTestId('break-done')).toBeVisible({ timeout: 40_000 });
  // The record is written asynchronously as the routine ends.
  await expect.poll(async () => (await todayRecord(page))?.exercises['far-focus']?.reps).toBe(1);
  // The acknowledgement persists: the next break goes straight to the routine.
  const again = await openPage('break.html?id=e2e-micro-2&kind=micro');
  await expect(again.getByTestId('break-intro')).toBeVisible();
});

test('"this hurts" stops the routine and removes the exercise', async ({ openPage }) => {
  const page = await openPage('break.html?kind=movement');
  await passSafety(page);
  await page.getByTestId('break-start').click();
  const id = await page.getByTestId('exercise-card').getAttribute('data-exercise');
  await shoot(page, 'break-running');
  await page.getByTestId('break-hurts').click();
  await expect(page.getByTestId('exercise-stopped')).toBeVisible();
  await expect(page.getByTestId('exercise-stopped')).toContainText('Dizziness');
  const removed = await page.evaluate(
    async () => (await chrome.storage.local.get('exercise:removed'))['exercise:removed'],
  );
  expect(removed).toEqual([id]);
  await shoot(page, 'break-stopped');
  const next = await openPage('break.html?kind=movement');
  await expect(next.getByTestId('break-intro')).toBeVisible();
  await next.getByTestId('break-start').click();
  await expect(next.getByTestId('exercise-card')).not.toHaveAttribute('data-exercise', id!);
});

test.describe('language', () => {
  // The browser in English, the language setting in German: the page must follow the setting.
  test.use({ extraArgs: ['--lang=en-US'] });

  test('the break page follows the language setting, not the browser', async ({ openPage }) => {
    const options = await openPage('options.html');
    expect(await options.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^en/);
    await sendFromPage(options, 'settings:set', { patch: { language: 'de' } });
    const page = await openPage('break.html?id=e2e-de&kind=micro');
    await expect(page.getByRole('heading', { name: 'Vor Ihren ersten Übungen' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await page.getByRole('button', { name: 'Nichts davon trifft auf mich zu' }).click();
    await expect(page.getByTestId('break-intro')).toContainText('In die Ferne schauen');
    await expect(page.getByRole('button', { name: 'Starten' })).toBeVisible();
  });
});

test.describe('camera coach', () => {
  test.skip(!haveChinTuckFrames, `dataset frames missing under ${CHIN_TUCK_DIR}`);
  // Forward head first (the reference), then upright = the head glides back: a chin tuck.
  test.use({
    clip: chinTuckClip(),
  });

  test('counts chin tucks from a clip alternating forward-head and upright frames', async ({
    openPage,
  }) => {
    test.setTimeout(180_000);
    const page = await openPage('popup.html');
    // Keep the monitoring camera closed so the clip starts from its first frame for the coach.
    await sendFromPage(page, 'monitor:pause', { choice: '1h' }).catch(() => undefined);
    await page.goto(page.url().replace('popup.html', 'break.html?kind=neck-training'));
    await passSafety(page);
    await page.getByTestId('break-start').click();
    await expect(page.getByTestId('exercise-card')).toHaveAttribute('data-exercise', 'chin-tuck');
    await expect(page.getByText('Camera coach on')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('coach-message')).toContainText(/Good, 1 of 3/, {
      timeout: 40_000,
    });
    if (SHOTS) await shoot(page, 'break-coach');
    await expect(page.getByTestId('exercise-card')).toHaveAttribute(
      'data-exercise',
      'shoulder-shrug-strength',
      { timeout: 60_000 },
    );
    const rec = await todayRecord(page);
    expect(rec?.exercises['chin-tuck']?.reps).toBe(3);
    expect(rec?.exercises['chin-tuck']?.holdSec).toBeGreaterThanOrEqual(15);
    const log = await page.evaluate(
      async () => (await chrome.storage.local.get('exercise:neckLog'))['exercise:neckLog'],
    );
    expect(log).toEqual([expect.objectContaining({ level: 0, repsDone: 3 })]);
  });
});
