/**
 * Insights as a new person sees it (issue 17): on day one one friendly note instead of zero tiles
 * and empty charts; with a few days of data, the days before the first one are empty (not zeros),
 * exercise time counts real exercises, and the Today tab has its own chart. axe light and dark;
 * screenshots with CHINUP_SCREENSHOTS=<dir>.
 */
import type { Page } from '@playwright/test';
import { expect, sendFromPage, test } from './fixtures';
import { axeAndShoot } from './page-check';

/** Local day key `offset` days from today, as the service worker writes it. */
function dayKey(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const tuck = (durationSec: number) => ({ sets: 1, reps: 5, holdSec: 5, durationSec });
const lookAway = (n: number) => ({ sets: n, reps: n, holdSec: 0, durationSec: 20 * n });

/** Two days with data: the day before yesterday and today (yesterday Chin Up saw nothing). */
async function seedFewDays(page: Page) {
  const first = dayKey(-2);
  const today = dayKey(0);
  await page.evaluate(
    async ([first, today, tuck120, tuck60, look3, look2]) => {
      await chrome.storage.local.set({
        [`history:v1:${first}`]: {
          v: 1,
          day: first,
          monitoredMin: 120,
          forwardHeadMin: 30,
          awayMin: 20,
          nudges: 2,
          breaksTaken: 4,
          exerciseSec: 120 + 60,
          exercises: { 'chin-tuck': tuck120, 'far-focus': look3 },
        },
        [`history:v1:${today}`]: {
          v: 1,
          day: today,
          monitoredMin: 90,
          forwardHeadMin: 15,
          awayMin: 10,
          nudges: 1,
          breaksTaken: 2,
          breaksSkipped: 1,
          exerciseSec: 60 + 40,
          exercises: { 'chin-tuck': tuck60, 'far-focus': look2 },
        },
      });
    },
    [first, today, tuck(120), tuck(60), lookAway(3), lookAway(2)] as const,
  );
}

test('day one: one friendly note, no zero tiles, no empty charts', async ({ openPage }) => {
  const page = await openPage('options.html');
  // Reminders only, so no camera minutes get recorded while the test runs.
  await sendFromPage(page, 'settings:set', { patch: { cameraEnabled: false } });
  const insights = await openPage('insights.html');
  await expect(insights.getByTestId('insights-first-day')).toContainText(
    'Nothing has been recorded yet',
  );
  await expect(insights.getByTestId('summary')).toHaveCount(0);
  await expect(insights.getByRole('tab')).toHaveCount(0);
  await expect(insights.locator('canvas')).toHaveCount(0);
  // The diary can be used from the first day.
  await expect(insights.getByTestId('diary-save')).toBeVisible();
  await axeAndShoot(insights, 'insights-day-one');
});

test('a few days: earlier days are empty, real exercise time, and the Today chart', async ({
  openPage,
}) => {
  const seed = await openPage('options.html');
  await sendFromPage(seed, 'settings:set', { patch: { cameraEnabled: false } });
  await seedFewDays(seed);
  const page = await openPage('insights.html');
  await expect(page.getByTestId('stat-taken')).toContainText('6');
  // 120 s + 60 s of chin tucks; the five 20-second looks into the distance are breaks, not exercise.
  await expect(page.getByTestId('stat-exercise-min')).toContainText('3 min');
  await expect(page.getByTestId('insights-since')).toBeVisible();
  await expect(page.getByTestId('charts').locator('canvas').first()).toBeVisible();

  // The breaks chart's table: no data before the first day, a real zero on the day in between.
  const breaks = page.locator('figure.chart').filter({ hasText: 'Breaks per day' });
  await breaks.getByText('Show as a table').click();
  const taken = breaks.locator('tbody tr td:first-of-type');
  await expect(taken).toHaveText(['—', '—', '—', '—', '4', '0', '2']);
  await expect(page.getByTestId('exercise-table').locator('tbody tr')).toHaveCount(1);
  await axeAndShoot(page, 'insights-few-days', { width: 1000, height: 1400 });

  await page.getByRole('tab', { name: 'Today' }).click();
  const today = page.getByTestId('today-chart');
  await expect(today).toBeVisible();
  await expect(today.getByTestId('today-time')).toContainText('Time with the head forward: 15 min');
  await expect(today.getByTestId('today-time')).toContainText(
    'Time with the head upright: 1 h 15 min',
  );
  await expect(today.getByTestId('today-breaks')).toContainText('Breaks skipped: 1');
  await axeAndShoot(page, 'insights-today');
});
