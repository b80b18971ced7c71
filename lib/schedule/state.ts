/**
 * The schedule state: a fresh state and a pure coercion from anything read back from storage.
 * Corrupt or foreign data becomes a fresh state rather than a crash.
 */
import { POSTURE_KINDS } from '../posture/types';
import {
  BADGE_KINDS,
  BREAK_KINDS,
  BREAK_PHASES,
  IDLE_STATES,
  type ActiveBreak,
  type NudgeState,
  type ScheduleState,
} from './types';

export const SCHEDULE_STATE_VERSION = 1;

/** A fresh state at `now` (ms since epoch) on local day `day`. */
export function initialState(now: number, day: string): ScheduleState {
  return {
    v: SCHEDULE_STATE_VERSION,
    at: now,
    idle: 'active',
    posture: null,
    postureAt: 0,
    forwardSince: null,
    awaySince: null,
    activeMicroMs: 0,
    activeMovementMs: 0,
    loadMs: 0,
    signals: { cameraBusy: false, audible: false, fullscreen: false, meetingSite: false },
    held: false,
    heldSince: null,
    holdReleaseAt: null,
    catchUp: false,
    pausedUntil: null,
    brk: null,
    nudge: { times: [], streak: 0, nextAllowedAt: 0, seq: 0, lastAt: null, shownAt: null },
    neckDay: null,
    rotation: 0,
    day,
    skipsToday: 0,
    ignoredInRow: 0,
    badge: null,
    wakeAt: null,
  };
}

type Raw = Record<string, unknown>;
const isRec = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);
const num = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const numOrNull = (x: unknown): x is number | null => x === null || num(x);
const oneOf = <T extends string>(x: unknown, values: readonly T[]): x is T =>
  typeof x === 'string' && (values as readonly string[]).includes(x);

function coerceBreak(x: unknown): ActiveBreak | null | undefined {
  if (x === null) return null;
  if (!isRec(x)) return undefined;
  const ok =
    typeof x.id === 'string' &&
    oneOf(x.kind, BREAK_KINDS) &&
    oneOf(x.phase, BREAK_PHASES) &&
    num(x.until) &&
    num(x.snoozes) &&
    typeof x.catchUp === 'boolean' &&
    (x.gentle === undefined || typeof x.gentle === 'boolean');
  return ok ? (x as unknown as ActiveBreak) : undefined;
}

/** A well-formed nudge state, or undefined. `shownAt` may be missing (older stored states). */
function coerceNudge(x: unknown): NudgeState | undefined {
  if (!isRec(x)) return undefined;
  const { times, streak, nextAllowedAt, seq, lastAt, shownAt = null } = x;
  const ok =
    Array.isArray(times) &&
    times.every(num) &&
    num(streak) &&
    num(nextAllowedAt) &&
    num(seq) &&
    numOrNull(lastAt) &&
    numOrNull(shownAt);
  return ok ? { times: [...times], streak, nextAllowedAt, seq, lastAt, shownAt } : undefined;
}

/**
 * Validates a stored state. Returns it (deep-copied) when every field is well-formed and the
 * version matches; otherwise null, and the caller starts fresh. Fields added later within the
 * same version (`nudge.shownAt`, `neckDay`, `rotation`) take their fresh value when missing.
 */
export function coerceScheduleState(raw: unknown): ScheduleState | null {
  if (!isRec(raw) || raw.v !== SCHEDULE_STATE_VERSION) return null;
  const s = raw;
  const sig = s.signals;
  const nudge = coerceNudge(s.nudge);
  const ok =
    num(s.at) &&
    oneOf(s.idle, IDLE_STATES) &&
    (s.posture === null || oneOf(s.posture, POSTURE_KINDS)) &&
    num(s.postureAt) &&
    numOrNull(s.forwardSince) &&
    (s.tooClose === undefined || typeof s.tooClose === 'boolean') &&
    numOrNull(s.awaySince) &&
    num(s.activeMicroMs) &&
    num(s.activeMovementMs) &&
    num(s.loadMs) &&
    isRec(sig) &&
    ['cameraBusy', 'audible', 'fullscreen', 'meetingSite'].every(
      (k) => typeof sig[k] === 'boolean',
    ) &&
    typeof s.held === 'boolean' &&
    numOrNull(s.holdReleaseAt) &&
    typeof s.catchUp === 'boolean' &&
    numOrNull(s.pausedUntil) &&
    coerceBreak(s.brk) !== undefined &&
    nudge !== undefined &&
    typeof s.day === 'string' &&
    num(s.skipsToday) &&
    num(s.ignoredInRow) &&
    (s.badge === null || oneOf(s.badge, BADGE_KINDS)) &&
    numOrNull(s.wakeAt) &&
    (s.heldSince === undefined || numOrNull(s.heldSince));
  if (!ok) return null;
  const stored = s.heldSince as number | null | undefined;
  const heldSince = stored === undefined ? (s.held ? (s.at as number) : null) : stored;
  const neckDay = typeof s.neckDay === 'string' ? s.neckDay : null;
  const rotation = num(s.rotation) && s.rotation >= 0 ? Math.floor(s.rotation) : 0;
  return {
    ...(structuredClone(s) as unknown as ScheduleState),
    nudge,
    heldSince,
    neckDay,
    rotation,
  };
}
