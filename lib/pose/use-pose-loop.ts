/**
 * A visible page's camera-and-pose loop (onboarding calibration, the popup's live view): opens the
 * one pose session playing in the page's `<video>`, runs the landmarker every `intervalMs` and hands
 * each frame to `onFrame`. Frames are handed over and forgotten; nothing is stored here.
 *
 * `stop()` (also on unmount) releases everything in one order: the timer, a start still opening,
 * the session, then what `acquire` took. A start that fails maps its error the one way
 * (`cameraErrorStatus`) into `problem`.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { PREVIEW_FRAME_RATE } from './camera';
import { cameraErrorStatus, openPoseSession, type PoseSession } from './session';
import type { CameraStatus, PoseFrame } from '../posture/types';

export type PoseLoopPhase = 'off' | 'starting' | 'on' | 'error';

export interface PoseLoopOptions {
  /** Milliseconds from the end of one frame's analysis to the next frame. */
  intervalMs: number;
  /**
   * Takes what must be held before the camera opens (the popup takes the camera from the camera
   * host); returns its release. Resolves `null` when `signal` aborted meanwhile.
   */
  acquire?: (signal: AbortSignal) => Promise<(() => void) | null>;
  /** Runs once the session is open, before the first frame (e.g. reads the calibration). */
  onOpen?: (session: PoseSession) => Promise<void> | void;
  /** Each analysed frame (null when the model gave none or failed) and when it was taken. */
  onFrame: (frame: PoseFrame | null, now: number, session: PoseSession) => void;
}

interface Live {
  session: PoseSession | null;
  release: (() => void) | null;
  abort: AbortController | null;
  timer: number;
}
const idle = (): Live => ({ session: null, release: null, abort: null, timer: 0 });

export function usePoseLoop(options: PoseLoopOptions) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const [phase, setPhase] = useState<PoseLoopPhase>('off');
  const [problem, setProblem] = useState<CameraStatus | null>(null);
  const [deviceId, setDeviceId] = useState<string | null>(null);
  const opts = useRef(options);
  opts.current = options;
  const live = useRef<Live>(idle());

  function stop() {
    const l = live.current;
    clearTimeout(l.timer);
    l.abort?.abort(); // a start still opening releases what it opened
    l.session?.close();
    l.release?.();
    live.current = idle();
  }

  async function start() {
    stop();
    const abort = new AbortController();
    live.current.abort = abort;
    setPhase('starting');
    setProblem(null);
    try {
      const { acquire } = opts.current;
      if (acquire) {
        const release = await acquire(abort.signal);
        if (!release) return;
        if (abort.signal.aborted) return release();
        live.current.release = release;
      }
      const video = videoRef.current;
      if (!video) throw new Error('no video element');
      const session = await openPoseSession({
        video,
        frameRate: PREVIEW_FRAME_RATE,
        signal: abort.signal,
      });
      live.current.session = session;
      await opts.current.onOpen?.(session);
      if (live.current.session !== session) return; // stopped while it got ready
      setDeviceId(session.deviceId);
      setPhase('on');
      const tick = async () => {
        if (live.current.session !== session) return;
        const now = Date.now();
        let frame: PoseFrame | null = null;
        try {
          frame = await session.detect(now);
        } catch {
          frame = null;
        }
        if (live.current.session !== session) return; // stopped while the frame was analysed
        opts.current.onFrame(frame, now, session);
        live.current.timer = window.setTimeout(() => void tick(), opts.current.intervalMs);
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
