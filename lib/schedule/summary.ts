/** Read-only views of the schedule state for pages and for the camera lifecycle. Pure. */
import type { CameraBlock } from '../posture/host-rules';
import type { Settings } from '../settings-schema';
import { microLeftMs, movementLeftMs, neckDue } from './breaks';
import { NECK_MIN_ACTIVE_MS } from './constants';
import { inWindow, inWorkingHours } from './local-time';
import type { BreakKind, LocalTimeFn, ScheduleState } from './types';

export interface NextBreak {
  /** ms since epoch, assuming the person stays active from now on. */
  at: number;
  kind: BreakKind;
}

/**
 * The next break: a snoozed one's return, else the earliest of the two timers and, given the
 * local time (`local`), today's neck training when it will come inside its window; null if none.
 */
export function nextBreak(
  s: ScheduleState,
  settings: Settings,
  now: number,
  local?: LocalTimeFn,
): NextBreak | null {
  if (s.brk?.phase === 'snoozed') return { at: s.brk.until, kind: s.brk.kind };
  if (s.brk) return null;
  const options: NextBreak[] = [];
  if (settings.movementBreakEnabled)
    options.push({ at: now + Math.max(0, movementLeftMs(s, settings)), kind: 'movement' });
  if (settings.microBreakEnabled)
    options.push({ at: now + Math.max(0, microLeftMs(s, settings)), kind: 'micro' });
  const neck = local ? nextNeckAt(s, settings, now, local) : null;
  if (neck !== null) options.push({ at: neck, kind: 'neck-training' });
  // Stable sort: on a tie the order dueKind uses (movement, micro, neck training).
  options.sort((a, b) => a.at - b.at);
  return options[0] ?? null;
}

/**
 * When today's neck training comes if the person stays active: the later of its active minutes and
 * its window opening, if `neckDue` (the scheduler's own rule) says yes then, still today.
 */
function nextNeckAt(
  s: ScheduleState,
  settings: Settings,
  now: number,
  local: LocalTimeFn,
): number | null {
  const lt = local(now);
  const from = settings.neckTrainingFromMin;
  const opensIn = inWindow(from, settings.neckTrainingToMin, lt.minute)
    ? 0
    : ((from - lt.minute + 1440) % 1440) * 60_000 - (now % 60_000);
  const at = now + Math.max(opensIn, NECK_MIN_ACTIVE_MS - s.activeMicroMs, 0);
  const then = local(at);
  const active = { ...s, activeMicroMs: s.activeMicroMs + (at - now) };
  return then.day === lt.day && neckDue(active, settings, then) ? at : null;
}

/** Whether coaching is paused at `now` (ms). */
export function isPaused(s: ScheduleState, now: number): boolean {
  return s.pausedUntil !== null && now < s.pausedUntil;
}

/**
 * Why the camera is not worth running at `now`, or null when it is: turned off in settings,
 * paused, the screen locked, or outside working hours. Idle input alone does not stop it: the
 * camera is what tells reading from absence (lib/posture/host-rules.ts combines the two).
 */
export function cameraBlock(
  s: ScheduleState,
  settings: Settings,
  now: number,
  local: LocalTimeFn,
): CameraBlock | null {
  if (!settings.cameraEnabled) return 'off';
  if (isPaused(s, now)) return 'paused';
  if (s.idle === 'locked') return 'locked';
  return inWorkingHours(settings, local(now)) ? null : 'outside-hours';
}

/** Whether the camera is worth running at `now` (`cameraBlock` finds no reason against it). */
export function wantsCamera(
  s: ScheduleState,
  settings: Settings,
  now: number,
  local: LocalTimeFn,
): boolean {
  return cameraBlock(s, settings, now, local) === null;
}
