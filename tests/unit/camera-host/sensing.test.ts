/**
 * The camera host when the camera goes away mid-run: the video track ends (device unplugged),
 * the device is then missing, or the permission is revoked. Chromium's fake camera cannot end a
 * track from a test, so this drives the real sensing loop and camera adapter with a fake
 * MediaStreamTrack; the model and the messaging are stubbed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Landmarker } from '../../../lib/pose/landmarker';
import type { PoseFrame } from '../../../lib/posture/types';

const h = vi.hoisted(() => ({
  sent: [] as { name: string; data: Record<string, unknown> }[],
  handlers: {} as Record<string, (d: unknown) => unknown>,
  /** While set, the model throws on detect (a lost WebGL context). */
  detectFails: false,
  loads: 0,
}));

vi.mock('../../../lib/platform/messaging', () => ({
  handleMessages: (_to: string, handlers: Record<string, (d: unknown) => unknown>) => {
    h.handlers = handlers;
    return () => undefined;
  },
  sendToBackground: async (name: string, data: Record<string, unknown>) => {
    h.sent.push({ name, data });
    return null;
  },
}));
// Frame copying needs a real video pipeline (the e2e suite runs it): a fixed frame here.
vi.mock('../../../lib/pose/frame-grab', () => ({
  createFrameGrabber: () => ({ grab: async () => ({ width: 640, height: 480 }) }),
  meanLuma: () => 128,
}));
vi.mock('../../../lib/pose/landmarker', () => ({
  createLandmarker: async (): Promise<Landmarker> => {
    h.loads += 1;
    return {
      detect: (): PoseFrame => {
        if (h.detectFails) throw new Error('WebGL context lost');
        return { t: Date.now(), poses: [], brightness: 128, width: 640, height: 480 };
      },
      loadMs: 1,
      close: () => undefined,
    };
  },
  WebGlUnavailableError: class extends Error {},
}));

import { reloadBackoffMs, startSensing } from '../../../lib/camera-host/sensing';

class FakeTrack extends EventTarget {
  stopped = false;
  stop() {
    this.stopped = true; // like a real track, stop() itself fires no 'ended'
  }
  getSettings() {
    return { deviceId: 'cam-1' };
  }
  /** What the browser does when the device is unplugged. */
  unplug() {
    this.dispatchEvent(new Event('ended'));
  }
}

let tracks: FakeTrack[] = [];
let failNext: string | null = null;
let asked: MediaStreamConstraints[] = [];
/** Ms after getUserMedia at which the new track ends by itself (a device that could not start). */
let endAfterMs: number | null = null;
/** Whether the video has a frame (readyState 4) or waits for one forever (0). */
let frameReady = true;

function fakeStream() {
  const track = new FakeTrack();
  tracks.push(track);
  if (endAfterMs !== null) setTimeout(() => track.unplug(), endAfterMs);
  return { getVideoTracks: () => [track], getTracks: () => [track] };
}

const statuses = () =>
  h.sent.filter((m) => m.name === 'camera:status').map((m) => m.data.status as string);
const frames = () => h.sent.filter((m) => m.name === 'pose:frame').length;

beforeEach(() => {
  h.sent.length = 0;
  h.detectFails = false;
  h.loads = 0;
  tracks = [];
  asked = [];
  failNext = null;
  endAfterMs = null;
  frameReady = true;
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: {
      getUserMedia: async (c: MediaStreamConstraints) => {
        asked.push(c);
        if (failNext) throw new DOMException('camera problem', failNext);
        return fakeStream();
      },
    },
  });
  Object.defineProperty(HTMLMediaElement.prototype, 'readyState', {
    configurable: true,
    get: () => (frameReady ? 4 : 0),
  });
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  Object.defineProperty(HTMLMediaElement.prototype, 'srcObject', {
    configurable: true,
    set: () => undefined,
    get: () => null,
  });
  startSensing();
});

afterEach(async () => {
  await h.handlers['sense:stop']?.({});
});

async function monitoringOn() {
  await h.handlers['sense:configure']!({ intervalMs: 250, burstFrames: 1, keepCameraOpen: true });
  await vi.waitFor(() => expect(statuses()).toContain('on'), { timeout: 3000 });
  expect(tracks).toHaveLength(1);
}

