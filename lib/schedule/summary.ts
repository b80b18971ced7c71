/** Read-only views of the schedule state for pages and for the camera lifecycle. Pure. */
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
 * Whether the camera is worth running at `now`: not when paused, with the screen locked, outside
 * working hours or with the camera turned off in settings. Idle input alone does not stop it:
 * the camera is what tells reading from absence.
 */
export function wantsCamera(
  s: ScheduleState,
  settings: Settings,
  now: number,
  local: LocalTimeFn,
): boolean {
  if (!settings.cameraEnabled || isPaused(s, now) || s.idle === 'locked') return false;
  return inWorkingHours(settings, local(now));
}
