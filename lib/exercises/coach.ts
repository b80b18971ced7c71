/**
 * The camera coach: counts repetitions and times holds from per-frame pose signals. Pure; time is
 * the frame's own timestamp. Feed it one frame at a time with `coachStep`.
 *
 * Phases: `neutral` (collecting the reference while the person sits still), `ready` (waiting for
 * the movement), `holding` (past the entry threshold), `release` (repetition counted, waiting
 * for the return below the exit threshold), `done`.
 */
import type { CoachConfig } from './coach-config';
import { neutralOf, retraction, type PoseSignals } from './signals';

export type CoachMessageKey =
  | 'exerciseCoachNeutral'
  | 'exerciseCoachNoPose'
  | 'exerciseCoachMoveBack'
  | 'exerciseCoachTurnLeft'
  | 'exerciseCoachTurnRight'
  | 'exerciseCoachTiltLeft'
  | 'exerciseCoachTiltRight'
  | 'exerciseCoachLift'
  | 'exerciseCoachFurtherBack'
  | 'exerciseCoachFurther'
  | 'exerciseCoachHold'
  | 'exerciseCoachGood'
  | 'exerciseCoachHoldLonger'
  | 'exerciseCoachSwitchSide'
  | 'exerciseCoachDone';

export interface CoachMessage {
  key: CoachMessageKey;
  params: number[];
}

export interface CoachState {
  phase: 'neutral' | 'ready' | 'holding' | 'release' | 'done';
  neutralSamples: PoseSignals[];
  neutralSince: number | null;
  neutral: PoseSignals | null;
  /** 0 = first side (left), 1 = second side. */
  side: 0 | 1;
  /** Repetitions done on the current side. */
  reps: number;
  totalReps: number;
  /** When the signal first passed `enter` (candidate or running hold), ms. */
  enteredAt: number | null;
  /** Last time a usable pose was seen, ms. */
  lastSeen: number | null;
  /** Sum of counted hold time, ms. */
  heldMs: number;
  /** Largest smoothed value of the current or last hold. */
  peak: number;
  /** Recent raw directional values `[t, value]` within the smoothing window. */
  recent: [number, number][];
  /** Last smoothed directional value, for a meter; null when unknown. */
  value: number | null;
  message: CoachMessage;
}

/** A fresh coach at the start of a set. */
export function initialCoach(): CoachState {
  return {
    phase: 'neutral',
    neutralSamples: [],
    neutralSince: null,
    neutral: null,
    side: 0,
    reps: 0,
    totalReps: 0,
    enteredAt: null,
    lastSeen: null,
    heldMs: 0,
    peak: 0,
    recent: [],
    value: null,
    message: { key: 'exerciseCoachNeutral', params: [] },
  };
}

/** Directional value for the current side: positive means "toward the target". */
export function directional(
  cfg: CoachConfig,
  s: PoseSignals,
  neutral: PoseSignals,
  side: 0 | 1,
): number | null {
  const sign = side === 0 ? 1 : -1;
  switch (cfg.signal) {
    case 'retraction':
      return retraction(s, neutral);
    case 'yaw':
      return sign * (s.yawDeg - neutral.yawDeg);
    case 'roll':
      return sign * (s.rollDeg - neutral.rollDeg);
    case 'shoulder-lift':
      return neutral.neckGap - s.neckGap;
  }
}

function moveKey(cfg: CoachConfig, side: 0 | 1): CoachMessageKey {
  switch (cfg.signal) {
    case 'retraction':
      return 'exerciseCoachMoveBack';
    case 'yaw':
      return side === 0 ? 'exerciseCoachTurnLeft' : 'exerciseCoachTurnRight';
    case 'roll':
      return side === 0 ? 'exerciseCoachTiltLeft' : 'exerciseCoachTiltRight';
    case 'shoulder-lift':
      return 'exerciseCoachLift';
  }
}

/** Share of the hold's peak below which the person has released. */
export const RELEASE_SHARE = 0.4;

