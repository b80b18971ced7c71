/**
 * Runs the camera coach for the current exercise. The camera and model open lazily when the first
 * camera-checked exercise starts and close as soon as no later exercise needs them (the camera
 * light goes off). Any failure leaves the timed guide in charge.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { coachStep, initialCoach, type CoachState } from '../../lib/exercises/coach';
import type { CoachConfig } from '../../lib/exercises/coach-config';
import type { CameraState } from '../../components/exercise-progress';
import type { BreakDeps, PoseSource } from './deps';

/** Time between analysed frames, ms: about 6 fps keeps holds accurate and CPU modest. */
export const COACH_FRAME_MS = 160;

export function useCoach(
  deps: BreakDeps,
  /** Camera wanted for the rest of the routine (setting on, routine running, a later step needs it). */
  needCamera: boolean,
  /** Config of the current exercise, null when it has no camera signal. */
  cfg: CoachConfig | null,
  /** Changes whenever a new exercise (set) starts. */
  stepKey: number,
): { camera: CameraState; coach: CoachState | null } {
  const [camera, setCamera] = useState<CameraState>('off');
  const [coach, setCoach] = useState<CoachState | null>(null);
  const source = useRef<PoseSource | null>(null);
  const opening = useRef<Promise<PoseSource | null> | null>(null);
  const failed = useRef(false);

  // Open or close the camera for the routine as a whole.
  useEffect(() => {
    if (!needCamera) {
      source.current?.close();
      source.current = null;
      opening.current = null;
      if (!failed.current) setCamera('off');
    }
  }, [needCamera]);
  useEffect(
    () => () => {
      source.current?.close();
      source.current = null;
    },
    [],
  );

  // Coach the current exercise.
  useEffect(() => {
    setCoach(null);
    if (!needCamera || !cfg || failed.current) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fail = () => {
      failed.current = true;
      source.current?.close();
      source.current = null;
      setCamera('failed');
      setCoach(null);
    };
    if (!source.current && !opening.current) {
      setCamera('starting');
      opening.current = deps.openPose(fail).then(
        (s) => (source.current = s),
        () => {
          fail();
          return null;
        },
      );
    }
    void (opening.current ?? Promise.resolve(source.current)).then((src) => {
      if (cancelled || !src || failed.current) return;
      setCamera('on');
      let st = initialCoach();
      setCoach(st);
      const loop = async () => {
        if (cancelled || failed.current) return;
        try {
          const now = deps.now();
          const sample = await source.current?.next(now);
          if (cancelled) return;
          if (sample) {
            st = coachStep(st, cfg, sample.t, sample.signals);
            setCoach(st);
          }
        } catch {
          fail();
          return;
        }
        if (st.phase !== 'done') timer = setTimeout(() => void loop(), COACH_FRAME_MS);
      };
      void loop();
    });
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // cfg is derived from the step, so stepKey (a new set) is what restarts the coach.
  }, [stepKey, needCamera]);

  return { camera, coach };
}
