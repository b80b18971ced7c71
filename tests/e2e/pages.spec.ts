/**
 * The pages people see, end to end in Chromium with the built extension and a fake camera:
 * onboarding to a calibrated baseline, the reminders-only path, popup pause/resume, options
 * reaching the service worker, export and delete, insights with the diary; axe on every page in
 * light and dark. With CHINUP_SCREENSHOTS=<dir> it also saves a screenshot of every page.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, sendFromPage, test } from './fixtures';
import { axeAndShoot } from './page-check';
import type { AppStatus } from '../../lib/messages';
import type { ResolvedSettings } from '../../lib/settings-policy';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** A week of history, as the service worker would have recorded it. */
async function seedHistory(page: Page) {
  await page.evaluate(async () => {
    const items: Record<string, unknown> = {};
    for (let i = 0; i < 7; i++) {
      const d = new Date();
      d.setDate(d.getDate() - i);
      const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      items[`history:v1:${day}`] = {
        v: 1,
        day,
        monitoredMin: 200 + i * 10,
        forwardHeadMin: 40 - i * 4,
        awayMin: 30,
        nudges: 3 - (i % 3),
        breaksTaken: 5 - (i % 2),
        breaksSnoozed: i % 3,
        breaksSkipped: i % 2,
        exerciseSec: 300,
        exercises: {
          'chin-tuck': { sets: 1, reps: 6 + i, holdSec: 5 + (i % 4), durationSec: 300 },
        },
        ...(i % 2 === 0 ? { headache: { intensity: 2 + i, note: 'afternoon' } } : {}),
      };
    }
    await chrome.storage.local.set(items);
  });
}

test('onboarding: camera preview, calibration to "Calibrated", preset and safety', async ({
  openPage,
}) => {
  const page = await openPage('onboarding.html');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await axeAndShoot(page, 'onboarding-welcome');
  await page.getByTestId('use-camera').click();
  await page.getByTestId('allow-camera').click();
  await expect(page.getByTestId('calibration-feedback')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('calibration-feedback')).toContainText('Looks good', {
    timeout: 30_000,
  });
  await axeAndShoot(page, 'onboarding-camera');
  await page.getByTestId('start-calibration').click();
  await expect(page.getByTestId('calibration-status')).toContainText('Calibrated', {
    timeout: 60_000,
  });
  await axeAndShoot(page, 'onboarding-calibrated');
  await page.getByTestId('calibration-continue').click();
  await page.getByLabel(/Focused/).check();
  await axeAndShoot(page, 'onboarding-schedule');
  await page.getByTestId('schedule-save').click();
  await expect(page.getByRole('heading', { name: /clinician/ })).toBeVisible();
  await axeAndShoot(page, 'onboarding-safety');
  await page.getByTestId('safety-ok').click();
  await expect(page.getByTestId('onboarding-done')).toBeVisible();
  const r = await sendFromPage<ResolvedSettings>(page, 'settings:get');
  expect(r.settings.strictness).toBe('firm');
  expect(r.settings.cameraEnabled).toBe(true);
  const s = await sendFromPage<AppStatus>(page, 'status:get');
  expect(s.hasBaseline).toBe(true);
  // The popup now judges posture against the new baseline (the same still photo: upright).
  const popup = await openPage('popup.html');
  await expect(popup.getByTestId('posture')).toHaveAttribute('data-kind', 'neutral', {
    timeout: 60_000,
  });
  await axeAndShoot(popup, 'popup-monitoring', { width: 440, height: 600 });
});

test('onboarding without a camera: reminders only', async ({ openPage }) => {
  const page = await openPage('onboarding.html');
  await page.getByTestId('no-camera').click();
  await expect(page.getByTestId('reminders-only-note')).toBeVisible();
  const r = await sendFromPage<ResolvedSettings>(page, 'settings:get');
  expect(r.settings.cameraEnabled).toBe(false);
});

test('popup: status, pause and resume', async ({ openPage }) => {
  const page = await openPage('popup.html');
  await expect(page.getByTestId('next-break')).toBeVisible();
  await axeAndShoot(page, 'popup', { width: 440, height: 600 });
  await page.getByRole('button', { name: '30 min' }).click();
  await expect(page.getByTestId('paused')).toBeVisible();
  expect((await sendFromPage<AppStatus>(page, 'status:get')).monitoring).toBe('paused');
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByTestId('paused')).toBeHidden();
  expect((await sendFromPage<AppStatus>(page, 'status:get')).monitoring).not.toBe('paused');
});

test('options: a valid change reaches the service worker, an invalid one is refused', async ({
  openPage,
}) => {
  const page = await openPage('options.html');
  const field = page.getByLabel('Micro-break every');
  await expect(field).toBeVisible();
  await axeAndShoot(page, 'options', { width: 1280, height: 800 });
  await field.fill('25');
  await field.press('Enter');
  await expect(page.getByTestId('saved-status')).toContainText('Micro-break every');
  expect(
    (await sendFromPage<ResolvedSettings>(page, 'settings:get')).settings.microBreakEveryMin,
  ).toBe(25);
  await field.fill('3');
  await field.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: '10 to 60' })).toBeVisible();
  expect(
    (await sendFromPage<ResolvedSettings>(page, 'settings:get')).settings.microBreakEveryMin,
  ).toBe(25);
});

