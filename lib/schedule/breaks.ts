/**
 * Break timing: when a micro, movement or daily neck-training break is due, announcing it, and
 * ending it. Active time drives the micro and movement timers; posture load (forward-head time)
 * brings the movement break earlier; neck training comes once a day in its own window.
 */
import type { Settings } from '../settings-schema';
import {
  ANNOUNCE_TIMEOUT_MS,
  LOAD_FACTOR,
  LOAD_MAX_FRACTION,
  NECK_BREAK_MS,
  NECK_MIN_ACTIVE_MS,
  RUN_GRACE_MS,
} from './constants';
import type { StepContext } from './context';
import { allowedSnoozes, canSkip, countdownSec } from './strictness';
import { inWindow } from './local-time';
import type { BreakKind, LocalTime, ScheduleState } from './types';

/** Planned length of a break in ms. */
export function breakLengthMs(kind: BreakKind, settings: Settings): number {
  if (kind === 'neck-training') return NECK_BREAK_MS;
  return kind === 'micro' ? settings.microBreakSec * 1000 : settings.movementBreakMin * 60_000;
}

/** Whether breaks of `kind` are switched on (neck training also needs its routine offered). */
export function kindEnabled(kind: BreakKind, settings: Settings): boolean {
  if (kind === 'micro') return settings.microBreakEnabled;
  if (kind === 'movement') return settings.movementBreakEnabled;
  return settings.neckTrainingEnabled && settings.routinesOffered.includes('neck-training');
}

/**
 * Whether today's neck-training break is due at local time `lt`: switched on, not yet taken,
 * skipped or let go today, inside its window, and after some active time since the last break.
 */
export function neckDue(s: ScheduleState, settings: Settings, lt: LocalTime): boolean {
  return (
    kindEnabled('neck-training', settings) &&
    s.neckDay !== lt.day &&
    inWindow(settings.neckTrainingFromMin, settings.neckTrainingToMin, lt.minute) &&
    s.activeMicroMs >= NECK_MIN_ACTIVE_MS
  );
}

/** Active ms left until the micro break is due (0 or less: due). */
export function microLeftMs(s: ScheduleState, settings: Settings): number {
  return settings.microBreakEveryMin * 60_000 - s.activeMicroMs;
}

/**
 * Active ms left until the movement break is due (0 or less: due). Each forward-head minute counts
 * `LOAD_FACTOR` extra minutes, up to `LOAD_MAX_FRACTION` of the interval.
 */
export function movementLeftMs(s: ScheduleState, settings: Settings): number {
  const interval = settings.movementBreakEveryMin * 60_000;
  const credit = Math.min(s.loadMs * LOAD_FACTOR, interval * LOAD_MAX_FRACTION);
  return interval - credit - s.activeMovementMs;
}

/**
 * The break due now, movement first (it includes the micro break's benefits), then the micro
 * break, then today's neck training (at local time `lt`; never without it), or null.
 */
export function dueKind(s: ScheduleState, settings: Settings, lt?: LocalTime): BreakKind | null {
  if (settings.movementBreakEnabled && movementLeftMs(s, settings) <= 0) return 'movement';
  if (settings.microBreakEnabled && microLeftMs(s, settings) <= 0) return 'micro';
  if (lt && neckDue(s, settings, lt)) return 'neck-training';
  return null;
}

/**
 * Restarts the timers a break of `kind` satisfies; every break covers the micro one, a movement
 * break the movement timer, and neck training is done for the day (`s.day`).
 */
export function resetTimers(s: ScheduleState, kind: BreakKind): void {
  s.activeMicroMs = 0;
  if (kind === 'neck-training') s.neckDay = s.day;
  if (kind === 'movement') {
    s.activeMovementMs = 0;
    s.loadMs = 0;
    s.nudge.streak = 0;
  }
}

