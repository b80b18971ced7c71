/**
 * The clock set back: a jump backwards is a gap in time, not a reason to stop. The state's own
 * timestamps move with the clock, so every interval in progress keeps its length. Pure.
 */
import type { ScheduleState } from './types';

/**
 * A step up to this far behind the last one is two events racing in the queue (their times were
 * read a moment apart): it counts as no time passing. Further back, the clock itself went back.
 */
export const BACKWARD_JUMP_MS = 60_000;

const shift = (x: number | null, by: number): number | null => (x === null ? null : x + by);

/**
 * Whether `now` (ms since epoch) is so far before the state's last step that the clock went back.
 * @param now the worker's clock
 */
export function clockWentBack(state: ScheduleState, now: number): boolean {
  return state.at - now > BACKWARD_JUMP_MS;
}

/**
 * Moves every timestamp of `state` by the jump `now - state.at` (negative), so the state reads as
 * if its last step happened at `now`: timers, a break phase, a pause, a hold's grace and the nudge
 * cooldown keep what was left of them. Counters (active time, skips) are untouched, so the next
 * break comes within its normal interval. Returns a new state.
 */
export function rebaseState(state: ScheduleState, now: number): ScheduleState {
  const by = now - state.at;
  const s = structuredClone(state);
  s.at = now;
  s.postureAt = s.postureAt + by;
  s.forwardSince = shift(s.forwardSince, by);
  s.awaySince = shift(s.awaySince, by);
  s.holdReleaseAt = shift(s.holdReleaseAt, by);
  s.pausedUntil = shift(s.pausedUntil, by);
  s.wakeAt = shift(s.wakeAt, by);
  s.heldSince = shift(s.heldSince, by);
  if (s.brk) s.brk.until += by;
  const n = s.nudge;
  n.times = n.times.map((x) => x + by);
  n.nextAllowedAt += by;
  n.lastAt = shift(n.lastAt, by);
  n.shownAt = shift(n.shownAt, by);
  return s;
}
