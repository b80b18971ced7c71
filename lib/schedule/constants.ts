/**
 * Fixed timing constants of the schedule. Everything a person or an organization may tune lives in
 * `lib/settings-schema.ts`; these are engineering choices, named with units.
 */

/** A posture sample older than this no longer tells presence; `browser.idle` decides instead. */
export const POSTURE_FRESH_MS = 3 * 60_000;
/**
 * A gap between events longer than this means the machine slept or the worker was starved: the
 * gap counts as time away, not as active time. The periodic tick runs every minute.
 */
export const MAX_GAP_MS = 3 * 60_000;
/** Meeting signals must stay quiet this long before the hold ends (a pause between videos). */
export const HOLD_RELEASE_GRACE_MS = 60_000;
/**
 * A hold lasts at most this long: after it, a due break is offered anyway, gently (no countdown).
 * 90 minutes covers nearly every meeting, while a music tab, a film or another app keeping the
 * camera all day no longer means no breaks all day. Shown in options (optionsHoldLimit).
 */
export const HOLD_LIMIT_MS = 90 * 60_000;
/** Countdown before the break page opens by itself, per effective strictness. */
export const COUNTDOWN_SEC = { gentle: null, normal: 30, firm: 15 } as const;
/** A gentle announcement nobody answers is auto-snoozed (or dropped) after this long. */
export const ANNOUNCE_TIMEOUT_MS = 5 * 60_000;
/** A running break ends by itself this long after its planned length. */
export const RUN_GRACE_MS = 5 * 60_000;
/** Each forward-head minute brings the next movement break this many minutes earlier... */
export const LOAD_FACTOR = 1;
/** ...but by at most this fraction of the movement interval. */
export const LOAD_MAX_FRACTION = 0.4;
/** The nudge cooldown never grows beyond this. */
export const NUDGE_MAX_GAP_MS = 4 * 60 * 60_000;
/** The nudge ladder starts over after this long without a nudge, beyond the current cooldown. */
export const NUDGE_STREAK_RESET_MS = 60 * 60_000;
/**
 * A nudge still on screen this long after it was shown is withdrawn: it describes a posture from
 * minutes ago, and a run that goes on earns a fresh nudge after the cooldown (10 min by default).
 */
export const NUDGE_SHOWN_MAX_MS = 5 * 60_000;
export const HOUR_MS = 60 * 60_000;
/** Planned length of the daily neck-training break (chin tucks, shoulders, shoulder blades). */
export const NECK_BREAK_MS = 6 * 60_000;
/**
 * The neck-training break waits for this much active time since the last break, so it never
 * follows another break straight away (or greets someone who just sat down).
 */
export const NECK_MIN_ACTIVE_MS = 10 * 60_000;
/** Breaks ignored in a row before strictness escalates one step (until a break is taken). */
export const ESCALATE_AFTER_IGNORED = 2;
/** Number of rotating nudge message variants (i18n keys scheduleNudgeMessage0..N-1). */
export const NUDGE_MESSAGES = 3;
