/**
 * Presence and active time. The camera tells presence best (reading and video produce no input);
 * without a fresh posture sample, `browser.idle` decides. Locked always means away.
 */
import { MAX_GAP_MS, POSTURE_FRESH_MS } from './constants';
import type { StepContext } from './context';
import { inWorkingHours } from './local-time';
import type { ScheduleState } from './types';

/** Whether the last posture sample is recent enough (at `t`, ms) to speak for presence. */
export function postureFresh(s: ScheduleState, t: number): boolean {
  return s.posture !== null && t - s.postureAt <= POSTURE_FRESH_MS;
}

/** Whether someone is at the desk at `t` (ms since epoch). */
export function isPresent(s: ScheduleState, t: number): boolean {
  if (s.idle === 'locked') return false;
  if (postureFresh(s, t)) return s.posture !== 'away';
  return s.idle === 'active';
}

/** Whether the coach is on duty: not paused and within working hours. */
export function onDuty(ctx: StepContext): boolean {
  return ctx.s.pausedUntil === null && inWorkingHours(ctx.settings, ctx.lt);
}

/**
 * Accrues the time since the previous step using the inputs as they were. A gap longer than
 * `MAX_GAP_MS` (machine asleep, worker starved) counts as time away rather than active time.
 */
export function accrue(ctx: StepContext): void {
  const { s, t } = ctx;
  const dt = t - s.at;
  if (dt <= 0) return;
  if (dt > MAX_GAP_MS) {
    s.awaySince ??= s.at;
    return;
  }
  if (!isPresent(s, t) || !onDuty(ctx) || s.brk?.phase === 'running') return;
  s.activeMicroMs += dt;
  s.activeMovementMs += dt;
  if (s.posture === 'forward-head' && postureFresh(s, t)) s.loadMs += dt;
}
