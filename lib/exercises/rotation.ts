/**
 * Rotation of the movement break's content. Pure. The scheduler numbers movement breaks (the
 * `-r<n>` suffix of the break id); break n offers slot n mod MOVEMENT_SLOTS.length first, then
 * fills up from the mobility pool. With a movement break about every 50 minutes, an 8-hour day
 * has 9 or 10 of them, so the upper-trapezius and levator stretches each come up about twice a
 * day (Tunwattanapong 2016: twice a day), and so does a short breathing exercise.
 */
import type { ExerciseId } from './types';

/** What each movement break leads with, in turn (after the walk). */
export const MOVEMENT_SLOTS: readonly (readonly ExerciseId[])[] = [
  ['upper-trap-stretch', 'shoulder-rolls'],
  ['thoracic-extension', 'neck-rotation', 'chin-tuck'],
  ['levator-stretch', 'scapular-squeeze'],
  ['diaphragmatic-breathing', 'shoulder-rolls'],
  ['doorway-chest-stretch', 'neck-side-bend', 'scapular-squeeze'],
];

/** Fills a longer break after the slot. The rationed stretches and breathing are not in it. */
export const MOVEMENT_FILL: readonly ExerciseId[] = [
  'shoulder-rolls',
  'neck-rotation',
  'chin-tuck',
  'thoracic-extension',
  'scapular-squeeze',
  'neck-side-bend',
  'doorway-chest-stretch',
];

/** Seconds of breathing when it comes up in a movement break. */
export const MOVEMENT_BREATHING_SEC = 90;

/** Movement exercise order for break number `n` (any integer): its slot, then the fill. */
export function movementOrder(n: number): ExerciseId[] {
  const k =
    ((Math.trunc(n) % MOVEMENT_SLOTS.length) + MOVEMENT_SLOTS.length) % MOVEMENT_SLOTS.length;
  const slot = MOVEMENT_SLOTS[k] ?? [];
  const fill = MOVEMENT_FILL.filter((id) => !slot.includes(id));
  const shift = Math.trunc(n) % fill.length;
  return [...slot, ...fill.slice(shift), ...fill.slice(0, shift)];
}

/** The rotation number in a scheduler break id (`movement-<t>-r<n>`), or null. */
export function rotationOf(breakId: string | null): number | null {
  const m = breakId ? /-r(\d{1,9})$/.exec(breakId) : null;
  return m?.[1] ? Number(m[1]) : null;
}
