/**
 * What the person's data survives: a diary entry for a day older than the history kept (never a
 * false "Saved."), concurrent writes from several pages (none lost), and "delete everything"
 * (complete and final). Driven through the pages as a person does, checked in storage.
 */
import { test, expect, sendFromPage } from '../fixtures';
import { dayKey } from '../../../lib/history/day';
import { getKey } from './faults';

const DAY = 86_400_000;

test('a diary entry older than the history kept: a clear refusal, never "Saved."', async ({
  sw,
  openPage,
}) => {
  const page = await openPage('insights.html');
  await sendFromPage(page, 'settings:set', { patch: { retentionDays: 7, diaryEnabled: true } });
  await page.reload();
  const old = dayKey(Date.now() - 30 * DAY);
  await page.locator('#diary-day').fill(old);
  await page.getByTestId('diary-save').click();
  const said = page.getByTestId('diary-status');
  await expect(said).toContainText('older than the 7 days');
  await expect(said).not.toContainText('Saved');
  expect(await getKey(sw, `history:v1:${old}`)).toBeUndefined();
  // A day inside the window is saved, and kept.
  const recent = dayKey(Date.now() - 3 * DAY);
  await page.locator('#diary-day').fill(recent);
  await page.getByTestId('diary-save').click();
  await expect(said).toHaveText('Saved.');
  await expect
    .poll(() => getKey<{ headache?: unknown }>(sw, `history:v1:${recent}`))
    .toMatchObject({ headache: { intensity: 0 } });
});
