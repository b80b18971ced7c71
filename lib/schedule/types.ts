/**
 * The schedule state machine's vocabulary: its JSON-safe state, the events it consumes and the
 * effects it asks the service worker to perform. Pure types; each union of names derives from its
 * `as const` list, which the validators use too.
 */
import type { HistoryEvent } from '../history/types';
import type { CameraStatus, PostureKind, PostureState } from '../posture/types';

/** `neck-training`: the daily neck-training session, offered once a day in its own time window. */
export const BREAK_KINDS = ['micro', 'movement', 'neck-training'] as const;
export type BreakKind = (typeof BREAK_KINDS)[number];
/** `browser.idle` states: no input for the detection interval is `idle`. */
export const IDLE_STATES = ['active', 'idle', 'locked'] as const;
export type IdleState = (typeof IDLE_STATES)[number];
/**
 * What can happen to a break: the notification's buttons (start, snooze, skip) and the break page's
 * endings (done: finished or ended early; stop: "this hurts / I feel dizzy").
 */
export const BREAK_ACTION_NAMES = ['start', 'snooze', 'skip', 'done', 'stop'] as const;
export type BreakActionName = (typeof BREAK_ACTION_NAMES)[number];
/** How long a pause from the popup lasts: 30 minutes, an hour, or the rest of the day. */
export const PAUSE_CHOICES = ['30m', '1h', 'today'] as const;
export type PauseChoice = (typeof PAUSE_CHOICES)[number];
/** announced: notification shown; snoozed: waiting to come back; running: break page open. */
export const BREAK_PHASES = ['announced', 'snoozed', 'running'] as const;
export type BreakPhase = (typeof BREAK_PHASES)[number];
/** Meeting-like signals that hold interruptions (the camera-busy signal comes as a camera event). */
export type MeetingSignal = 'audible' | 'fullscreen' | 'meeting-site';

/** Wall-clock view of an instant in the person's time zone, supplied by the caller (DST-safe). */
export interface LocalTime {
  /** Local calendar day `YYYY-MM-DD`. */
  day: string;
  /** 0 = Sunday ... 6 = Saturday. */
  weekday: number;
  /** Minutes after local midnight on the wall clock, 0..1439. */
  minute: number;
}
/** Maps ms since epoch to local wall-clock time. */
export type LocalTimeFn = (now: number) => LocalTime;

export interface ActiveBreak {
  id: string;
  kind: BreakKind;
  phase: BreakPhase;
  /**
   * ms since epoch. announced: when the countdown opens the break page (normal, firm) or the
   * notification expires (gentle); snoozed: when it is announced again; running: when it ends
   * at the latest.
   */
  until: number;
  snoozes: number;
  /** Offered after a meeting held it. */
  catchUp: boolean;
  /**
   * Offered during a hold that outlasted `HOLD_LIMIT_MS`: announced without a countdown, whatever
   * the strictness. Absent in breaks stored before it existed (read as false).
   */
  gentle?: boolean;
}

export interface NudgeState {
  /** ms timestamps of posture nudges in the last hour (rolling window). */
  times: number[];
  /** Nudges in the current run; the cooldown doubles with each. */
  streak: number;
  /** No nudge before this ms timestamp. */
  nextAllowedAt: number;
  /** Rotates the message and the suggested reset. */
  seq: number;
  lastAt: number | null;
  /**
   * ms timestamp of the nudge notification still on screen, or null when none is (never shown,
   * or withdrawn). Absent in states stored before it existed: read back as null.
   */
  shownAt: number | null;
}

