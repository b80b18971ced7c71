/**
 * The posture engine end to end: real camera frames (fake device), real model, calibration through
 * the onboarding UI, then neutral -> forward-head -> neutral as the clip changes posture.
 */
import { test, expect, sendFromPage } from './fixtures';
import { calibrateViaOnboarding, holdCamera, postureStills, status } from './helpers';
import { emptyClip, sequenceClip, unreadableClip } from '../../scripts/lib/clips.mjs';

const NEUTRAL_S = 45;
const FORWARD_S = 75;
const stills = postureStills();

test.describe('posture transitions', () => {
  test.use({
    clip: sequenceClip(`posture-${stills.source.replace(/\W+/g, '-')}`, [
      [stills.neutral, NEUTRAL_S],
      [stills.forward, FORWARD_S],
      [stills.neutral, 90],
    ]),
  });

  test(`calibrate, then neutral -> forward-head -> neutral (${stills.source})`, async ({
    openPage,
    sw,
  }) => {
    test.setTimeout(300_000);
    // Record what the worker asks the notification centre to show (getAll gives only ids).
    await sw.evaluate(() => {
      const g = globalThis as unknown as { shown: [string, unknown][] };
      g.shown = [];
      const create = chrome.notifications.create.bind(chrome.notifications);
      chrome.notifications.create = ((
        id: string,
        opts: chrome.notifications.NotificationOptions,
      ) => {
        g.shown.push([id, opts]);
        return create(id, opts as chrome.notifications.NotificationCreateOptions);
      }) as typeof chrome.notifications.create;
    });
    const holder = await holdCamera(openPage);
    await sendFromPage(holder, 'settings:set', { patch: { nudgeAfterSec: 30 } });
    const clipStart = Date.now();
    const onboarding = await calibrateViaOnboarding(openPage);
    await onboarding.close();
    await expect
      .poll(async () => (await status(holder)).posture.kind, { timeout: 30_000 })
      .toBe('neutral');
    const switchAt = clipStart + NEUTRAL_S * 1000;
    expect(Date.now()).toBeLessThan(switchAt); // still in the neutral part of the clip
    await expect
      .poll(async () => (await status(holder)).posture.kind, {
        timeout: FORWARD_S * 1000,
        intervals: [1000],
      })
      .toBe('forward-head');
    const latencyS = (Date.now() - switchAt) / 1000;
    expect(latencyS).toBeLessThan(60);
    // The popup explains it: how far from the person's own neutral, for how long, one tip.
    const popup = await openPage('popup.html');
    await expect(popup.getByTestId('forward-help')).toContainText(
      /(a little|clearly) ahead of your own calibrated upright posture\. For .+ so far\./,
    );
    await popup.close();
    // The nudge comes with its two buttons.
    const nudgeButtons = () =>
      sw.evaluate(() => {
        const g = globalThis as unknown as { shown: [string, { buttons?: { title: string }[] }][] };
        const n = g.shown.find(([id]) => id === 'chinup-nudge');
        return n ? (n[1].buttons ?? []).map((b) => b.title) : null;
      });
    await expect
      .poll(nudgeButtons, { timeout: 60_000, intervals: [1000] })
      .toEqual(['Snooze', 'Pause 1 hour']);
    await expect
      .poll(async () => (await status(holder)).posture.kind, { timeout: 90_000, intervals: [1000] })
      .toBe('neutral');
    expect(Date.now()).toBeGreaterThan(clipStart + (NEUTRAL_S + FORWARD_S) * 1000);
  });
});

test.describe('nobody in frame', () => {
  test.use({ clip: emptyClip() });
  test('reports away, and calibration explains that nobody is visible', async ({ openPage }) => {
    const page = await openPage('managed-schema.json');
    await sendFromPage(page, 'settings:set', { patch: { awayAfterSec: 10 } });
    await expect
      .poll(async () => (await status(page)).posture.kind, { timeout: 60_000 })
      .toBe('away');
    const onboarding = await openPage('onboarding.html#calibrate');
    await onboarding.getByTestId('allow-camera').click();
    await expect(onboarding.getByTestId('calibration-feedback')).toContainText(
      /can.t see|no one|nobody/i,
    );
  });
});

test.describe('camera denied', () => {
  test.use({ extraArgs: ['--use-fake-ui-for-media-stream=deny'] });
  test('the product says the camera is blocked and how to fix it', async ({ openPage }) => {
    const page = await openPage('managed-schema.json');
    await expect.poll(async () => (await status(page)).camera, { timeout: 60_000 }).toBe('denied');
    const popup = await openPage('popup.html');
    await expect(popup.getByTestId('camera-problem')).toBeVisible();
    const onboarding = await openPage('onboarding.html#calibrate');
    await onboarding.getByTestId('allow-camera').click();
    await expect(onboarding.getByTestId('camera-error')).toBeVisible();
  });
});

test.describe('camera busy', () => {
  test.use({ clip: unreadableClip() });
  test('reports the camera as busy and tells the person why', async ({ openPage }) => {
    const page = await openPage('managed-schema.json');
    await expect.poll(async () => (await status(page)).camera, { timeout: 90_000 }).toBe('busy');
    const popup = await openPage('popup.html');
    await expect(popup.getByTestId('camera-problem')).toBeVisible();
  });
});

test.describe('no camera', () => {
  test.use({ clip: '/nonexistent/no-camera.y4m' });
  test('reports that there is no camera and offers reminders only', async ({ openPage }) => {
    const page = await openPage('managed-schema.json');
    await expect
      .poll(async () => (await status(page)).camera, { timeout: 60_000 })
      .toBe('no-camera');
    const popup = await openPage('popup.html');
    await expect(popup.getByTestId('camera-problem')).toBeVisible();
  });
});
