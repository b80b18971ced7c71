/** The working context of one `step`: a private copy of the state plus the effects so far. */
import type { Settings } from '../settings-schema';
import type { Effect, LocalTime, LocalTimeFn, ScheduleState } from './types';

export interface StepContext {
  /** Private copy of the state, mutated during the step and returned at the end. */
  s: ScheduleState;
  settings: Settings;
  /** The step's time, ms since epoch (never before the previous step). */
  t: number;
  /** Local wall-clock time at `t`. */
  lt: LocalTime;
  local: LocalTimeFn;
  fx: Effect[];
}
