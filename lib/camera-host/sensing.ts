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
      report('on');
      for (let i = 0; i < config.burstFrames && session.cameraOpen && !stopped; i++) {
        if (i > 0) await new Promise((r) => setTimeout(r, BURST_GAP_MS));
        const frame = await session.detect(Date.now());
        const deviceId = session.deviceId;
        if (frame && deviceId) await sendToBackground('pose:frame', { frame, deviceId });
        keepLink();
      }
    } catch (e) {
      session.closeCamera();
      report(cameraErrorStatus(e), errorDetail(e));
    } finally {
      warming = false;
      if (!config.keepCameraOpen) session.closeCamera();
      busy = false;
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(async () => {
      await sample();
      schedule();
    }, config.intervalMs);
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
