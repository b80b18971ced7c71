/**
 * Turns the break URL (`?id=&kind=micro|movement|<routine id>`, `&long=1` for the long
 * relaxation), the settings and the exercise
 * store into the routine to run. Pure apart from its inputs.
 */
import { contentLanguage, type ContentLanguage } from '../../lib/exercises/content/select';
import { nextProgression, type Progression } from '../../lib/exercises/progression';
import { rotationOf } from '../../lib/exercises/rotation';
import {
  buildRoutine,
  isRoutineId,
  type Routine,
  type RoutineId,
} from '../../lib/exercises/routines';
import type { Settings } from '../../lib/settings-schema';
import type { ExerciseStore } from './deps';

export interface BreakSetup {
  /** The scheduler's break id, or null when the person opened a routine themselves. */
  breakId: string | null;
  routine: Routine;
  /** Length of the plain rest offered when the routine has no exercises, seconds. */
  restSec: number;
  lang: ContentLanguage;
  /** Chin-tuck progression for 'neck-training'. */
  progression: Progression | null;
}

/** Small stable hash of a string, to rotate content per break. */
export function seedOf(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return Math.abs(h);
}

export function setupBreak(
  params: URLSearchParams,
  settings: Settings,
  store: ExerciseStore,
  uiLanguage: string,
  now: number,
): BreakSetup {
  const kind = params.get('kind');
  const id: RoutineId = isRoutineId(kind) ? kind : 'micro';
  const breakId = params.get('id') || null;
  const targetSec = id === 'micro' ? settings.microBreakSec : settings.movementBreakMin * 60;
  const progression = id === 'neck-training' ? nextProgression(store.neckLog) : null;
  const routine = buildRoutine(id, {
    removed: store.removed,
    offered: settings.routinesOffered,
    targetSec,
    seed: rotationOf(breakId) ?? seedOf(breakId ?? String(Math.floor(now / 3_600_000))),
    neckDose: progression ?? undefined,
    neckLevel: progression?.level,
    long: params.get('long') === '1',
  });
  return {
    breakId,
    routine,
    restSec: id === 'micro' ? settings.microBreakSec : Math.min(targetSec, 300),
    lang: contentLanguage(settings.language === 'auto' ? uiLanguage : settings.language),
    progression,
  };
}
