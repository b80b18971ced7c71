/**
 * The camera host (offscreen document on Chrome/Edge, monitor tab on Firefox): opens the camera in
 * short bursts (or keeps one low-rate stream open: the steady camera light), runs the pose model and sends landmarks only (never frames) to the service worker.
 * The service worker decides the sampling interval; this loop just follows it.
 */
import type { CameraHostProtocol } from '../messages';
import type { CameraStatus } from '../posture/types';
import { cameraErrorStatus, createPoseSession, errorDetail } from '../pose/session';
import { browser } from 'wxt/browser';
import { handleMessages, sendToBackground } from '../platform/messaging';
import { PORTS } from '../platform/registry';

type Config = CameraHostProtocol['sense:configure'][0];

/** Frames to skip after the camera opens: real cameras need a moment for exposure. */
const WARMUP_MS = 400;
const BURST_GAP_MS = 150;
/** After a detection failure the model is reloaded after 5 s, then 10 s, 20 s... at most 5 min. */
const RELOAD_FIRST_MS = 5000;
const RELOAD_MAX_MS = 5 * 60_000;

/** Wait before the next sample after `failures` detection failures in a row (0: the interval). */
export function reloadBackoffMs(failures: number, intervalMs: number): number {
  if (failures <= 0) return intervalMs;
  return Math.max(intervalMs, Math.min(RELOAD_MAX_MS, RELOAD_FIRST_MS * 2 ** (failures - 1)));
}

/** An exception thrown by the model while detecting, as opposed to opening camera or model. */
class DetectionError extends Error {
  constructor(cause: unknown) {
    super(errorDetail(cause));
    this.name = 'DetectionError';
  }
}

export function startSensing(): void {
  let config: Config = { intervalMs: 5000, burstFrames: 1, keepCameraOpen: false };
  /** True while a freshly opened camera warms up: an end then means it never really started. */
  let warming = false;
  const session = createPoseSession({
    onEnded: () => {
      if (!warming) report('ended', 'The camera stopped (unplugged or switched off).');
    },
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let busy = false;
  let lastStatus: CameraStatus | null = null;
  /** Detection failures in a row; each drops the model, which the next sample reloads. */
  let failures = 0;
  let link: ReturnType<typeof browser.runtime.connect> | null = null;

  /**
   * Keeps a port open to the service worker so it notices at once when this host goes away. A
   * stopped worker drops the port; it is reopened lazily after the next message woke the worker,
   * so the link never wakes a worker by itself.
   */
  const keepLink = () => {
    if (link) return;
    try {
      link = browser.runtime.connect({ name: PORTS.cameraHost });
      link.onDisconnect.addListener(() => {
        link = null;
      });
    } catch {
      link = null;
    }
  };

  const report = (status: CameraStatus, detail?: string) => {
    if (status === lastStatus && !detail) return;
    lastStatus = status;
    const deviceId = session.deviceId ?? undefined;
    void sendToBackground('camera:status', { status, detail, deviceId }).then(
      keepLink,
      () => undefined,
    );
  };

  const sample = async () => {
    if (busy || stopped) return;
    busy = true;
    try {
      if (session.loadMs === null) {
        report('starting');
        await session.loadModel();
      }
      if (!session.cameraOpen) {
        const fps = config.frameRateMax;
        await session.openCamera(fps ? { ideal: fps, max: fps } : undefined);
        warming = true;
        await new Promise((r) => setTimeout(r, WARMUP_MS));
        warming = false;
        // The track ended during the warm-up: the device gave a frame or two and stopped, as
        // Chromium does for a camera it could not start. That is "could not start": busy.
        if (!session.cameraOpen)
          throw new DOMException('The camera stopped right after opening', 'NotReadableError');
      }
      if (failures === 0) report('on');
      for (let i = 0; i < config.burstFrames && session.cameraOpen && !stopped; i++) {
        if (i > 0) await new Promise((r) => setTimeout(r, BURST_GAP_MS));
        let frame: Awaited<ReturnType<typeof session.detect>>;
        try {
          frame = await session.detect(Date.now());
        } catch (e) {
          throw new DetectionError(e);
        }
        if (failures > 0) report('on');
        failures = 0;
        const deviceId = session.deviceId;
        if (frame && deviceId) await sendToBackground('pose:frame', { frame, deviceId });
        keepLink();
      }
    } catch (e) {
      if (e instanceof DetectionError) {
        // The model failed mid-run (lost WebGL context, GPU reset): its own state, never held as
        // "camera busy". Drop the model; the next sample, after the backoff, loads it again.
        failures += 1;
        session.close();
        report('detection-error', e.message);
      } else {
        session.closeCamera();
        report(cameraErrorStatus(e), errorDetail(e));
      }
    } finally {
      warming = false;
      if (!config.keepCameraOpen) session.closeCamera();
      busy = false;
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(
      async () => {
        await sample();
        schedule();
      },
      reloadBackoffMs(failures, config.intervalMs),
    );
  };

  handleMessages<CameraHostProtocol>('camera-host', {
    'sense:configure': (c) => {
      const first = lastStatus === null;
      // Another capture rate (the camera light changed): the stream reopens at the next sample.
      const rateChanged = c.frameRateMax !== config.frameRateMax;
      config = c; // parsed and clamped at the boundary (lib/message-parsers.ts)
      stopped = false;
      if (!config.keepCameraOpen || rateChanged) session.closeCamera();
      if (first) void sample().then(schedule);
      else schedule();
    },
    'sense:stop': () => {
      stopped = true;
      clearTimeout(timer);
      session.close();
      report('off');
    },
  });
}
