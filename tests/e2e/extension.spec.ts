import { test, expect } from './fixtures';
import type { PoseFrame } from '../../lib/posture/types';

test('the extension loads with its fixed id and minimal manifest', async ({ sw, extensionId }) => {
  expect(extensionId).toBe('pmnnbadabgmfhabeekgaippkbcpndacf');
  const manifest = await sw.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.content_scripts ?? []).toEqual([]);
});

test('the offscreen document runs the real pose model on the camera and sends 33 landmarks', async ({
  sw,
}) => {
  // Test-side listener in the worker: sees the same messages the product handles.
  await sw.evaluate(() => {
    const g = globalThis as unknown as { frames: unknown[] };
    g.frames = [];
    chrome.runtime.onMessage.addListener((m: { name?: string; data?: { frame?: unknown } }) => {
      if (m?.name === 'pose:frame') g.frames.push(m.data?.frame);
    });
  });
  await expect
    .poll(() => sw.evaluate(() => (globalThis as unknown as { frames: unknown[] }).frames.length), {
      timeout: 60_000,
    })
    .toBeGreaterThan(0);
  const frame = (await sw.evaluate(
    () => (globalThis as unknown as { frames: unknown[] }).frames[0],
  )) as PoseFrame;
  expect(frame.width).toBe(640);
  expect(frame.poses.length).toBeGreaterThanOrEqual(1);
  const pose = frame.poses[0]!;
  expect(pose).toHaveLength(33);
  const [nose, , , , , , , leftEar, rightEar] = pose;
  const leftShoulder = pose[11]!;
  const rightShoulder = pose[12]!;
  // A seated man, head and shoulders, centred: the nose is above the shoulders and between the ears.
  expect(nose!.y).toBeLessThan(leftShoulder.y);
  expect(nose!.y).toBeLessThan(rightShoulder.y);
  expect(nose!.x).toBeGreaterThan(Math.min(leftEar!.x, rightEar!.x));
  expect(nose!.x).toBeLessThan(Math.max(leftEar!.x, rightEar!.x));
  expect(nose!.x).toBeGreaterThan(0.3);
  expect(nose!.x).toBeLessThan(0.7);
  expect(Math.abs(leftShoulder.x - rightShoulder.x)).toBeGreaterThan(0.15);
  expect(frame.brightness).toBeGreaterThan(20);
});

test('the popup renders', async ({ openPage }) => {
  const page = await openPage('popup.html');
  await expect(page.locator('#app')).not.toBeEmpty();
  await expect(page).toHaveTitle(/Chin Up/);
});
