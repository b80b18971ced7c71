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
import { useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isBaseline, type Baseline } from '../../lib/posture/calibration';
import { usePoseLoop, type PoseLoopPhase } from '../../lib/pose/use-pose-loop';
import { sendToBackground } from '../../lib/platform/messaging';
import { PORTS, STORAGE } from '../../lib/platform/registry';
import type { PoseFrame } from '../../lib/posture/types';

/** About 4 frames a second: enough to see the points follow, a fraction of a core. */
export const LIVE_FRAME_MS = 250;
/** How often a frame goes to the worker's posture engine (the host samples 4-15 s apart). */
export const FORWARD_MS = 2000;

export type LivePhase = PoseLoopPhase;

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
  const seen = useRef<{ baseline: Baseline | null; forwardedAt: number }>({
    baseline: null,
    forwardedAt: 0,
  });
  const loop = usePoseLoop({
    intervalMs: LIVE_FRAME_MS,
    acquire: async (signal) => {
      const port = await takeCamera();
      if (!signal.aborted) return () => port.disconnect(); // the worker gives the camera back
      port.disconnect();
      return null;
    },
    onOpen: async (session) => {
      seen.current = { baseline: await loadBaseline(session.deviceId), forwardedAt: 0 };
    },
    onFrame: (frame, now, session) => {
      const s = seen.current;
      onFrame(frame, s.baseline);
      const deviceId = session.deviceId;
      if (frame && deviceId && now - s.forwardedAt >= FORWARD_MS) {
        s.forwardedAt = now;
        void sendToBackground('pose:frame', { frame, deviceId }).catch(() => undefined);
      }
    },
  });
  return { videoRef: loop.videoRef, phase: loop.phase, problem: loop.problem, start: loop.start };
}