describe('camera host when the camera goes away', () => {
  it('a track that ends (unplugged) is reported with a reason, then the camera is reopened', async () => {
    await monitoringOn();
    const before = frames();
    tracks[0]!.unplug();
    const ended = h.sent.find((m) => m.name === 'camera:status' && m.data.status === 'ended');
    expect(ended?.data.detail).toMatch(/unplugged/);
    expect(tracks[0]!.stopped).toBe(true); // the dead stream is released
    // Plugged back in (the fake device still answers): the next sample reopens and goes on.
    await vi.waitFor(() => expect(tracks).toHaveLength(2), { timeout: 3000 });
    await vi.waitFor(() => expect(statuses().at(-1)).toBe('on'), { timeout: 3000 });
    await vi.waitFor(() => expect(frames()).toBeGreaterThan(before), { timeout: 3000 });
  });

  it('a track that ends and a device that stays gone: "ended", then "no camera"', async () => {
    await monitoringOn();
    failNext = 'NotFoundError';
    tracks[0]!.unplug();
    await vi.waitFor(() => expect(statuses().at(-1)).toBe('no-camera'), { timeout: 3000 });
    expect(statuses()).toContain('ended');
  });

  it('the permission revoked while monitoring: the next opening reports "denied"', async () => {
    await h.handlers['sense:configure']!({
      intervalMs: 250,
      burstFrames: 1,
      keepCameraOpen: false,
    });
    await vi.waitFor(() => expect(statuses()).toContain('on'), { timeout: 3000 });
    failNext = 'NotAllowedError';
    await vi.waitFor(() => expect(statuses().at(-1)).toBe('denied'), { timeout: 3000 });
    // Camera busy (held by another app) maps to its own status.
    failNext = 'NotReadableError';
    await vi.waitFor(() => expect(statuses().at(-1)).toBe('busy'), { timeout: 3000 });
    expect(tracks.every((t) => t.stopped)).toBe(true); // no stream left open
  });

  it('a track that ends during the warm-up (Chromium: a camera it could not start) is busy, never "on"', async () => {
    endAfterMs = 50; // inside the 400 ms warm-up
    await h.handlers['sense:configure']!({
      intervalMs: 250,
      burstFrames: 1,
      keepCameraOpen: false,
    });
    await vi.waitFor(() => expect(statuses().at(-1)).toBe('busy'), { timeout: 3000 });
    expect(statuses()).not.toContain('on');
    expect(statuses()).not.toContain('ended');
    expect(frames()).toBe(0);
    expect(tracks[0]!.stopped).toBe(true);
    // Free again: the next opening goes on.
    endAfterMs = null;
    await vi.waitFor(() => expect(statuses().at(-1)).toBe('on'), { timeout: 3000 });
  });

  it('a track that ends before its first frame is busy: the opening does not wait for a frame forever', async () => {
    frameReady = false;
    endAfterMs = 20;
    await h.handlers['sense:configure']!({
      intervalMs: 250,
      burstFrames: 1,
      keepCameraOpen: false,
    });
    await vi.waitFor(() => expect(statuses().at(-1)).toBe('busy'), { timeout: 3000 });
    const busy = h.sent.find((m) => m.name === 'camera:status' && m.data.status === 'busy');
    expect(busy?.data.detail).toMatch(/before its first frame/);
    expect(statuses()).not.toContain('on');
    // Every attempt released its stream.
    await vi.waitFor(() => expect(tracks.length).toBeGreaterThan(1), { timeout: 3000 });
    expect(tracks.slice(0, -1).every((t) => t.stopped)).toBe(true);
  });
});

describe('camera host when the model fails mid-run', () => {
  it('a detection exception is its own status (never "busy"); the model is reloaded', async () => {
    await monitoringOn();
    expect(h.loads).toBe(1);
    h.detectFails = true;
    await vi.waitFor(() => expect(statuses().at(-1)).toBe('detection-error'), { timeout: 3000 });
    expect(statuses()).not.toContain('busy');
    const detail = h.sent.filter((m) => m.data.status === 'detection-error').at(-1)?.data.detail;
    expect(detail).toMatch(/WebGL context lost/);
    h.detectFails = false;
    // After the first backoff (5 s) a new model is loaded and monitoring goes on.
    await vi.waitFor(() => expect(statuses().at(-1)).toBe('on'), { timeout: 9000 });
    expect(h.loads).toBe(2);
  }, 15_000);

  it.each([
    [0, 250, 250],
    [1, 250, 5000],
    [2, 250, 10_000],
    [4, 250, 40_000],
    [20, 250, 300_000],
    [1, 60_000, 60_000],
  ])('after %i failures at a %i ms interval the next try waits %i ms', (n, interval, want) =>
    expect(reloadBackoffMs(n, interval)).toBe(want),
  );
});

describe('camera host and the camera light', () => {
  it('steady: one low-rate stream stays open across samples; brief checks close it again', async () => {
    await h.handlers['sense:configure']!({
      intervalMs: 250,
      burstFrames: 1,
      keepCameraOpen: true,
      frameRateMax: 2,
    });
    await vi.waitFor(() => expect(frames()).toBeGreaterThanOrEqual(3), { timeout: 5000 });
    expect(tracks).toHaveLength(1);
    expect(tracks[0]!.stopped).toBe(false);
    expect((asked[0]?.video as MediaTrackConstraints).frameRate).toEqual({ ideal: 2, max: 2 });
    await h.handlers['sense:configure']!({
      intervalMs: 250,
      burstFrames: 1,
      keepCameraOpen: false,
    });
    expect(tracks[0]!.stopped).toBe(true);
    await vi.waitFor(() => expect(tracks.length).toBeGreaterThanOrEqual(3), { timeout: 5000 });
    // Brief checks: every stream but the one being sampled is closed, at the default rate.
    expect(tracks.slice(0, -1).every((t) => t.stopped)).toBe(true);
    expect((asked[1]?.video as MediaTrackConstraints).frameRate).toEqual({ ideal: 5, max: 15 });
  });
});
