/**
 * Routines: which exercises a break offers, at which dose. Pure. Ids match ROUTINE_IDS in
 * lib/settings-schema.ts. Exercises the person removed ("this hurts") never appear, and a routine
 * the organization does not offer comes back empty (the break page then offers a plain rest).
 */
import { ROUTINE_IDS } from '../settings-schema';
import { CATALOG } from './catalog';
import { NECK_LEVELS } from './progression';
import { MOVEMENT_BREATHING_SEC, movementOrder } from './rotation';
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
  /** Dim, calm screen and no strengthening ('headache-now' and 'relaxation'). */
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
  /** Any integer (the scheduler's break counter, see ./rotation): rotates the movement content. */
  seed?: number;
  /** Chin-tuck dose for 'neck-training' (from nextProgression); level 0 when absent. */
  neckDose?: { reps: number; holdSec: number };
  /** Progression level for 'neck-training' (index into NECK_LEVELS): sets the shoulder work. */
  neckLevel?: number;
  /** 'relaxation' only: the 10-15 minute version instead of the short one. */
  long?: boolean;
}

/** Narrows a URL or storage value to a routine id. */
export function isRoutineId(x: unknown): x is RoutineId {
  return typeof x === 'string' && (ROUTINE_IDS as readonly string[]).includes(x);
}

/** Micro-break length bounds (s): 20-30 s of far focus (McLean 2001; 20-20-20). */
export const MICRO_SEC: [number, number] = [20, 30];
/** Movement routine bounds (s): 2-5 min (Balci 2003; Buckley 2015). */
export const MOVEMENT_SEC: [number, number] = [120, 300];

/** Shoulder strengthening in neck training: 1 min at first, 2 min from level 6 (Andersen 2011). */
export function shoulderSec(level: number): number {
  const l = Math.min(NECK_LEVELS.length - 1, Math.max(0, Math.round(level)));
  return 60 + 10 * l;
}
/** Length of the long relaxation: 3 min of breathing and 10 min of progressive relaxation. */
export const LONG_RELAXATION_SEC = 180 + 600;

function clamp(x: number, [lo, hi]: [number, number]): number {
  return Math.min(hi, Math.max(lo, x));
}

function step(id: ExerciseId, patch: Partial<Dose> = {}): RoutineStep {
  return { exerciseId: id, dose: { ...CATALOG[id].dose, ...patch } };
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
        ...movementOrder(seed).map((e) =>
          e === 'diaphragmatic-breathing'
            ? step(e, { durationSec: MOVEMENT_BREATHING_SEC })
            : step(e),
        ),
      ];
    }
    case 'neck-training': {
      const neck = o.neckDose ?? NECK_LEVELS[0] ?? { reps: 3, holdSec: 5 };
      const restSec = CATALOG['chin-tuck'].dose.restSec;
      const sec = shoulderSec(o.neckLevel ?? 0);
      return [
        step('chin-tuck', { ...neck, durationSec: neck.reps * (neck.holdSec + restSec) }),
        step('shoulder-shrug-strength', {
          reps: sec / 6,
          holdSec: 2,
          restSec: 4,
          durationSec: sec,
        }),
        step('scapular-squeeze'),
      ];
    }
    case 'relaxation':
      return o.long
        ? [
            step('diaphragmatic-breathing', { durationSec: 180 }),
            step('progressive-relaxation', { durationSec: 600 }),
          ]
        : [step('diaphragmatic-breathing', { durationSec: 180 })];
    case 'bad-day':
      // Fewer, smaller movements: no stretches held long, no strengthening.
      return [
        step('diaphragmatic-breathing', { durationSec: 90 }),
        step('shoulder-rolls', { reps: 5, durationSec: 20 }),
        step('neck-rotation', { reps: 3, durationSec: 20 }),
        step('far-focus', { durationSec: 30 }),
      ];
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
  const calm = id === 'headache-now' || id === 'relaxation';
  if (calm) steps = steps.filter((s) => CATALOG[s.exerciseId].calming);
  const totalSec = steps.reduce((sum, s) => sum + s.dose.durationSec, 0);
  return { id, steps, totalSec, calm, offered };
}