/** Shows (or re-shows) the announcement of the current break. */
export function notifyBreak(ctx: StepContext): void {
  const b = ctx.s.brk;
  if (!b) return;
  ctx.fx.push({
    type: 'notify',
    id: b.id,
    notice: {
      kind: 'break',
      breakId: b.id,
      breakKind: b.kind,
      catchUp: b.catchUp,
      countdownSec: countdownSec(ctx.s, ctx.settings),
      canSnooze: b.snoozes < allowedSnoozes(ctx.s, ctx.settings),
      canSkip: canSkip(ctx.s, ctx.settings),
    },
  });
}

/** Announces the current break again, from now: countdown (normal, firm) or expiry (gentle). */
export function announce(ctx: StepContext): void {
  const b = ctx.s.brk;
  if (!b) return;
  const cd = countdownSec(ctx.s, ctx.settings);
  b.phase = 'announced';
  b.until = ctx.t + (cd === null ? ANNOUNCE_TIMEOUT_MS : cd * 1000);
  notifyBreak(ctx);
}

/**
 * Creates and announces a new break of `kind`.
 * @param gentle announce without a countdown whatever the strictness (a hold outlasted its limit)
 */
export function announceNew(
  ctx: StepContext,
  kind: BreakKind,
  catchUp: boolean,
  gentle = false,
): void {
  ctx.s.brk = {
    id: newBreakId(ctx, kind),
    kind,
    phase: 'announced',
    until: ctx.t,
    snoozes: 0,
    catchUp,
  };
  if (gentle) ctx.s.brk.gentle = true;
  announce(ctx);
}

/**
 * A fresh break id: `<kind>-<time base 36>`, and for movement breaks `-r<n>`, the rotation
 * counter the break page uses to vary its content (see `rotationOf` in lib/exercises/rotation).
 */
export function newBreakId(ctx: StepContext, kind: BreakKind): string {
  const id = `${kind}-${ctx.t.toString(36)}`;
  if (kind !== 'movement') return id;
  const n = ctx.s.rotation;
  ctx.s.rotation = n + 1;
  return `${id}-r${n}`;
}

/**
 * Opens the break page for the current break and starts its run.
 * @param asked the person asked for it (a notification's Start): the page starts at once
 */
export function run(ctx: StepContext, asked = false): void {
  const b = ctx.s.brk;
  if (!b) return;
  b.phase = 'running';
  b.until = ctx.t + breakLengthMs(b.kind, ctx.settings) + RUN_GRACE_MS;
  ctx.fx.push({ type: 'clear-notification', id: b.id });
  ctx.fx.push({ type: 'open-break', id: b.id, kind: b.kind, asked });
}

/**
 * Ends the current break (if any) without recording: clears its notification and, unless
 * `keepPage`, its page. The page keeps its window when it ended the break itself: its last
 * screen (the summary, or the stop advice) is one the person reads and closes.
 */
export function dismiss(ctx: StepContext, keepPage = false): void {
  const b = ctx.s.brk;
  if (!b) return;
  ctx.fx.push({ type: 'clear-notification', id: b.id });
  if (b.phase === 'running' && !keepPage) ctx.fx.push({ type: 'close-break', id: b.id });
  ctx.s.brk = null;
}

/** The current break was taken: record it, restart its timers, undo any escalation. */
export function taken(ctx: StepContext, keepPage = false): void {
  const b = ctx.s.brk;
  if (!b) return;
  resetTimers(ctx.s, b.kind);
  ctx.s.ignoredInRow = 0;
  ctx.fx.push({ type: 'record', event: { type: 'break', outcome: 'taken' }, key: `${b.id}:taken` });
  dismiss(ctx, keepPage);
}

/**
 * The person stopped the break because something hurt or they felt dizzy: recorded as stopped
 * (not taken), the timers restart (they did stop working) and the page stays open on its advice.
 * It is not an ignored break, so it never escalates strictness.
 */
export function stopped(ctx: StepContext): void {
  const b = ctx.s.brk;
  if (!b) return;
  resetTimers(ctx.s, b.kind);
  ctx.fx.push({
    type: 'record',
    event: { type: 'break', outcome: 'stopped' },
    key: `${b.id}:stopped`,
  });
  dismiss(ctx, true);
}
