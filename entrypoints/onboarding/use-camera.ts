/**
 * The onboarding page's camera and pose loop: asks for the camera (this visible page is where the
 * permission prompt can appear), opens a pose session playing in the page's preview, runs the
 * landmarker at ~8 fps and hands each frame to `onFrame`. Frames never leave the page; only
 * landmarks of good frames are sent for calibration.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { PREVIEW_FRAME_RATE } from '../../lib/pose/camera';
import { cameraErrorStatus, openPoseSession, type PoseSession } from '../../lib/pose/session';
import type { CameraStatus, PoseFrame } from '../../lib/posture/types';

export const FRAME_INTERVAL_MS = 120;

export type CameraPhase = 'off' | 'starting' | 'on' | 'error';

export function useCamera(onFrame: (frame: PoseFrame | null) => void) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const [phase, setPhase] = useState<CameraPhase>('off');
  const [problem, setProblem] = useState<CameraStatus | null>(null);
  const [deviceId, setDeviceId] = useState('default');
  const onFrameRef = useRef(onFrame);
  onFrameRef.current = onFrame;
  const live = useRef<{
    session: PoseSession | null;
    abort: AbortController | null;
    timer: number;
  }>({ session: null, abort: null, timer: 0 });

  function stop() {
    const l = live.current;
    clearTimeout(l.timer);
    l.abort?.abort(); // a start still opening releases what it opened
    l.session?.close();
    live.current = { session: null, abort: null, timer: 0 };
  }

  async function start() {
    stop();
    const abort = new AbortController();
    live.current.abort = abort;
    setPhase('starting');
    setProblem(null);
    try {
      const video = videoRef.current;
      if (!video) throw new Error('no video element');
      const session = await openPoseSession({
        video,
        frameRate: PREVIEW_FRAME_RATE,
        signal: abort.signal,
      });
      live.current.session = session;
      setDeviceId(session.deviceId ?? 'default');
      setPhase('on');
      const tick = async () => {
        const s = live.current.session;
        if (!s) return;
        let frame: PoseFrame | null = null;
        try {
          frame = await s.detect(Date.now());
        } catch {
          frame = null;
        }
        if (live.current.session !== s) return; // stopped while the frame was analysed
        onFrameRef.current(frame);
        live.current.timer = window.setTimeout(() => void tick(), FRAME_INTERVAL_MS);
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
  return { videoRef, phase, problem, deviceId, start, stop };
}
