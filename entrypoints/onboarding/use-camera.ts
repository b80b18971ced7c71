/**
 * The onboarding page's own camera and pose loop: asks for the camera (this visible page is where
 * the permission prompt can appear), runs the landmarker locally at ~8 fps and hands each frame to
 * `onFrame`. Frames never leave the page; only landmarks of good frames are sent for calibration.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  WebGlUnavailableError,
  createLandmarker,
  type Landmarker,
} from '../../lib/pose/landmarker';
import type { CameraStatus, PoseFrame } from '../../lib/posture/types';

export const FRAME_INTERVAL_MS = 120;

export type CameraPhase = 'off' | 'starting' | 'on' | 'error';

/** Maps a getUserMedia / model failure to the camera status vocabulary. */
export function cameraErrorStatus(e: unknown): CameraStatus {
  if (e instanceof WebGlUnavailableError) return 'no-webgl';
  const name = e instanceof Error || e instanceof DOMException ? e.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no-camera';
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy';
  return 'model-error';
}

export function useCamera(onFrame: (frame: PoseFrame | null) => void) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const [phase, setPhase] = useState<CameraPhase>('off');
  const [problem, setProblem] = useState<CameraStatus | null>(null);
  const [deviceId, setDeviceId] = useState('default');
  const onFrameRef = useRef(onFrame);
  onFrameRef.current = onFrame;
  const live = useRef<{ stream: MediaStream | null; lm: Landmarker | null; timer: number }>({
    stream: null,
    lm: null,
    timer: 0,
  });
  // Bumped by every start and stop: a start that was overtaken releases what it opened.
  const generation = useRef(0);

  function stop() {
    generation.current++;
    const l = live.current;
    clearTimeout(l.timer);
    l.stream?.getTracks().forEach((t) => t.stop());
    l.lm?.close();
    live.current = { stream: null, lm: null, timer: 0 };
  }

  async function start() {
    stop();
    const gen = generation.current;
    const stale = () => gen !== generation.current;
    setPhase('starting');
    setProblem(null);
    try {
      const stream = await navigator.mediaDevices.getUserMedia({
        video: { width: { ideal: 640 }, height: { ideal: 480 } },
        audio: false,
      });
      if (stale()) return stream.getTracks().forEach((t) => t.stop());
      live.current.stream = stream;
      setDeviceId(stream.getVideoTracks()[0]?.getSettings().deviceId ?? 'default');
      const video = videoRef.current;
      if (!video) throw new Error('no video element');
      video.srcObject = stream;
      await video.play();
      const lm = await createLandmarker();
      if (stale()) return lm.close();
      live.current.lm = lm;
      setPhase('on');
      const tick = () => {
        const lm = live.current.lm;
        if (!lm || !videoRef.current) return;
        let frame: PoseFrame | null = null;
        try {
          frame = lm.detect(videoRef.current, Date.now());
        } catch {
          frame = null;
        }
        onFrameRef.current(frame);
        live.current.timer = window.setTimeout(tick, FRAME_INTERVAL_MS);
      };
      tick();
    } catch (e) {
      if (stale()) return;
      stop();
      setProblem(cameraErrorStatus(e));
      setPhase('error');
    }
  }

  useEffect(() => stop, []);
  return { videoRef, phase, problem, deviceId, start, stop };
}
