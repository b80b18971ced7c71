/**
 * The popup's live view: the camera preview with the measured points and the person's own
 * calibrated line, only while the person asked for it and the popup is open.
 *
 * One camera, not two: the popup first takes the camera from the camera host over a port
 * (`PORTS.liveView`); the worker stops the host's sampling and says `ready`; only then does the
 * popup open its own short-lived pose session. Meanwhile the popup hands a frame's landmarks to the
 * worker every `FORWARD_MS` (what the host would have sent), so the posture state and today's
 * figures keep following. Closing the view or the popup releases the camera and drops the port,
 * and the worker restarts the host. Frames are drawn and forgotten; nothing is stored.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isBaseline, type Baseline } from '../../lib/posture/calibration';
import { PREVIEW_FRAME_RATE } from '../../lib/pose/camera';
import { cameraErrorStatus, openPoseSession, type PoseSession } from '../../lib/pose/session';
import { sendToBackground } from '../../lib/platform/messaging';
import { PORTS, STORAGE } from '../../lib/platform/registry';
import type { CameraStatus, PoseFrame } from '../../lib/posture/types';

/** About 4 frames a second: enough to see the points follow, a fraction of a core. */
export const LIVE_FRAME_MS = 250;
/** How often a frame goes to the worker's posture engine (the host samples 4-15 s apart). */
export const FORWARD_MS = 2000;

export type LivePhase = 'off' | 'starting' | 'on' | 'error';

/** The worker has stopped the host's sampling: the camera is the popup's now. */
function takeCamera(): Promise<ReturnType<typeof browser.runtime.connect>> {
  const port = browser.runtime.connect({ name: PORTS.liveView });
  return new Promise((resolve, reject) => {
    port.onMessage.addListener((m: unknown) => {
      if ((m as { ready?: unknown } | null)?.ready === true) resolve(port);
    });
    port.onDisconnect.addListener(() => reject(new Error('The service worker went away')));
  });
}

async function loadBaseline(deviceId: string | null): Promise<Baseline | null> {
  const key = STORAGE.baselines.key;
  const all = (await browser.storage.local.get(key))[key] as Record<string, unknown> | undefined;
  const b = deviceId ? all?.[deviceId] : undefined;
  return isBaseline(b) ? b : null;
}

export function useLiveView(onFrame: (frame: PoseFrame | null, baseline: Baseline | null) => void) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const [phase, setPhase] = useState<LivePhase>('off');
  const [problem, setProblem] = useState<CameraStatus | null>(null);
  const onFrameRef = useRef(onFrame);
  onFrameRef.current = onFrame;
  const live = useRef<{
    session: PoseSession | null;
    port: ReturnType<typeof browser.runtime.connect> | null;
    abort: AbortController | null;
    timer: number;
  }>({ session: null, port: null, abort: null, timer: 0 });

  function stop() {
    const l = live.current;
    clearTimeout(l.timer);
    l.abort?.abort();
    l.session?.close();
    l.port?.disconnect(); // the worker gives the camera back to the host
    live.current = { session: null, port: null, abort: null, timer: 0 };
  }

  async function start() {
    stop();
    const abort = new AbortController();
    live.current.abort = abort;
    setPhase('starting');
    setProblem(null);
    try {
      const port = await takeCamera();
      live.current.port = port;
      if (abort.signal.aborted) return port.disconnect();
      const video = videoRef.current;
      if (!video) throw new Error('no video element');
      const session = await openPoseSession({
        video,
        frameRate: PREVIEW_FRAME_RATE,
        signal: abort.signal,
      });
      live.current.session = session;
      const deviceId = session.deviceId;
      const baseline = await loadBaseline(deviceId);
      setPhase('on');
      let forwardedAt = 0;
      const tick = async () => {
        const s = live.current.session;
        if (!s) return;
        const now = Date.now();
        let frame: PoseFrame | null = null;
        try {
          frame = await s.detect(now);
        } catch {
          frame = null;
        }
        if (live.current.session !== s) return; // closed while the frame was analysed
        onFrameRef.current(frame, baseline);
        if (frame && deviceId && now - forwardedAt >= FORWARD_MS) {
          forwardedAt = now;
          void sendToBackground('pose:frame', { frame, deviceId }).catch(() => undefined);
        }
        live.current.timer = window.setTimeout(() => void tick(), LIVE_FRAME_MS);
      };
      void tick();
    } catch (e) {
      if (abort.signal.aborted) return;
      stop();
      setProblem(cameraErrorStatus(e));
      setPhase('error');
    }
  }

  useEffect(() => stop, []);
  return { videoRef, phase, problem, start };
}
