/**
 * The toolbar popup at its real size: Chrome caps a popup at 600 px, so the popup fits it in en,
 * es and de in every state (needs calibration, calibrated, head forward, live view open, break in
 * progress, paused, reminders-only, the setup changed); reminders-only mode shows no empty camera figures; right
 * after calibrating the state is "calibrated, checking", never "needs calibration". The live view
 * takes the camera from the camera host (never a second camera) and gives it back.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { CLIP_DIR, npmPhoto, sequenceClip } from '../../scripts/lib/clips.mjs';
import { expect, sendFromPage, test } from './fixtures';
import { calibrateViaOnboarding, holdCamera, postureStills, status } from './helpers';
import { axeAndShoot } from './page-check';

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
    await page.setViewportSize({ width: 440, height: 600 });
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

const LANGS = ['en', 'es', 'de'] as const;
const stills = postureStills();
const offscreenDocs = (sw: Worker) =>
  sw.evaluate(
    async () =>
      (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as never] })).length,
  );

test.describe('calibrated popup', () => {
  test.use({
    clip: sequenceClip(`popup-${stills.source.replace(/\W+/g, '-')}`, [
      [stills.neutral, 80],
      [stills.forward, 100],
      [stills.neutral, 60],
    ]),
  });

  test(`fits 600 px calibrated, head forward, live view and break, en/es/de (${stills.source})`, async ({
    openPage,
    sw,
  }) => {
    test.setTimeout(420_000);
    // What the worker asks the notification centre to show (getAll gives only ids).
    await sw.evaluate(() => {
      const g = globalThis as unknown as { shown: string[] };
      g.shown = [];
      const create = chrome.notifications.create.bind(chrome.notifications);
      chrome.notifications.create = ((id: string, o: chrome.notifications.NotificationOptions) => {
        g.shown.push(id);
        return create(id, o as chrome.notifications.NotificationCreateOptions);
      }) as typeof chrome.notifications.create;
    });
    const holder = await holdCamera(openPage);
    await sendFromPage(holder, 'settings:set', { patch: { nudgeAfterSec: 30 } });
    const onboarding = await calibrateViaOnboarding(openPage);
    await onboarding.close();
    await expect
      .poll(async () => (await status(holder)).posture.kind, { timeout: 60_000 })
      .toBe('neutral');
    const heights: Record<string, Record<string, number>> = { en: {}, es: {}, de: {} };
    const popup = await openPage('popup.html');
    await popup.setViewportSize({ width: 440, height: 600 });
    const inLang = async (lang: (typeof LANGS)[number]) => {
      await sendFromPage(popup, 'settings:set', { patch: { language: lang } });
      await popup.reload();
      await expect(popup.locator('html')).toHaveAttribute('lang', lang);
      await expect(popup.getByTestId('posture')).toBeVisible();
    };
    const measure = async (lang: (typeof LANGS)[number], state: string) => {
      heights[lang]![state] = await popupHeight(popup);
      const dir = process.env.CHINUP_POPUP_SHOTS;
      if (dir)
        await popup.screenshot({ path: `${dir}/popup-${state}-${lang}.png`, fullPage: true });
    };
    /** Opens the live view as a person would and waits until it draws the camera. */
    const openLive = async () => {
      await popup.getByTestId('live-toggle').click();
      await expect(popup.getByTestId('live-view')).toHaveAttribute('data-phase', 'on', {
        timeout: 60_000,
      });
      await expect(popup.getByTestId('live-reading')).toBeVisible();
      await expect(popup.getByTestId('live-toggle')).toHaveAttribute('aria-expanded', 'true');
    };
    const closeLive = async () => {
      await popup.getByTestId('live-toggle').click();
      await expect(popup.getByTestId('live-view')).toHaveCount(0);
      await expect(popup.getByTestId('today')).toBeVisible();
    };

    for (const lang of LANGS) {
      await inLang(lang);
      await expect(popup.getByTestId('posture')).toHaveAttribute('data-kind', 'neutral');
      await measure(lang, 'calibrated');
      await openLive();
      // One camera: the host stopped sampling while the popup holds the camera.
      expect(await offscreenDocs(sw), 'no camera host while the live view runs').toBe(0);
      // The same still the person calibrated on: the nose sits on their own line.
      await expect(popup.getByTestId('live-reading')).toHaveAttribute('data-reading', 'on');
      await measure(lang, 'liveView');
      if (lang === 'en') await axeAndShoot(popup, 'popup-live', { width: 440, height: 600 });
      await closeLive();
    }
    // Closing the live view gives the camera back to the host.
    await expect.poll(() => offscreenDocs(sw)).toBe(1);

    await expect
      .poll(async () => (await status(holder)).posture.kind, {
        timeout: 150_000,
        intervals: [1000],
      })
      .toBe('forward-head');
    await inLang('en');
    await expect(popup.getByTestId('forward-help')).toBeVisible();
    // The day's figures follow the state: some of the monitored time was head forward.
    await expect(popup.getByTestId('stat-forward')).not.toContainText(/^\s*(—|0 ?%)/);
    // A nudge on screen is counted at once.
    await expect
      .poll(() => sw.evaluate(() => (globalThis as unknown as { shown: string[] }).shown), {
        timeout: 90_000,
        intervals: [1000],
      })
      .toContain('chinup-nudge');
    // Counted in today's history as soon as it is shown, and the popup shows that count.
    const history = () =>
      sw.evaluate(async () => {
        const all = await chrome.storage.local.get(null);
        return Object.entries(all)
          .filter(([k]) => k.startsWith('history:'))
          .map(([k, v]) => `${k} nudges=${(v as { nudges?: number }).nudges}`)
          .join('; ');
      });
    await expect
      .poll(async () => (await status(holder)).today.nudges, {
        message: `today's nudges (${await history()})`,
      })
      .toBeGreaterThanOrEqual(1);
    await expect(popup.getByTestId('stat-nudges')).not.toContainText(/^\s*0/);
    for (const lang of LANGS) {
      await inLang(lang);
      await expect(popup.getByTestId('forward-help')).toBeVisible();
      await measure(lang, 'forward');
      await openLive();
      await measure(lang, 'forwardLiveView');
      if (lang === 'en') {
        console.log(
          `RESULT live-reading forward ${await popup.getByTestId('live-reading').getAttribute('data-reading')}`,
        );
        await axeAndShoot(popup, 'popup-live-fwd', { width: 440, height: 600 });
      }
      await closeLive();
    }

    // A break in progress: started from the popup as a person would.
    await inLang('en');
    await popup.getByRole('button', { name: 'Take a break now' }).click();
    await expect(popup.getByRole('button', { name: 'Go to the break' })).toBeVisible();
    for (const lang of LANGS) {
      await inLang(lang);
      await expect(popup.getByTestId('next-break')).toBeVisible();
      await measure(lang, 'breakInProgress');
      // The break page may be using the camera for its coach: no live view meanwhile.
      await expect(popup.getByTestId('live-toggle')).toHaveCount(0);
    }
    for (const lang of LANGS)
      console.log(`RESULT popup-height-calibrated ${lang} ${JSON.stringify(heights[lang])}`);
    for (const lang of LANGS) {
      for (const [state, h] of Object.entries(heights[lang]!))
        expect(h, `${lang} ${state}`).toBeLessThanOrEqual(600);
    }
  });
});

