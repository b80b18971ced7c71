/**
 * Neck training end to end: the popup's "Neck training" button starts the scheduler's
 * neck-training break, the break page runs it with the camera coach on a fake-camera clip of
 * chin tucks, and the completed set moves the progression up a level (shown at the next session
 * and on the insights page). With CHINUP_SCREENSHOTS=<dir> it saves the intro and insights.
 */
import { expect, sendFromPage, test } from './fixtures';
import { axeAndShoot } from './page-check';
import { CHIN_TUCK_DIR, chinTuckClip, haveChinTuckFrames } from './chin-tuck-clip';

const DAY = 86_400_000;

test.describe('neck training from the popup', () => {
  test.skip(!haveChinTuckFrames, `dataset frames missing under ${CHIN_TUCK_DIR}`);
  test.use({
    clip: chinTuckClip(),
  });

  test('starts from the popup, runs with the camera coach and moves the progression', async ({
    context,
    openPage,
  }) => {
    test.setTimeout(200_000);
    const popup = await openPage('popup.html');
    // Keep the monitoring camera closed so the clip starts from its first frame for the coach.
    await sendFromPage(popup, 'monitor:pause', { choice: '1h' }).catch(() => undefined);
    // Two complete sessions at level 0 over the last days: a third complete one moves up.
    await popup.evaluate(async (day) => {
      const now = Date.now();
      await chrome.storage.local.set({
        'exercise:neckLog': [
          { at: now - 3 * day, level: 0, repsDone: 3 },
          { at: now - 2 * day, level: 0, repsDone: 3 },
        ],
      });
    }, DAY);
    await popup.reload();
    const opened = context.waitForEvent('page', (p) => p.url().includes('kind=neck-training'));
    await popup.getByTestId('popup-neck-training').click();
    const page = await opened;
    expect(new URL(page.url()).searchParams.get('id')).toMatch(/^neck-training-/);
    await page.getByTestId('safety-none').click();
    await expect(page.getByTestId('progression')).toHaveText('Today: 3 × 5 s holds.');
    // The "skip this if" advice comes before the first run.
    await expect(page.locator('[data-skip-for="chin-tuck"]')).toContainText('neck injury');
    await axeAndShoot(page, 'neck-training-intro');
    await page.getByTestId('break-start').click();
    await expect(page.getByTestId('exercise-card')).toHaveAttribute('data-exercise', 'chin-tuck');
    await expect(page.getByTestId('coach-limit')).toContainText('front of your neck');
    await expect(page.getByTestId('coach-message')).toContainText(/Good, 1 of 3/, {
      timeout: 60_000,
    });
    await expect(page.getByTestId('exercise-card')).toHaveAttribute(
      'data-exercise',
      'shoulder-shrug-strength',
      { timeout: 60_000 },
    );
    await expect
      .poll(() =>
        page.evaluate(
          async () =>
            ((await chrome.storage.local.get('exercise:neckLog'))['exercise:neckLog'] as unknown[])
              .length,
        ),
      )
      .toBe(3);

    // The next session starts one level up, and insights shows the level reached.
    const next = await openPage('break.html?kind=neck-training');
    await expect(next.getByTestId('progression')).toHaveText('Level up: 5 × 5 s holds today.');
    await expect(next.locator('[data-skip-for="chin-tuck"]')).toHaveCount(0);
    const insights = await openPage('insights.html');
    await expect(insights.getByTestId('neck-level-value')).toContainText(
      'Level 2 of 7: chin tucks 5 × 5 s holds',
    );
  });
});
