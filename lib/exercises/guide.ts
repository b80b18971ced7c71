/**
 * The timed guide: where a set stands after a given time, for exercises without a camera signal
 * or when the camera is unavailable. Pure.
 */
import { repSec } from './catalog';
import type { Dose } from './types';

export interface GuideStatus {
  /** `hold` and `rest` for held repetitions, `move` for dynamic or timed activities. */
  phase: 'hold' | 'rest' | 'move' | 'done';
  /** 0 = first side (left), 1 = second side. */
  side: 0 | 1;
  /** Current repetition on this side, 1-based (the last one once done). */
  rep: number;
  /** Whole seconds left in the current phase. */
  phaseLeftSec: number;
  /** Whole seconds left in the set. */
  totalLeftSec: number;
  /** 0..1 share of the set done. */
  progress: number;
}

/** Planned length of a set in the timed guide, seconds. */
export function guideTotalSec(dose: Dose): number {
  if (dose.holdSec > 0) return dose.sides * dose.reps * (dose.holdSec + dose.restSec);
  return dose.durationSec;
}

/** Status of a set `elapsedMs` after it started. */
export function guideAt(dose: Dose, elapsedMs: number): GuideStatus {
  const totalMs = guideTotalSec(dose) * 1000;
  const el = Math.max(0, elapsedMs);
  const totalLeftSec = Math.ceil(Math.max(0, totalMs - el) / 1000);
  const progress = totalMs > 0 ? Math.min(1, el / totalMs) : 1;
  if (el >= totalMs) {
    const side = dose.sides === 2 ? 1 : 0;
    return { phase: 'done', side, rep: dose.reps, phaseLeftSec: 0, totalLeftSec: 0, progress: 1 };
  }
  const cycleMs = repSec(dose) * 1000;
  const index = Math.floor(el / cycleMs); // repetition index over both sides
  const side = index >= dose.reps ? 1 : 0;
  const rep = (index % dose.reps) + 1;
  const inCycle = el - index * cycleMs;
  if (dose.holdSec > 0) {
    const holdMs = dose.holdSec * 1000;
    const hold = inCycle < holdMs;
    const left = hold ? holdMs - inCycle : cycleMs - inCycle;
    return {
      phase: hold ? 'hold' : 'rest',
      side,
      rep,
      phaseLeftSec: Math.ceil(left / 1000),
      totalLeftSec,
      progress,
    };
  }
  return {
    phase: 'move',
    side,
    rep,
    phaseLeftSec: Math.ceil((cycleMs - inCycle) / 1000),
    totalLeftSec,
    progress,
  };
}

/**
 * Which of an exercise's `stepCount` written steps matters at `g` (0-based), for the instruction
 * the break page shows largest. Held repetitions: the action step while holding (the second, after
 * the set-up), the last step (release) while resting. Timed activities: the steps in turn over the
 * set. Done: the last step.
 */
export function guideStepIndex(g: GuideStatus, stepCount: number): number {
  const last = Math.max(0, stepCount - 1);
  if (g.phase === 'hold') return Math.min(1, last);
  if (g.phase === 'rest' || g.phase === 'done') return last;
  return Math.min(last, Math.floor(g.progress * stepCount));
}
