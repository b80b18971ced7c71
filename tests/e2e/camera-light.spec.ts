/**
 * The camera-light choice as a person makes it: "Steady" in the options keeps one low-rate camera
 * stream open while monitoring (the light stays on), and posture is still sampled at the
 * engine's interval, not at the stream's rate. The camera host's own streams are watched from
 * another extension page of the same process (`chrome.extension.getViews`), so nothing in the
 * product carries a test hook.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { calibratedAndMonitoring } from './faults/faults';

interface Watch {
  opened: number;
  live: number;
}

/** Counts the streams the camera host opens from now on, and how many are still live. */
async function watchHostStreams(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const host = chrome.extension
      .getViews()
      .find((w) => w.location.pathname === '/offscreen.html') as
      (Window & { e2eStreams?: MediaStream[] }) | undefined;
    if (!host) return false;
    const md = host.navigator.mediaDevices;
    const open = md.getUserMedia.bind(md);
    host.e2eStreams = [];
    md.getUserMedia = async (c?: MediaStreamConstraints) => {
      const s = await open(c);
      host.e2eStreams?.push(s);
      return s;
    };
    return true;
  });
}

const hostStreams = (page: Page): Promise<Watch> =>
  page.evaluate(() => {
    const host = chrome.extension
      .getViews()
      .find((w) => w.location.pathname === '/offscreen.html') as
      (Window & { e2eStreams?: MediaStream[] }) | undefined;
    const s = host?.e2eStreams ?? [];
    return {
      opened: s.length,
      live: s.filter((x) => x.getVideoTracks().some((t) => t.readyState === 'live')).length,
    };
  });

test('steady camera light: one stream stays open and posture is sampled at the engine interval', async ({
  context,
  openPage,
}) => {
  test.setTimeout(240_000);
  const sw = await calibratedAndMonitoring(context, openPage);
  const options = await openPage('options.html#camera');
  await expect.poll(() => watchHostStreams(options), { timeout: 30_000 }).toBe(true);
  await sw.evaluate(() => {
    const g = globalThis as unknown as { e2eFrames: number[] };
    g.e2eFrames = [];
    chrome.runtime.onMessage.addListener((m: { name?: string }) => {
      if (m?.name === 'pose:frame') g.e2eFrames.push(Date.now());
    });
  });

  // The person picks "Steady" and reads what it means.
  await options.getByLabel('Camera light').selectOption('steady');
  await expect(options.getByTestId('camera-light-steady')).toHaveAttribute('aria-current', 'true');

  const frames = () =>
    sw.evaluate(() => (globalThis as unknown as { e2eFrames: number[] }).e2eFrames);
  await expect.poll(async () => (await frames()).length, { timeout: 120_000 }).toBeGreaterThan(3);
  // One stream, opened once after the switch and still live through every sample since.
  expect(await hostStreams(options)).toEqual({ opened: 1, live: 1 });

  // Samples follow the engine's interval (at least 4 s), not the stream's 2 frames a second.
  const session = await sw.evaluate(
    async () => (await chrome.storage.session.get('posture')).posture as { intervalMs: number },
  );
  expect(session.intervalMs).toBeGreaterThanOrEqual(4000);
  const t = await frames();
  const gaps = t.slice(2).map((x, i) => x - t[i + 1]!);
  expect(Math.min(...gaps)).toBeGreaterThan(3000);

  // Back to brief checks: the stream closes between samples.
  await options.getByLabel('Camera light').selectOption('brief');
  await expect.poll(async () => (await hostStreams(options)).live, { timeout: 60_000 }).toBe(0);
});
