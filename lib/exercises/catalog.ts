/**
 * The exercise catalog: language-neutral data for every exercise (dose, sources, camera signal).
 * Words live in lib/exercises/content/<lang>.ts. Doses stay inside lib/exercises/evidence.ts.
 *
 * Sources are file names of the physical-therapy articles in the shared seeds folder:
 * - 000: posture education and correction, stretching;
 * - 001: postural correction through strengthening and stretching, neck and shoulder
 *   strengthening, diaphragmatic breathing, progressive muscle relaxation, ergonomics and
 *   breaking up long sitting;
 * - 002: relaxation and regular stretching for neck tightness;
 * - 003: overworked trapezius and neck extensors, weak front neck muscles, daily home exercises;
 * - 004: sitting and head alignment, range of motion, reducing muscle tension, relaxing under stress.
 */
import { EXERCISE_IDS, type Dose, type ExerciseId, type ExerciseSpec } from './types';

const S000 = '000_225201a65f9a0960.txt';
const S001 = '001_5d548eb66bc9c233.txt';
const S002 = '002_f0de819b85655f27.txt';
const S003 = '003_5c343ae34fa08630.txt';
const S004 = '004_d1c5ed5d41d1aca3.txt';

/** A timed activity done once (breathing, relaxation, the eye break, the walk). */
const once = (durationSec: number): Dose => ({
  reps: 1,
  holdSec: 0,
  sides: 1,
  restSec: 0,
  durationSec,
});

/** Default dose per exercise (each within its range in ./evidence.ts). */
const DOSES: Record<ExerciseId, Dose> = {
  'chin-tuck': { reps: 5, holdSec: 5, sides: 1, restSec: 3, durationSec: 40 },
  'upper-trap-stretch': { reps: 2, holdSec: 20, sides: 2, restSec: 5, durationSec: 100 },
  'levator-stretch': { reps: 2, holdSec: 20, sides: 2, restSec: 5, durationSec: 100 },
  'scapular-squeeze': { reps: 8, holdSec: 5, sides: 1, restSec: 2, durationSec: 60 },
  'shoulder-rolls': { reps: 8, holdSec: 0, sides: 1, restSec: 0, durationSec: 30 },
  'neck-rotation': { reps: 5, holdSec: 2, sides: 2, restSec: 1, durationSec: 30 },
  'neck-side-bend': { reps: 5, holdSec: 2, sides: 2, restSec: 1, durationSec: 30 },
  'thoracic-extension': { reps: 6, holdSec: 3, sides: 1, restSec: 2, durationSec: 30 },
  'doorway-chest-stretch': { reps: 2, holdSec: 20, sides: 1, restSec: 10, durationSec: 60 },
  'shoulder-shrug-strength': { reps: 12, holdSec: 2, sides: 1, restSec: 3, durationSec: 60 },
  'diaphragmatic-breathing': once(120),
  'progressive-relaxation': once(180),
  'far-focus': once(20),
  'stand-walk': once(120),
};

function spec(
  id: ExerciseId,
  category: ExerciseSpec['category'],
  sources: string[],
  signal: ExerciseSpec['signal'],
  calming = false,
): ExerciseSpec {
  return { id, category, dose: DOSES[id], sources, illustration: id, signal, calming };
}

const SPECS: ExerciseSpec[] = [
  spec('chin-tuck', 'strength', [S001, S003], 'retraction'),
  spec('upper-trap-stretch', 'stretch', [S003, S002, S000], 'roll'),
  spec('levator-stretch', 'stretch', [S003, S002], 'none'),
  spec('scapular-squeeze', 'strength', [S001, S004], 'none'),
  spec('shoulder-rolls', 'mobility', [S004, S002], 'shoulder-lift'),
  spec('neck-rotation', 'mobility', [S004, S003], 'yaw'),
  spec('neck-side-bend', 'mobility', [S004, S002], 'roll'),
  spec('thoracic-extension', 'mobility', [S001, S004], 'none'),
  spec('doorway-chest-stretch', 'stretch', [S000, S001], 'none'),
  spec('shoulder-shrug-strength', 'strength', [S001, S003], 'shoulder-lift'),
  spec('diaphragmatic-breathing', 'relaxation', [S001, S002, S004], 'none', true),
  spec('progressive-relaxation', 'relaxation', [S001, S004], 'none', true),
  spec('far-focus', 'eyes', [S001], 'none'),
  spec('stand-walk', 'movement', [S001], 'none'),
];

/** Every exercise by id. */
export const CATALOG: Readonly<Record<ExerciseId, ExerciseSpec>> = Object.fromEntries(
  SPECS.map((s) => [s.id, s]),
) as Record<ExerciseId, ExerciseSpec>;

/** Narrows an arbitrary string (URL, storage) to an exercise id. */
export function isExerciseId(x: unknown): x is ExerciseId {
  return typeof x === 'string' && (EXERCISE_IDS as readonly string[]).includes(x);
}

/**
 * Seconds one repetition takes in the timed (camera-free) guide: the hold plus the rest, or for
 * dynamic moves an even share of the planned duration.
 */
export function repSec(dose: Dose): number {
  if (dose.holdSec > 0) return dose.holdSec + dose.restSec;
  return dose.durationSec / (dose.reps * dose.sides);
}