/**
 * The npm webcam photo as a camera or seat that moved shows it: fitted into 640x480 the photo is
 * 320 px wide and centred at x 160..480; here it sits at x 260..580, the person 100 px (1.5 face
 * widths) to the right, whole and inside the frame.
 */
function shiftedPhoto(): string {
  const out = join(CLIP_DIR, 'webcam-photo-shifted-100.png');
  if (!existsSync(out))
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-y',
      '-i',
      npmPhoto(),
      '-vf',
      'scale=640:480:force_original_aspect_ratio=decrease,pad=900:480:260:(oh-ih)/2,crop=640:480:0:0',
      out,
    ]);
  return out;
}

/** Seconds of the photo where it was calibrated: calibration ends well within them, even loaded. */
const BEFORE_MOVE_S = 60;
/** Seconds of the moved photo (then the clip loops back): ample for a minute's sustain, loaded. */
const AFTER_MOVE_S = 300;

test.describe('after the setup changed', () => {
  test.use({
    // 2 fps: the engine samples every 4 s at most; a smaller file than 5 fps for six minutes.
    clip: sequenceClip(
      'popup-moved-camera-100',
      [
        [npmPhoto(), BEFORE_MOVE_S],
        [shiftedPhoto(), AFTER_MOVE_S],
      ],
      2,
    ),
  });

  test("the popup's desk-check link opens the desk check", async ({ context, openPage, sw }) => {
    test.setTimeout((BEFORE_MOVE_S + AFTER_MOVE_S + 120) * 1000);
    const holder = await holdCamera(openPage);
    const clipStart = Date.now();
    const onboarding = await calibrateViaOnboarding(openPage);
    await onboarding.close();
    // Calibrated on the photo where it was, before the clip moves it (ear midpoint x 0.53).
    const calibratedS = (Date.now() - clipStart) / 1000;
    expect(calibratedS, 'calibrated before the picture moves').toBeLessThan(BEFORE_MOVE_S);
    const baselines = await sw.evaluate(async () =>
      Object.values((await chrome.storage.local.get('baselines')).baselines as object),
    );
    expect(baselines).toHaveLength(1);
    expect((baselines[0] as { headX: number }).headX).toBeLessThan(0.6);
    // The engine says so after the move has held GEOMETRY_SUSTAIN_MS (60 s) on its samples.
    await expect
      .poll(async () => (await status(holder)).posture, {
        timeout: (BEFORE_MOVE_S + AFTER_MOVE_S - 30) * 1000 - (Date.now() - clipStart),
        intervals: [2000],
      })
      .toEqual({ kind: 'needs-calibration', reason: 'geometry-changed' });
    const afterMoveS = (Date.now() - clipStart) / 1000 - BEFORE_MOVE_S;
    console.log(`RESULT geometry-changed ${afterMoveS.toFixed(0)} s after the picture moved`);
    const popup = await openPage('popup.html');
    await popup.setViewportSize({ width: 440, height: 600 });
    // The state's second line fits Chrome's 600 px popup in every language, the link included.
    const heights: Record<string, number> = {};
    for (const lang of ['es', 'de', 'en'] as const) {
      await sendFromPage(popup, 'settings:set', { patch: { language: lang } });
      await popup.reload();
      await expect(popup.locator('html')).toHaveAttribute('lang', lang);
      await expect(popup.getByTestId('posture')).toHaveAttribute('data-kind', 'needs-calibration');
      await expect(popup.getByTestId('popup-desk-check')).toBeVisible();
      heights[lang] = await popupHeight(popup);
      const dir = process.env.CHINUP_POPUP_SHOTS;
      if (dir)
        await popup.screenshot({ path: `${dir}/popup-setup-changed-${lang}.png`, fullPage: true });
    }
    console.log(`RESULT popup-height-setup-changed ${JSON.stringify(heights)}`);
    for (const [lang, h] of Object.entries(heights)) expect(h, lang).toBeLessThanOrEqual(600);
    const opened = context.waitForEvent('page', (p) => p.url().includes('desk-check.html'));
    await popup.getByTestId('popup-desk-check').click();
    const desk = await opened;
    await expect(desk.getByTestId('desk-intro')).toBeVisible();
  });
});
