/** What the step reports besides its actions: the ambient badge and the next wake-up time. */
import type { StepContext } from './context';
import { microLeftMs, movementLeftMs } from './breaks';
import { NUDGE_SHOWN_MAX_MS } from './constants';
import { nudgeDueAt } from './nudges';
import { isPresent, onDuty, postureFresh } from './presence';
import type { BadgeKind } from './types';

/** The badge for the current state: paused, off duty, or the fresh posture. */
export function badgeFor(ctx: StepContext): BadgeKind {
  const { s, t } = ctx;
  if (s.pausedUntil !== null) return 'paused';
  if (!onDuty(ctx)) return 'idle';
  if (s.idle === 'locked') return 'away';
  if (!postureFresh(s, t)) return 'idle';
  switch (s.posture) {
    case 'forward-head':
      return 'forward';
    case 'neutral':
      return 'good';
    case 'away':
      return 'away';
    case 'needs-calibration':
      return 'calibrate';
    case 'calibrating':
    case 'unknown':
    case null:
      return 'idle';
  }
}

/**
 * The next ms timestamp worth a tick: a break phase ending, a pause or hold ending, a nudge
 * becoming due or growing too old to stay on screen, a break timer running out. The one-minute
 * periodic tick covers everything else.
 */
export function nextWake(ctx: StepContext): number | null {
  const { s, settings, t } = ctx;
  const at: number[] = [];
  if (s.brk) at.push(s.brk.until);
  if (s.pausedUntil !== null) at.push(s.pausedUntil);
  if (s.holdReleaseAt !== null) at.push(s.holdReleaseAt);
  const nudge = nudgeDueAt(ctx);
  if (nudge !== null) at.push(nudge);
  if (s.nudge.shownAt !== null) at.push(s.nudge.shownAt + NUDGE_SHOWN_MAX_MS);
  if (!s.brk && onDuty(ctx) && isPresent(s, t)) {
    if (settings.microBreakEnabled) at.push(t + Math.max(0, microLeftMs(s, settings)));
    if (settings.movementBreakEnabled) at.push(t + Math.max(0, movementLeftMs(s, settings)));
  }
  const future = at.map((x) => Math.max(x, t + 1000));
  return future.length ? Math.min(...future) : null;
}

/** Emits the badge and alarm effects when they changed. */
export function emitOutputs(ctx: StepContext): void {
  const { s, fx } = ctx;
  const badge = badgeFor(ctx);
  if (badge !== s.badge) {
    s.badge = badge;
    fx.push({ type: 'badge', badge });
  }
  const wake = nextWake(ctx);
  if (wake !== s.wakeAt) {
    s.wakeAt = wake;
    fx.push({ type: 'alarm', at: wake });
  }
}
