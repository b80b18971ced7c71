/**
 * The desk check with the fake camera (the npm-shipped webcam photo of a person): it measures a
 * distance range and the light, lists what the camera cannot see, keeps the result locally, and a
 * re-check shows the change since the first. Offered at the end of onboarding. axe light and dark.
 */
import { expect, test } from './fixtures';
import { axeAndShoot } from './page-check';

test('reports a distance range and the light; a re-check compares', async ({ openPage }) => {
  test.setTimeout(120_000);
  // From the popup, as a person gets there; the worker is up by then.
  const page = await openPage('popup.html');
  await expect(page.getByTestId('next-break')).toBeVisible();
  await page.goto(page.url().replace('popup.html', 'desk-check.html'));
  await expect(page.getByTestId('desk-intro')).toBeVisible();
  await axeAndShoot(page, 'desk-check-intro');
  await page.getByTestId('desk-start').click();
  await expect(page.getByTestId('desk-results')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('desk-distance-value')).toHaveText(/about \d+–\d+ cm/);
  const [lo, hi] = ((await page.getByTestId('desk-distance-value').textContent()) ?? '')
    .match(/\d+/g)!
    .map(Number) as [number, number];
  expect(lo).toBeGreaterThan(15);
  expect(hi).toBeGreaterThan(lo);
  expect(hi).toBeLessThan(250);
  await expect(page.getByTestId('desk-light')).not.toHaveAttribute('data-verdict', 'unknown');
  await expect(page.getByTestId('desk-light')).toContainText(
    /Light: (your face|it is dark|the light)/,
  );
  await expect(page.getByTestId('desk-checklist')).toContainText('separate keyboard');
  await page.getByTestId('desk-item-elbows').check();
  const stored = await page.evaluate(
    async () =>
      (await chrome.storage.local.get('deskcheck:v1'))['deskcheck:v1'] as {
        last: { distance: { cm: number[] }; checked: string[] };
      },
  );
  expect(stored.last.distance.cm).toEqual([lo, hi]);
  await expect
    .poll(() =>
      page.evaluate(
        async () =>
          (
            (await chrome.storage.local.get('deskcheck:v1'))['deskcheck:v1'] as {
              last: { checked: string[] };
            }
          ).last.checked,
      ),
    )
    .toEqual(['elbows']);
  await axeAndShoot(page, 'desk-check-results');

  await page.getByTestId('desk-recheck').click();
  await expect(page.getByTestId('desk-distance-change')).toContainText('as last time', {
    timeout: 60_000,
  });
  await expect(page.getByTestId('desk-distance-change')).toContainText(
    `before: about ${lo}–${hi} cm`,
  );
  await expect(page.getByTestId('desk-item-elbows')).toBeChecked();
});
