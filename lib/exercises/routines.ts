/**
 * Routines: which exercises a break offers, at which dose. Pure. Ids match ROUTINE_IDS in
 * lib/settings-schema.ts. Exercises the person removed ("this hurts") never appear, and a routine
 * the organization does not offer comes back empty (the break page then offers a plain rest).
 */
import { ROUTINE_IDS } from '../settings-schema';
import { CATALOG } from './catalog';
import { NECK_LEVELS } from './progression';
import type { Dose, ExerciseId } from './types';

export type RoutineId = (typeof ROUTINE_IDS)[number];

export interface RoutineStep {
  exerciseId: ExerciseId;
  dose: Dose;
}

export interface Routine {
  id: RoutineId;
  steps: RoutineStep[];
  /** Planned total in seconds. */
  totalSec: number;
  /** Dim, calm screen and no strengthening (the 'headache-now' routine). */
  calm: boolean;
  /** False when the organization does not offer this routine; steps are then empty. */
  offered: boolean;
}

export interface RoutineOptions {
  /** Exercise ids the person removed from automatic routines. */
  removed?: readonly string[];
  /** `routinesOffered` from settings. */
  offered?: readonly string[];
  /** Wanted length in seconds (micro: microBreakSec; movement: movementBreakMin x 60). */
  targetSec?: number;
  /** Any integer (a day number, a break counter): rotates the movement content. */
  seed?: number;
  /** Chin-tuck dose for 'neck-training' (from nextProgression); level 0 when absent. */
  neckDose?: { reps: number; holdSec: number };
}

/** Narrows a URL or storage value to a routine id. */
export function isRoutineId(x: unknown): x is RoutineId {
  return typeof x === 'string' && (ROUTINE_IDS as readonly string[]).includes(x);
}

/** Micro-break length bounds (s): 20-30 s of far focus (McLean 2001; 20-20-20). */
export const MICRO_SEC: [number, number] = [20, 30];
/** Movement routine bounds (s): 2-5 min (Balci 2003; Buckley 2015). */
export const MOVEMENT_SEC: [number, number] = [120, 300];

const MOVEMENT_POOL: readonly ExerciseId[] = [
  'chin-tuck',
  'upper-trap-stretch',
  'shoulder-rolls',
  'neck-rotation',
  'scapular-squeeze',
  'thoracic-extension',
  'levator-stretch',
  'neck-side-bend',
  'doorway-chest-stretch',
];

function clamp(x: number, [lo, hi]: [number, number]): number {
  return Math.min(hi, Math.max(lo, x));
}

function step(id: ExerciseId, patch: Partial<Dose> = {}): RoutineStep {
  return { exerciseId: id, dose: { ...CATALOG[id].dose, ...patch } };
}

function rotate<T>(list: readonly T[], seed: number): T[] {
  const n = list.length;
  const k = ((Math.trunc(seed) % n) + n) % n;
  return [...list.slice(k), ...list.slice(0, k)];
}

function plan(id: RoutineId, o: RoutineOptions): RoutineStep[] {
  const seed = o.seed ?? 0;
  switch (id) {
    case 'micro': {
      const sec = clamp(o.targetSec ?? 20, MICRO_SEC);
      return [step('far-focus', { durationSec: sec })];
    }
    case 'movement': {
      const target = clamp(o.targetSec ?? 240, MOVEMENT_SEC);
      const walkSec = clamp(Math.round(target / 2 / 30) * 30, [60, 120]);
      return [
        step('stand-walk', { durationSec: walkSec }),
        ...rotate(MOVEMENT_POOL, seed).map((e) => step(e)),
      ];
    }
    case 'neck-training': {
      const neck = o.neckDose ?? NECK_LEVELS[0] ?? { reps: 3, holdSec: 5 };
      const restSec = CATALOG['chin-tuck'].dose.restSec;
      return [
        step('chin-tuck', { ...neck, durationSec: neck.reps * (neck.holdSec + restSec) }),
        step('shoulder-shrug-strength'),
        step('scapular-squeeze'),
      ];
    }
    case 'headache-now':
      return [
        step('diaphragmatic-breathing', { durationSec: 180 }),
        step('progressive-relaxation'),
      ];
  }
}

/**
 * Builds a routine. Removed exercises are dropped; a movement routine is filled from a rotating
 * pool until the target length (never beyond it, except that the walk always fits).
 */
export function buildRoutine(id: RoutineId, o: RoutineOptions = {}): Routine {
  const offered = (o.offered ?? ROUTINE_IDS).includes(id);
  const removed = new Set(o.removed ?? []);
  const candidates = offered ? plan(id, o).filter((s) => !removed.has(s.exerciseId)) : [];
  let steps = candidates;
  if (id === 'movement') {
    const target = clamp(o.targetSec ?? 240, MOVEMENT_SEC);
    steps = [];
    let total = 0;
    for (const s of candidates) {
      if (steps.length > 0 && total + s.dose.durationSec > target) continue;
      steps.push(s);
      total += s.dose.durationSec;
    }
  }
  if (id === 'headache-now') steps = steps.filter((s) => CATALOG[s.exerciseId].calming);
  const totalSec = steps.reduce((sum, s) => sum + s.dose.durationSec, 0);
  return { id, steps, totalSec, calm: id === 'headache-now', offered };
}
