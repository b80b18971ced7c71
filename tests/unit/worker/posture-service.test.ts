/**
 * The worker applying the camera host rules (lib/posture/host-rules.ts): the posture service opens
 * and closes the real host lifecycle's stand-in to match the schedule, the camera-light choice and
 * the sampling gap, sets the reopen alarm for a long gap, and gives the camera to a page that
 * borrows it. Real settings and session storage on the WXT fake browser; the host itself (an
 * offscreen document) and its messages are recorded.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CameraWish } from '../../../lib/worker/services';

const h = vi.hoisted(() => ({ open: false, log: [] as string[], configs: [] as unknown[] }));
vi.mock('../../../lib/camera-host/lifecycle', () => ({
  hasCameraHost: async () => h.open,
  ensureCameraHost: async () => {
    const created = !h.open;
    if (created) h.log.push('open host');
    h.open = true;
    return created;
  },
  closeCameraHost: async () => {
    h.log.push('close host');
    h.open = false;
  },
}));
vi.mock('../../../lib/platform/messaging', async (real) => ({
  ...(await real<typeof import('../../../lib/platform/messaging')>()),
  sendToCameraHost: async (name: string, data: unknown) => {
    h.log.push(name);
    if (name === 'sense:configure') h.configs.push(data);
  },
}));

const { createPostureService } = await import('../../../lib/worker/posture-service');
const { readSession, sessionItem, FRESH } = await import('../../../lib/worker/posture-store');
const { setSettings } = await import('../../../lib/worker/settings-store');
const { ALARMS } = await import('../../../lib/platform/registry');
const { REOPEN_BREAK_EVEN_MS, REOPEN_LEAD_MS } = await import('../../../lib/posture/host-rules');
/** A gap past the break-even (210 s today): the host closes between samples. */
const LONG_GAP_MS = REOPEN_BREAK_EVEN_MS + 60_000;

const T0 = Date.UTC(2026, 11, 2, 10);
const listener = {
  onPosture: vi.fn(async () => undefined),
  onCamera: vi.fn(async () => undefined),
};
let wish: CameraWish;
const service = () =>
  createPostureService(
    listener,
    async () => wish,
    () => T0,
  );
const reopenAlarm = () => fakeBrowser.alarms.get(ALARMS.hostReopen);

/** The session as the last frame left it: a neutral posture, sampled `intervalMs` apart. */
async function sampled(intervalMs: number, lastFrameAt = T0 - 1000) {
  await sessionItem.setValue({
    ...FRESH,
    posture: { kind: 'neutral' },
    camera: 'on',
    deviceId: 'cam',
    intervalMs,
    lastFrameAt,
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  h.open = false;
  h.log = [];
  h.configs = [];
  wish = { block: null, idle: 'active' };
});

describe('the posture service applies the host rules', () => {
  it('opens and configures the host while the schedule wants the camera', async () => {
    await service().reconcile(T0);
    expect(h.log).toEqual(['open host', 'sense:configure']);
    expect(h.configs[0]).toMatchObject({ keepCameraOpen: expect.any(Boolean), burstFrames: 1 });
    expect(await reopenAlarm()).toBeUndefined();
  });

  it('paused: closes an open host, says the camera is off, sets no alarm', async () => {
    await sampled(10_000);
    h.open = true;
    wish = { block: 'paused', idle: 'active' };
    await service().reconcile(T0);
    expect(h.log).toEqual(['sense:stop', 'close host']);
    expect(h.open).toBe(false);
    expect((await readSession()).camera).toBe('off');
    expect(await reopenAlarm()).toBeUndefined();
  });

  it('brief checks and a long gap: closed until just before the next sample, interval kept', async () => {
    await setSettings({ cameraLight: 'brief' });
    await sampled(LONG_GAP_MS);
    h.open = true;
    await service().reconcile(T0);
    expect(h.open).toBe(false);
    const alarm = await reopenAlarm();
    expect(alarm?.scheduledTime).toBe(T0 - 1000 + LONG_GAP_MS - REOPEN_LEAD_MS);
    expect((await readSession()).intervalMs).toBe(LONG_GAP_MS);
  });

  it('the steady light stays open through the same long gap', async () => {
    await setSettings({ cameraLight: 'steady' });
    await sampled(LONG_GAP_MS);
    h.open = true;
    await service().reconcile(T0);
    expect(h.open).toBe(true);
    expect(h.log).not.toContain('close host');
    expect(h.configs.at(-1)).toMatchObject({ keepCameraOpen: true, frameRateMax: 2 });
    expect(await reopenAlarm()).toBeUndefined();
  });

  it('a page borrowing the camera closes the host with no alarm; giving it back reopens', async () => {
    await sampled(10_000);
    h.open = true;
    const s = service();
    await s.lend(true, T0);
    expect(h.open).toBe(false);
    expect(await reopenAlarm()).toBeUndefined();
    // Lent, not off: the camera is still in use, by the page.
    expect((await readSession()).camera).toBe('on');
    await s.lend(false, T0);
    expect(h.open).toBe(true);
  });
});
