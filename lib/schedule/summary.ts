/** Read-only views of the schedule state for pages and for the camera lifecycle. Pure. */
import type { CameraBlock } from '../posture/host-rules';
import type { Settings } from '../settings-schema';
import { microLeftMs, movementLeftMs } from './breaks';
import { inWorkingHours } from './local-time';
import type { BreakKind, LocalTimeFn, ScheduleState } from './types';

export interface NextBreak {
  /** ms since epoch, assuming the person stays active from now on. */
  at: number;
  kind: BreakKind;
}

/** The next break: a snoozed one's return, else the earlier of the two timers; null if none. */
export function nextBreak(s: ScheduleState, settings: Settings, now: number): NextBreak | null {
  if (s.brk?.phase === 'snoozed') return { at: s.brk.until, kind: s.brk.kind };
  if (s.brk) return null;
  const options: NextBreak[] = [];
  if (settings.movementBreakEnabled)
    options.push({ at: now + Math.max(0, movementLeftMs(s, settings)), kind: 'movement' });
  if (settings.microBreakEnabled)
    options.push({ at: now + Math.max(0, microLeftMs(s, settings)), kind: 'micro' });
  options.sort((a, b) => a.at - b.at);
  return options[0] ?? null;
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
