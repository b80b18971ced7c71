/**
 * The person's own actions: break buttons (start, snooze, skip, done), "break now", pause and
 * resume. Actions on a break that is no longer current are ignored, so a stale notification click
 * or a repeated message never acts twice.
 */
import { RUN_GRACE_MS } from './constants';
import type { StepContext } from './context';
import {
  breakLengthMs,
  dismiss,
  newBreakId,
  notifyBreak,
  resetTimers,
  run,
  stopped,
  taken,
} from './breaks';
import { nextLocalMidnight } from './local-time';
import { allowedSnoozes, canSkip } from './strictness';
import type { BreakActionName, BreakKind, PauseChoice } from './types';

/** Applies a break button or break-page action to the break `id`. */
export function breakAction(ctx: StepContext, id: string, action: BreakActionName): void {
  const { s, settings, t, fx } = ctx;
  const b = s.brk;
  if (!b || b.id !== id) return;
  switch (action) {
    case 'start':
      if (b.phase !== 'running') run(ctx, true);
      return;
    case 'snooze':
      if (b.phase !== 'announced' || b.snoozes >= allowedSnoozes(s, settings)) return;
      b.phase = 'snoozed';
      b.snoozes += 1;
      b.until = t + settings.snoozeMin * 60_000;
      fx.push({ type: 'clear-notification', id: b.id });
      fx.push({
        type: 'record',
        event: { type: 'break', outcome: 'snoozed' },
        key: `${b.id}:snoozed:${b.snoozes}`,
      });
      return;
    case 'skip':
      if (!canSkip(s, settings)) return;
      s.skipsToday += 1;
      s.ignoredInRow += 1;
      resetTimers(s, b.kind);
      fx.push({
        type: 'record',
        event: { type: 'break', outcome: 'skipped' },
        key: `${b.id}:skipped`,
      });
      dismiss(ctx);
      return;
    case 'done':
      // Only the break page sends it, and it shows its summary until the person closes it.
      taken(ctx, true);
      return;
    case 'stop':
      stopped(ctx);
      return;
  }
}

/**
 * The break page's window closed (or was lost with a browser restart) while its break ran: the
 * break ends, not taken and not recorded. Its timers restart, so the same break is not announced
 * again at once. A page that finished its break has already ended it, so this is then ignored.
 */
export function breakClosed(ctx: StepContext, id: string): void {
  const b = ctx.s.brk;
  if (!b || b.id !== id || b.phase !== 'running') return;
  resetTimers(ctx.s, b.kind);
  dismiss(ctx, true);
}

/**
 * The announcement of break `id` is gone from the screen while the break is still announced (the
 * browser restarted): show it again, with its countdown or expiry unchanged.
 */
export function noticeLost(ctx: StepContext, id: string): void {
  const b = ctx.s.brk;
  if (b?.id === id && b.phase === 'announced') notifyBreak(ctx);
}

/** Starts a break of `kind` right away (the person asked), replacing any pending one. */
export function breakNow(ctx: StepContext, kind: BreakKind): void {
  const { s, t, fx } = ctx;
  if (s.brk?.phase === 'running') {
    fx.push({ type: 'open-break', id: s.brk.id, kind: s.brk.kind, asked: true }); // reopen a closed page
    return;
  }
  if (s.brk) fx.push({ type: 'clear-notification', id: s.brk.id });
  s.brk = {
    id: newBreakId(ctx, kind),
    kind,
    phase: 'running',
    until: t + breakLengthMs(kind, ctx.settings) + RUN_GRACE_MS,
    snoozes: 0,
    catchUp: false,
  };
  fx.push({ type: 'open-break', id: s.brk.id, kind, asked: true });
}

/** Pauses coaching until 30 min, 1 h or local midnight from now; a pending break is withdrawn. */
export function pause(ctx: StepContext, choice: PauseChoice): void {
  const { s, t } = ctx;
  s.pausedUntil =
    choice === '30m'
      ? t + 30 * 60_000
      : choice === '1h'
        ? t + 60 * 60_000
        : nextLocalMidnight(t, ctx.local);
  s.forwardSince = null;
  if (s.brk && s.brk.phase !== 'running') dismiss(ctx);
}

/** Ends a pause now. */
export function resume(ctx: StepContext): void {
  ctx.s.pausedUntil = null;
}
