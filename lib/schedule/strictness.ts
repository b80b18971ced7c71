/**
 * Strictness: gentle (notifications only), normal (the break page opens after a short countdown
 * unless snoozed), firm (fewer snoozes, no skips beyond the daily budget). Ignoring breaks escalates
 * one step; taking a break or a new day reverts it. No level ever locks the person out: pause
 * always works and the break page can always be closed.
 */
import type { Settings } from '../settings-schema';
import { COUNTDOWN_SEC, ESCALATE_AFTER_IGNORED } from './constants';
import type { ScheduleState } from './types';

export type Strictness = Settings['strictness'];

/** The strictness in force: the setting, one step firmer while the person keeps ignoring breaks. */
export function effectiveStrictness(state: ScheduleState, settings: Settings): Strictness {
  const base = settings.strictness;
  if (state.ignoredInRow < ESCALATE_AFTER_IGNORED) return base;
  return base === 'gentle' ? 'normal' : 'firm';
}

/** Snoozes allowed for one break: `maxSnoozes`, halved (rounded down) when firm. */
export function allowedSnoozes(state: ScheduleState, settings: Settings): number {
  const s = effectiveStrictness(state, settings);
  return s === 'firm' ? Math.floor(settings.maxSnoozes / 2) : settings.maxSnoozes;
}

/** Whether a skip is accepted now: within the daily budget, or beyond it unless firm. */
export function canSkip(state: ScheduleState, settings: Settings): boolean {
  if (state.skipsToday < settings.dailySkipBudget) return true;
  return effectiveStrictness(state, settings) !== 'firm';
}

/** Seconds before an announced break opens its page by itself; null for never (gentle). */
export function countdownSec(state: ScheduleState, settings: Settings): number | null {
  if (state.brk?.gentle) return null;
  return COUNTDOWN_SEC[effectiveStrictness(state, settings)];
}
