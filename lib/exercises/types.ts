/**
 * The exercise library's vocabulary. Pure types: the catalog (language-neutral data), the prose
 * for one language, routines and the camera coach's signal kinds.
 */

export const EXERCISE_IDS = [
  'chin-tuck',
  'upper-trap-stretch',
  'levator-stretch',
  'scapular-squeeze',
  'shoulder-rolls',
  'neck-rotation',
  'neck-side-bend',
  'thoracic-extension',
  'doorway-chest-stretch',
  'shoulder-shrug-strength',
  'diaphragmatic-breathing',
  'progressive-relaxation',
  'far-focus',
  'stand-walk',
] as const;
export type ExerciseId = (typeof EXERCISE_IDS)[number];

/**
 * What an exercise trains: `strength` (deep neck flexors, neck and shoulder strengthening),
 * `stretch` (static stretches held 15-30 s), `mobility` (gentle movement through a range),
 * `relaxation` (breathing, progressive muscle relaxation), `eyes` (the far-focus eye break) and
 * `movement` (standing up and walking).
 */
export const EXERCISE_CATEGORIES = [
  'strength',
  'stretch',
  'mobility',
  'relaxation',
  'eyes',
  'movement',
] as const;
export type ExerciseCategory = (typeof EXERCISE_CATEGORIES)[number];

/**
 * What the camera can verify for an exercise (see lib/exercises/signals.ts):
 * - `retraction`: head moving back from the calibrated neutral (chin tuck);
 * - `yaw`: head rotation per side; `roll`: head side bend per side;
 * - `shoulder-lift`: shoulders rising toward the ears (shrugs, rolls);
 * - `none`: no reliable frontal-camera signal; the exercise runs as a timed guide.
 */
export type SignalKind = 'retraction' | 'yaw' | 'roll' | 'shoulder-lift' | 'none';

/** How much of an exercise to do in one set. */
export interface Dose {
  /** Repetitions per side (1 for a single continuous hold or a timed activity). */
  reps: number;
  /** Seconds each repetition is held; 0 for dynamic moves. */
  holdSec: number;
  /** 1 = symmetric or both sides at once; 2 = done on the left then on the right. */
  sides: 1 | 2;
  /** Planned total length of the set in seconds, holds and rests included. */
  durationSec: number;
  /** Seconds of rest between repetitions (guided mode). */
  restSec: number;
}

/** Language-neutral catalog entry. The prose lives in lib/exercises/content/<lang>.ts. */
export interface ExerciseSpec {
  id: ExerciseId;
  category: ExerciseCategory;
  dose: Dose;
  /** Seed article file names (in the shared seeds folder) that support this exercise. */
  sources: readonly string[];
  /** Id of the SVG illustration in components/illustrations/. */
  illustration: ExerciseId;
  signal: SignalKind;
  /** Allowed in the 'headache-now' routine (breathing and gentle relaxation only). */
  calming: boolean;
}

/** The words for one exercise in one language. */
export interface ExerciseText {
  name: string;
  /** One sentence: what it may help with (wellness framing, never a treatment claim). */
  purpose: string;
  steps: readonly string[];
  /** Who should skip it or ask a clinician first. */
  skipIf: readonly string[];
  /** Stop at once if any of these happen. */
  stopSigns: readonly string[];
}

export type ExerciseContent = Record<ExerciseId, ExerciseText>;