function median(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

const msg = (key: CoachMessageKey, ...params: number[]): CoachMessage => ({ key, params });

/**
 * Advances the coach by one frame taken at `t` (ms). `signals` is null when no usable pose was
 * found in the frame. Returns a new state; the input is not modified.
 */
export function coachStep(
  prev: CoachState,
  cfg: CoachConfig,
  t: number,
  signals: PoseSignals | null,
): CoachState {
  const st: CoachState = { ...prev };
  if (st.phase === 'done') return st;

  if (st.phase === 'neutral') {
    if (!signals) return { ...st, message: msg('exerciseCoachNoPose') };
    st.neutralSince ??= t;
    st.neutralSamples = [...st.neutralSamples, signals];
    st.lastSeen = t;
    if (t - st.neutralSince >= cfg.neutralMs) {
      st.neutral = neutralOf(st.neutralSamples);
      st.phase = 'ready';
      st.message = msg(moveKey(cfg, st.side));
    }
    return st;
  }

  const raw = signals && st.neutral ? directional(cfg, signals, st.neutral, st.side) : null;
  if (raw !== null) st.recent = [...st.recent.filter(([at]) => t - at < cfg.smoothMs), [t, raw]];
  const value = raw === null ? null : median(st.recent.map(([, v]) => v));
  st.value = value;
  if (value === null) {
    // Missing pose: keep the state, but a hold cannot survive a long gap.
    const gap = st.lastSeen === null ? 0 : t - st.lastSeen;
    if (st.phase === 'holding' && gap > cfg.lostMs) {
      st.phase = 'ready';
      st.enteredAt = null;
    }
    if (gap > cfg.lostMs || st.phase !== 'holding') st.message = msg('exerciseCoachNoPose');
    return st;
  }
  st.lastSeen = t;
  const totalWanted = cfg.reps;

  switch (st.phase) {
    case 'ready':
      if (value >= cfg.enter) {
        st.enteredAt ??= t;
        if (t - st.enteredAt >= cfg.minHoldMs) st.phase = 'holding';
      } else {
        st.enteredAt = null;
        st.message =
          value > cfg.exit
            ? msg(cfg.signal === 'retraction' ? 'exerciseCoachFurtherBack' : 'exerciseCoachFurther')
            : msg(moveKey(cfg, st.side));
      }
      if (st.phase !== 'holding') return st;
    // falls through: the hold may already be complete for dynamic moves
    case 'holding': {
      const since = st.enteredAt ?? t;
      st.peak = Math.max(st.peak, value);
      if (value < cfg.exit) {
        st.phase = 'ready';
        st.enteredAt = null;
        st.peak = 0;
        st.message = msg('exerciseCoachHoldLonger');
        return st;
      }
      const wanted = Math.max(cfg.holdMs, cfg.minHoldMs);
      if (t - since < wanted) {
        const left = Math.ceil((wanted - (t - since)) / 1000);
        st.message = cfg.holdMs > 0 ? msg('exerciseCoachHold', left) : st.message;
        return st;
      }
      st.reps += 1;
      st.totalReps += 1;
      st.heldMs += t - since;
      st.enteredAt = null;
      st.phase = 'release';
      st.message = msg('exerciseCoachGood', st.reps, totalWanted);
      return st;
    }
    case 'release':
      // Back by at least 60% of the movement (or below the exit threshold) counts as released:
      // people never return exactly to the reference, and a stuck "relax" would block the set.
      if (value >= Math.max(cfg.exit, RELEASE_SHARE * st.peak)) return st;
      st.peak = 0;
      if (st.reps < cfg.reps) {
        st.phase = 'ready';
        st.message = msg(moveKey(cfg, st.side));
      } else if (cfg.sides === 2 && st.side === 0) {
        st.side = 1;
        st.reps = 0;
        st.recent = [];
        st.phase = 'ready';
        st.message = msg('exerciseCoachSwitchSide');
      } else {
        st.phase = 'done';
        st.message = msg('exerciseCoachDone');
      }
      return st;
  }
}
