/**
 * The schedule state machine: `step(state, event, settings, now, local)` returns the next state
 * and the effects to perform. Pure and deterministic; the service worker persists the state and
 * performs the effects.
 */
import type { Settings } from '../settings-schema';
import { breakAction, breakClosed, breakNow, noticeLost, pause, resume } from './actions';
import {
  announce,
  announceNew,
  dismiss,
  dueKind,
  kindEnabled,
  resetTimers,
  run,
  taken,
} from './breaks';
import type { StepContext } from './context';
import { fixedOffsetLocalTime } from './local-time';
import { holdOutlasted, updateHold } from './meeting';
import { maybeNudge, snoozeNudge, withdrawNudge } from './nudges';
import { emitOutputs } from './outputs';
import { clockWentBack, rebaseState } from './rebase';
import { accrue, isPresent, onDuty } from './presence';
import { allowedSnoozes, countdownSec } from './strictness';
import type { LocalTimeFn, ScheduleEvent, ScheduleState, StepResult } from './types';

const UTC = fixedOffsetLocalTime(0);

/**
 * Advances the schedule to `now` (ms since epoch) and applies `event`.
 * A tick at or before the last processed time is ignored (an alarm already handled). A clock that
 * went back further than `BACKWARD_JUMP_MS` is a gap: the state is rebased to `now` and goes on.
 * @param local maps ms since epoch to local wall-clock time (working hours, days, midnight)
 */
export function step(
  given: ScheduleState,
  event: ScheduleEvent,
  settings: Settings,
  now: number,
  local: LocalTimeFn = UTC,
): StepResult {
  const state = clockWentBack(given, now) ? rebaseState(given, now) : given;
  if (event.type === 'tick' && now <= state.at && state === given) return { state, effects: [] };
  const t = Math.max(now, state.at);
  const ctx: StepContext = { s: structuredClone(state), settings, t, lt: local(t), local, fx: [] };
  accrue(ctx);
  if (ctx.lt.day !== ctx.s.day) {
    ctx.s.day = ctx.lt.day;
    ctx.s.skipsToday = 0;
    ctx.s.ignoredInRow = 0;
  }
  applyEvent(ctx, event);
  settle(ctx);
  emitOutputs(ctx);
  ctx.s.at = t;
  return { state: ctx.s, effects: ctx.fx };
}

function applyEvent(ctx: StepContext, e: ScheduleEvent): void {
  const { s, t } = ctx;
  switch (e.type) {
    case 'posture':
      s.posture = e.state.kind;
      s.postureAt = t;
      if (e.state.kind === 'forward-head') s.forwardSince ??= t;
      else s.forwardSince = null;
      s.tooClose = e.state.kind === 'forward-head' && e.state.cue === 'too-close';
      return;
    case 'camera':
      s.signals.cameraBusy = e.status === 'busy';
      return;
    case 'idle':
      s.idle = e.state;
      return;
    case 'signal':
      if (e.signal === 'audible') s.signals.audible = e.on;
      else if (e.signal === 'fullscreen') s.signals.fullscreen = e.on;
      else s.signals.meetingSite = e.on;
      return;
    case 'break-action':
      return breakAction(ctx, e.id, e.action);
    case 'break-now':
      return breakNow(ctx, e.kind);
    case 'break-closed':
      return breakClosed(ctx, e.id);
    case 'notice-lost':
      return noticeLost(ctx, e.id);
    case 'nudge-snooze':
      return snoozeNudge(ctx);
    case 'pause':
      return pause(ctx, e.choice);
    case 'resume':
      return resume(ctx);
    case 'tick':
    case 'settings':
      return;
  }
}

/** Applies every time-driven rule at `t`, in a fixed order. */
function settle(ctx: StepContext): void {
  const { s, settings, t } = ctx;
  if (s.pausedUntil !== null && t >= s.pausedUntil) s.pausedUntil = null;
  updateHold(ctx);
  creditAbsence(ctx);
  if (s.brk && s.brk.phase !== 'running') {
    // Withdrawn without a record when its kind was turned off or working hours ended.
    if (!kindEnabled(s.brk.kind, settings) || !onDuty(ctx)) dismiss(ctx);
  }
  if (s.brk && t >= s.brk.until) expire(ctx);
  const free = onDuty(ctx) && !s.held && isPresent(s, t);
  // A hold past its limit no longer holds breaks (nudges stay held): they come gently.
  const outlasted = holdOutlasted(ctx) && onDuty(ctx) && isPresent(s, t);
  const due = dueKind(s, settings, ctx.lt);
  if (!s.brk && due) {
    if (outlasted) announceNew(ctx, due, false, true);
    else if (s.held) s.catchUp = true;
    else if (free) {
      announceNew(ctx, due, s.catchUp);
      s.catchUp = false;
    }
  } else if (!due && !s.held) s.catchUp = false;
  withdrawNudge(ctx, free && !s.brk);
  if (free && !s.brk) maybeNudge(ctx);
}

/**
 * Time away at least as long as a break counts as that break: on return, the timers restart and a
 * pending break of that kind is recorded as taken.
 */
function creditAbsence(ctx: StepContext): void {
  const { s, settings, t } = ctx;
  if (!isPresent(s, t)) {
    s.awaySince ??= t;
    s.forwardSince = null;
    return;
  }
  if (s.awaySince === null) return;
  const awayMs = t - s.awaySince;
  s.awaySince = null;
  const kind =
    awayMs >= settings.movementBreakMin * 60_000
      ? 'movement'
      : awayMs >= settings.microBreakSec * 1000
        ? 'micro'
        : null;
  if (!kind) return;
  // Time away is rest, not neck training: a pending neck-training break stays.
  if (s.brk && s.brk.kind !== 'neck-training' && (kind === 'movement' || s.brk.kind === 'micro'))
    taken(ctx);
  resetTimers(s, kind);
}

/** A break phase ran out: the countdown opens the page, a snooze ends, a run finishes. */
function expire(ctx: StepContext): void {
  const { s, settings, t } = ctx;
  const b = s.brk;
  if (!b) return;
  if (b.phase === 'running') return taken(ctx);
  if (b.phase === 'snoozed') {
    if (s.held && !holdOutlasted(ctx)) {
      dismiss(ctx);
      s.catchUp = true;
    } else if (onDuty(ctx) && isPresent(s, t)) announce(ctx);
    return;
  }
  if (countdownSec(s, settings) !== null) return run(ctx);
  // Gentle and unanswered: come back later while snoozes last, then let it go.
  if (b.snoozes < allowedSnoozes(s, settings)) {
    b.phase = 'snoozed';
    b.snoozes += 1;
    b.until = t + settings.snoozeMin * 60_000;
    ctx.fx.push({ type: 'clear-notification', id: b.id });
    return;
  }
  s.ignoredInRow += 1;
  resetTimers(s, b.kind);
  dismiss(ctx);
}
