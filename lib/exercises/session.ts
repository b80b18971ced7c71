/**
 * What one exercise of a break amounted to, for the local history. Pure.
 */
import { repSec } from './catalog';
import type { CoachState } from './coach';
import type { Dose, ExerciseId } from './types';

export interface StepResult {
  id: ExerciseId;
  /** Repetitions done over both sides (camera-counted when the coach ran). */
  reps: number;
  /** Seconds of holding, summed over repetitions. */
  holdSec: number;
  /** Seconds of exercise, at most {@link maxStepSec} of the dose (see {@link stepResult}). */
  durationSec: number;
  /** True when the whole planned set was done. */
  complete: boolean;
}

/** Slack over a step's planned length that still counts as exercise: at least 30 s. */
export const STEP_GRACE_MIN_SEC = 30;

/**
 * The most exercise time one step can count, s: its planned length (`dose.durationSec`) plus a
 * grace of half that, at least {@link STEP_GRACE_MIN_SEC} (a slow set with the camera coach, a
 * pause to read the steps). Far focus (20 s) counts at most 50 s, chin tucks (40 s) 70 s,
 * breathing (120 s) 180 s.
 */
export function maxStepSec(dose: Dose): number {
  return dose.durationSec + Math.max(STEP_GRACE_MIN_SEC, dose.durationSec / 2);
}

/**
 * Result of a step that ran from `startedAt` to `now` (ms). With a coach (camera), repetitions
 * and holds are what the camera saw; without, they follow the timed guide.
 *
 * Exercise time is the step's wall time capped at {@link maxStepSec}: a window left open on a
 * step nobody is doing (the person walked away, the tab sat in the background) counts as one
 * slow set, not as the whole time away. Insights' exercise minutes add up these durations.
 */
export function stepResult(
  id: ExerciseId,
  dose: Dose,
  startedAt: number,
  now: number,
  coach: CoachState | null,
): StepResult {
  const elapsedSec = Math.min(maxStepSec(dose), Math.max(0, (now - startedAt) / 1000));
  const planned = dose.reps * dose.sides;
  if (coach) {
    return {
      id,
      reps: coach.totalReps,
      holdSec: Math.min(Math.round(coach.heldMs / 1000), Math.round(elapsedSec)),
      durationSec: Math.round(elapsedSec),
      complete: coach.phase === 'done',
    };
  }
  const cycle = repSec(dose);
  // A repetition counts once its hold (or its share of a dynamic set) has passed.
  const reps = Math.min(planned, Math.floor((elapsedSec + dose.restSec) / cycle));
  const timed = dose.reps === 1 && dose.holdSec === 0;
  return {
    id,
    reps: timed ? (elapsedSec >= dose.durationSec ? 1 : 0) : reps,
    holdSec: reps * dose.holdSec,
    durationSec: Math.round(elapsedSec),
    complete: timed ? elapsedSec >= dose.durationSec : reps >= planned,
  };
}