export interface ScheduleState {
  v: 1;
  /** ms since epoch of the last processed event; time only moves forward. */
  at: number;
  idle: IdleState;
  posture: PostureKind | null;
  /** ms timestamp of the last posture sample. */
  postureAt: number;
  /** Start of the current forward-head run, or null. */
  forwardSince: number | null;
  /** The forward-head report is a face filling the frame for a minute (optional: added later). */
  tooClose?: boolean;
  /** Start of the current absence (away, locked, idle without camera, machine asleep), or null. */
  awaySince: number | null;
  /** Active (present, unpaused, in hours) ms since the last micro / movement break. */
  activeMicroMs: number;
  activeMovementMs: number;
  /** Forward-head ms since the last movement break ("posture load"). */
  loadMs: number;
  signals: { cameraBusy: boolean; audible: boolean; fullscreen: boolean; meetingSite: boolean };
  held: boolean;
  /**
   * ms timestamp since when the hold lasts, or null when not held. Absent in states stored before
   * it existed: read back as the step's time (a hold seen then starts its limit then).
   */
  heldSince: number | null;
  /** Signals went quiet: the hold ends at this ms timestamp (grace against flapping). */
  holdReleaseAt: number | null;
  /** A break came due while held: offer one catch-up break when the hold ends. */
  catchUp: boolean;
  pausedUntil: number | null;
  brk: ActiveBreak | null;
  nudge: NudgeState;
  /**
   * Local day the daily neck-training break was last taken, skipped or let go, or null. Absent in
   * states stored before it existed: read back as null.
   */
  neckDay: string | null;
  /**
   * Movement breaks started so far (never reset): rotates the movement content so each stretch
   * comes up about twice a day. Absent in older states: read back as 0.
   */
  rotation: number;
  /** Local day of `skipsToday`. */
  day: string;
  skipsToday: number;
  /** Breaks ignored (skipped or expired) in a row; two or more escalate strictness one step. */
  ignoredInRow: number;
  badge: BadgeKind | null;
  /** The next ms timestamp at which the machine wants a tick, or null. */
  wakeAt: number | null;
}

export type ScheduleEvent =
  | { type: 'tick' }
  | { type: 'posture'; state: PostureState }
  | { type: 'camera'; status: CameraStatus }
  | { type: 'idle'; state: IdleState }
  | { type: 'signal'; signal: MeetingSignal; on: boolean }
  | { type: 'break-action'; id: string; action: BreakActionName }
  | { type: 'break-now'; kind: BreakKind }
  /** The person snoozed the posture nudge on screen (its button, or a click on it in Firefox). */
  | { type: 'nudge-snooze' }
  /** The break page's window of break `id` is gone (closed, or lost with a browser restart). */
  | { type: 'break-closed'; id: string }
  /** The announcement of break `id` is no longer on screen (a browser restart clears them). */
  | { type: 'notice-lost'; id: string }
  | { type: 'pause'; choice: PauseChoice }
  | { type: 'resume' }
  | { type: 'settings' };

/** What the toolbar badge shows. */
export const BADGE_KINDS = ['good', 'forward', 'calibrate', 'away', 'paused', 'idle'] as const;
export type BadgeKind = (typeof BADGE_KINDS)[number];

/** A suggested concrete reset, rotated across nudges (i18n suffix). */
export type ResetTip = 'chinTuck' | 'shoulderRoll' | 'raiseScreen' | 'sitBack';

export type Notice =
  | { kind: 'nudge'; message: number; tip: ResetTip; tooClose?: true }
  | {
      kind: 'break';
      breakId: string;
      breakKind: BreakKind;
      catchUp: boolean;
      /** Seconds until the break page opens by itself; null when it never does (gentle). */
      countdownSec: number | null;
      canSnooze: boolean;
      canSkip: boolean;
    };

export type Effect =
  | { type: 'badge'; badge: BadgeKind }
  | { type: 'notify'; id: string; notice: Notice }
  /** Withdraws the notification of a `notify` effect with the same `id` (a break id or `nudge`). */
  | { type: 'clear-notification'; id: string }
  /** `asked`: the person asked for this break (it starts at once, with no snooze offered). */
  | { type: 'open-break'; id: string; kind: BreakKind; asked?: boolean }
  | { type: 'close-break'; id: string }
  /**
   * Records a history event. `key` makes it count once: an outbox replayed after the worker died
   * between recording and saving the outbox records nothing the second time.
   */
  | { type: 'record'; event: HistoryEvent; key?: string }
  /** (Re)schedule the single wake-up alarm at `at` ms, or clear it when null. */
  | { type: 'alarm'; at: number | null };

export interface StepResult {
  state: ScheduleState;
  effects: Effect[];
}
