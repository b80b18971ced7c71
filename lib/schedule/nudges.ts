/**
 * The posture nudge ladder. The badge reacts within seconds; an interrupting notification comes
 * only after `nudgeAfterSec` of sustained forward head, at least `nudgeMinGapMin` after the last
 * one with the gap doubling on each repeat, and never more than `nudgeMaxPerHour` in any hour.
 * A nudge on screen is withdrawn quietly once it no longer applies.
 */
import type { Settings } from '../settings-schema';
import {
  HOUR_MS,
  NUDGE_MAX_GAP_MS,
  NUDGE_MESSAGES,
  NUDGE_SHOWN_MAX_MS,
  NUDGE_STREAK_RESET_MS,
} from './constants';
import type { StepContext } from './context';
import { postureFresh } from './presence';
import type { NudgeState, ResetTip } from './types';

/** Effect id of the posture nudge notification (break notifications use their break id). */
export const NUDGE_ID = 'nudge';

export const RESET_TIPS: readonly ResetTip[] = [
  'chinTuck',
  'shoulderRoll',
  'raiseScreen',
  'sitBack',
];

/** Cooldown in ms after the `streak`-th nudge of a run (1-based): base, 2x, 4x ... capped. */
export function cooldownMs(streak: number, settings: Settings): number {
  const base = settings.nudgeMinGapMin * 60_000;
  return Math.min(NUDGE_MAX_GAP_MS, base * 2 ** Math.max(0, streak - 1));
}

/**
 * Earliest ms timestamp at which a nudge may be shown, given the ladder and the hourly cap,
 * ignoring posture; `t` is now (ms).
 */
export function nudgeAllowedAt(n: NudgeState, settings: Settings, t: number): number {
  const recent = n.times.filter((x) => t - x < HOUR_MS);
  const capFreeAt =
    recent.length >= settings.nudgeMaxPerHour
      ? (recent[recent.length - settings.nudgeMaxPerHour] ?? t) + HOUR_MS
      : t;
  return Math.max(n.nextAllowedAt, capFreeAt);
}

/** When the current forward-head run would earn a nudge (ms), or null if no run or nudges off. */
export function nudgeDueAt(ctx: StepContext): number | null {
  const { s, settings, t } = ctx;
  if (!settings.postureNudges || s.forwardSince === null) return null;
  return Math.max(
    s.forwardSince + settings.nudgeAfterSec * 1000,
    nudgeAllowedAt(s.nudge, settings, t),
  );
}

/** Shows a posture nudge if one is earned now; the caller checks duty, hold and presence. */
export function maybeNudge(ctx: StepContext): void {
  const { s, settings, t, fx } = ctx;
  const n = s.nudge;
  // The ladder starts over after a quiet hour beyond the current cooldown.
  if (n.lastAt !== null && t - n.lastAt >= cooldownMs(n.streak, settings) + NUDGE_STREAK_RESET_MS)
    n.streak = 0;
  const due = nudgeDueAt(ctx);
  if (due === null || t < due) return;
  n.times = [...n.times.filter((x) => t - x < HOUR_MS), t];
  n.streak += 1;
  n.nextAllowedAt = t + cooldownMs(n.streak, settings);
  n.lastAt = t;
  n.shownAt = t;
  const seq = n.seq;
  n.seq += 1;
  s.forwardSince = t; // the next nudge needs a fresh sustained run
  fx.push({
    type: 'notify',
    id: NUDGE_ID,
    // Leaning in until the face fills the frame: the nudge says so, and suggests sitting back.
    notice: s.tooClose
      ? { kind: 'nudge', message: seq % NUDGE_MESSAGES, tip: 'sitBack', tooClose: true }
      : {
          kind: 'nudge',
          message: seq % NUDGE_MESSAGES,
          tip: RESET_TIPS[seq % RESET_TIPS.length] ?? 'chinTuck',
        },
  });
  fx.push({ type: 'record', event: { type: 'nudge' }, key: `nudge:${ctx.t.toString(36)}` });
}

/**
 * Withdraws the nudge on screen, without a word, once it no longer applies: the posture is back to
 * neutral (or anything but forward head and the engine's brief pauses), the samples stopped, the
 * person left, or the coach may not interrupt now (`free` false: paused, off hours, held by a
 * meeting, a break under way); also when nudges were turned off or it is `NUDGE_SHOWN_MAX_MS` old.
 */
export function withdrawNudge(ctx: StepContext, free: boolean): void {
  const { s, settings, t, fx } = ctx;
  const shownAt = s.nudge.shownAt;
  if (shownAt === null) return;
  const drifted = s.posture === 'forward-head' || s.posture === 'unknown';
  const applies = free && settings.postureNudges && drifted && postureFresh(s, t);
  if (applies && t - shownAt < NUDGE_SHOWN_MAX_MS) return;
  s.nudge.shownAt = null;
  fx.push({ type: 'clear-notification', id: NUDGE_ID });
}

/**
 * The person snoozed the nudge: it goes, and no posture nudge comes for `snoozeMin` minutes (the
 * same snooze length as breaks). Breaks are not affected.
 */
export function snoozeNudge(ctx: StepContext): void {
  const { s, settings, t, fx } = ctx;
  s.nudge.nextAllowedAt = Math.max(s.nudge.nextAllowedAt, t + settings.snoozeMin * 60_000);
  s.forwardSince = null;
  if (s.nudge.shownAt === null) return;
  s.nudge.shownAt = null;
  fx.push({ type: 'clear-notification', id: NUDGE_ID });
}
