/**
 * The optional two-pose step of onboarding with the fake camera: after the neutral calibration the
 * person lets their head drift toward the screen for a few seconds, and the worker stores their own
 * drift with the baseline; skipping keeps the baseline as it was.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { calibrateViaOnboarding, holdCamera, postureStills, status } from './helpers';
import { sequenceClip } from '../../scripts/lib/clips.mjs';

const stills = postureStills();
const NEUTRAL_S = 45;

const storedDrifts = (page: Page) =>
  page.evaluate(async () => {
    const got = await chrome.storage.local.get('baselines');
    const all = (got.baselines ?? {}) as Record<string, { drift?: Record<string, number> }>;
    return Object.values(all).map((b) => b.drift ?? null);
  });

test.describe('two-pose calibration', () => {
  test.use({
    clip: sequenceClip(`drift-${stills.source.replace(/\W+/g, '-')}`, [
      [stills.neutral, NEUTRAL_S],
      [stills.forward, 150],
    ]),
  });

  test(`records the person's own drift after the neutral pose (${stills.source})`, async ({
    openPage,
  }) => {
    test.setTimeout(300_000);
    const holder = await holdCamera(openPage);
    const onboarding = await calibrateViaOnboarding(openPage);
    const step = onboarding.getByTestId('drift-step');
    await expect(step).toHaveAttribute('data-phase', 'offer');
    expect(await storedDrifts(onboarding)).toEqual([null]);
    // The clip has moved on to the drifted pose once the worker itself sees forward head.
    await expect
      .poll(async () => (await status(holder)).posture.kind, {
        timeout: 150_000,
        intervals: [1000],
      })
      .toBe('forward-head');
    await onboarding.getByTestId('drift-start').click();
    await expect(step).toHaveAttribute('data-phase', 'learned', { timeout: 30_000 });
    await expect(onboarding.getByTestId('drift-status')).not.toBeEmpty();
    const [drift] = await storedDrifts(onboarding);
    expect(drift).not.toBeNull();
    expect(Math.hypot(drift!.bow!, drift!.sink!, drift!.lean!)).toBeGreaterThan(1.2);
    await onboarding.getByTestId('calibration-continue').click();
  });
});

test.describe('skipping the two-pose step', () => {
  test('keeps the neutral baseline without a learned drift and turns the camera off', async ({
    openPage,
  }) => {
    test.setTimeout(120_000);
    const onboarding = await calibrateViaOnboarding(openPage);
    await onboarding.getByTestId('drift-skip').click();
    await expect(onboarding.getByTestId('drift-step')).toBeHidden();
    const tracksEnded = () =>
      onboarding.evaluate(() =>
        (
          (document.querySelector('video')?.srcObject as MediaStream | null)?.getTracks() ?? []
        ).every((t) => t.readyState === 'ended'),
      );
    await expect.poll(tracksEnded).toBe(true);
    expect(await storedDrifts(onboarding)).toEqual([null]);
    await onboarding.getByTestId('calibration-continue').click();
  });
});
