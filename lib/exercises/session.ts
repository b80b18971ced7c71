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
  /** Seconds spent on the exercise. */
  durationSec: number;
  /** True when the whole planned set was done. */
  complete: boolean;
}

/**
 * Result of a step that ran from `startedAt` to `now` (ms). With a coach (camera), repetitions
 * and holds are what the camera saw; without, they follow the timed guide.
 */
export function stepResult(
  id: ExerciseId,
  dose: Dose,
  startedAt: number,
  now: number,
  coach: CoachState | null,
): StepResult {
  const elapsedSec = Math.max(0, (now - startedAt) / 1000);
  const planned = dose.reps * dose.sides;
  if (coach) {
    return {
      id,
      reps: coach.totalReps,
      holdSec: Math.round(coach.heldMs / 1000),
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