test('options: the backup file and the CSV are valid; delete removes everything', async ({
  openPage,
}) => {
  const page = await openPage('options.html');
  await seedHistory(page);
  await page.getByRole('tab', { name: 'Your data' }).click();
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save a backup file' }).click(),
  ]);
  const bundle = JSON.parse(readFileSync((await json.path())!, 'utf8'));
  expect(bundle).toMatchObject({ app: 'chin-up', kind: 'backup' });
  expect(bundle.days).toHaveLength(7);
  expect(bundle.days.at(-1).day).toBe(today());
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as CSV' }).click(),
  ]);
  const lines = readFileSync((await csv.path())!, 'utf8')
    .trim()
    .split('\r\n');
  expect(lines).toHaveLength(8);
  expect(lines[0]).toContain('chin-tuckReps');
  await page.getByRole('button', { name: 'Delete all data…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByTestId('data-status')).toContainText('deleted');
  const left = await page.evaluate(() => chrome.storage.local.get(null));
  expect(Object.keys(left).filter((k) => k.startsWith('history:'))).toEqual([]);
});

test('insights: summaries, charts and the headache diary', async ({ openPage }) => {
  const seed = await openPage('options.html');
  await seedHistory(seed);
  const page = await openPage('insights.html');
  await expect(page.getByTestId('stat-streak')).toContainText('7');
  await expect(page.getByTestId('charts').locator('canvas').first()).toBeVisible();
  await axeAndShoot(page, 'insights', { width: 1000, height: 1400 });
  await page.getByRole('tab', { name: 'Today' }).click();
  await expect(page.getByTestId('stat-nudges')).toContainText('3');
  await page.getByLabel('Note (optional)').fill('after a long call');
  await page.getByTestId('diary-save').click();
  await expect(page.getByTestId('diary-status')).toContainText('Saved');
  const rec = await page.evaluate((k) => chrome.storage.local.get(k), `history:v1:${today()}`);
  expect(JSON.stringify(rec)).toContain('after a long call');
});

test('the language setting switches the pages to German and Spanish', async ({ openPage }) => {
  const page = await openPage('options.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await page.getByRole('tab', { name: 'Language' }).click();
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einstellungen');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  // The page reloads in German on the tab it was on.
  await expect(page.getByRole('tab', { name: 'Sprache' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Pausen' }).click();
  await axeAndShoot(page, 'options-de', { width: 1280, height: 800 });
  const popup = await openPage('popup.html');
  await expect(popup.getByRole('button', { name: 'Jetzt Pause machen' })).toBeVisible();
  await sendFromPage(popup, 'settings:set', { patch: { language: 'es' } });
  const insights = await openPage('insights.html');
  await expect(insights.getByRole('heading', { level: 1 })).toHaveText('Estadísticas');
  await axeAndShoot(insights, 'insights-es');
});

test('an options change reaches the scheduler: a shorter micro-break interval brings the next break forward', async ({
  openPage,
}) => {
  const page = await openPage('options.html');
  // Neck training off: inside its window (10:00-16:00) it would be the next break.
  await sendFromPage(page, 'settings:set', { patch: { neckTrainingEnabled: false } });
  await page.reload();
  const field = page.getByLabel('Micro-break every');
  await expect(field).toBeVisible();
  await page.getByLabel('Movement breaks', { exact: true }).uncheck();
  await expect(page.getByTestId('saved-status')).toContainText('Movement breaks');
  await field.fill('60');
  await field.press('Enter');
  await expect(page.getByTestId('saved-status')).toContainText('Micro-break every');
  const before = await sendFromPage<AppStatus>(page, 'status:get');
  expect(before.nextBreakKind).toBe('micro');
  expect(before.nextBreakAt! - Date.now()).toBeGreaterThan(30 * 60_000);
  await field.fill('10');
  await field.press('Enter');
  await expect
    .poll(async () => {
      const s = await sendFromPage<AppStatus>(page, 'status:get');
      return s.nextBreakAt! - Date.now();
    })
    .toBeLessThanOrEqual(10 * 60_000);
});

/** Presses Tab until `target` has the focus (at most `max` presses), then asserts it has. */
async function tabTo(page: Page, target: Locator, max = 15) {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('onboarding works with the keyboard alone', async ({ openPage }) => {
  const page = await openPage('onboarding.html');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Every key waits for the state the last one produced (focus, checked), never for time.
  await tabTo(page, page.getByTestId('no-camera'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('reminders-only-note')).toBeVisible();
  // Focus moves to the new step's heading after rendering; Tab only from there.
  await expect(page.locator('#sched-h')).toBeFocused();
  await page.keyboard.press('Tab');
  // Into the radio group: the checked preset has the focus, and arrows move the choice.
  await expect(page.locator('input[name="preset"]:checked')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByLabel(/Gentle/)).toBeChecked();
  await expect(page.getByLabel(/Gentle/)).toBeFocused();
  await tabTo(page, page.getByTestId('schedule-save'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('safety-ok')).toBeVisible();
  await expect(page.locator('#safety-h')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('safety-ok')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('onboarding-done')).toBeVisible();
  const r = await sendFromPage<ResolvedSettings>(page, 'settings:get');
  expect(r.settings.strictness).toBe('gentle');
});

test.describe('popup with a blocked camera', () => {
  test.use({ extraArgs: ['--use-fake-ui-for-media-stream=deny'] });
  test('explains the problem, and its one action opens the camera step', async ({
    openPage,
    context,
  }) => {
    const popup = await openPage('popup.html');
    await expect
      .poll(async () => (await sendFromPage<AppStatus>(popup, 'status:get')).camera, {
        timeout: 60_000,
      })
      .toBe('denied');
    await expect(popup.getByTestId('camera-problem')).toContainText('Camera access is blocked');
    await axeAndShoot(popup, 'popup-camera-denied', { width: 440, height: 600 });
    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Allow the camera' }).click(),
    ]);
    await expect(tab).toHaveURL(/onboarding\.html#camera$/);
    await expect(tab.getByTestId('allow-camera')).toBeVisible();
  });
});
