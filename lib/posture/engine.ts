/**
 * The posture engine step: presence, guardrails, geometry-change detection, EMA smoothing of the
 * drift score, entry/exit hysteresis and dwell. Pure: time comes in as `now` (ms), state is JSON-safe.
 */
import type { Baseline } from './calibration';
import { scoreDrift } from './classify';
import { computeFeatures } from './features';
import { geometryChange } from './geometry-change';
import {
  DWELL_MIN_FRAMES,
  DWELL_MS,
  EMA_RESET_MS,
  EMA_TAU_MS,
  EXIT_FRACTION,
  GEOMETRY_SUSTAIN_MS,
  GUARD_GRACE_MS,
  LOOKING_DOWN_BOW,
  LOOKING_DOWN_SUSTAIN_MS,
  TOO_CLOSE_SUSTAIN_MS,
  entryThreshold,
  type Tuning,
} from './thresholds';
import type { PoseFrame, PostureState } from './types';

export const ENGINE_STATE_VERSION = 1;

export interface EngineState {
  version: typeof ENGINE_STATE_VERSION;
  /** Last reported posture and when its kind last changed (ms). */
  posture: PostureState;
  changedAt: number | null;
  /** Time of the last step (ms). */
  lastT: number | null;
  /** Smoothed drift score and the time of the last judged frame. */
  ema: number | null;
  judgedAt: number | null;
  /** Entry threshold used at the last step (depends on sensitivity). */
  entry: number;
  /** Hysteresis memory: the posture the smoothed score says, ignoring guardrail pauses. */
  judged: 'neutral' | 'forward-head' | null;
  /** Candidate forward-head episode: since when, over how many frames. */
  overSince: number | null;
  overFrames: number;
  /** Start of the current run of frames without a person. */
  absentSince: number | null;
  /** Start of the current deep-bow run of frames (a glance unless it lasts). */
  lookingDownSince: number | null;
  /** Start of the current geometry mismatch. */
  geometrySince: number | null;
  /** Start of the current run of too-close frames (optional: states stored before it existed). */
  tooCloseSince?: number | null;
}

export interface EngineOptions {
  /** 1 (least) .. 5 (most sensitive). */
  sensitivity: number;
  /** Seconds without a person before reporting `away`. */
  awayAfterSec: number;
  /** Overrides of the tuned numbers (the benchmark's leave-one-person-out search); default shipped. */
  tuning?: Partial<Tuning>;
}

export interface EngineStep {
  state: EngineState;
  posture: PostureState;
  /** Length of the current absence (ms) while `away`, else 0: break logic may count it as rest. */
  awayMs: number;
}

/** A fresh engine: nothing judged yet. */
export function initialEngineState(): EngineState {
  return {
    version: ENGINE_STATE_VERSION,
    posture: { kind: 'needs-calibration', reason: 'no-baseline' },
    changedAt: null,
    lastT: null,
    ema: null,
    judgedAt: null,
    entry: entryThreshold(3),
    judged: null,
    overSince: null,
    overFrames: 0,
    absentSince: null,
    lookingDownSince: null,
    geometrySince: null,
    tooCloseSince: null,
  };
}

function finish(
  prev: EngineState,
  next: EngineState,
  posture: PostureState,
  now: number,
  awayMs = 0,
): EngineStep {
  const changed = prev.posture.kind !== posture.kind;
  const state = {
    ...next,
    posture,
    lastT: now,
    changedAt: changed || prev.changedAt === null ? now : prev.changedAt,
  };
  return { state, posture, awayMs };
}

/** Smoothed score update: time-based EMA, restarted after a long gap. */
function smooth(s: EngineState, score: number, now: number): number {
  if (s.ema === null || s.judgedAt === null || now - s.judgedAt > EMA_RESET_MS) return score;
  const alpha = 1 - Math.exp(-Math.max(0, now - s.judgedAt) / EMA_TAU_MS);
  return s.ema + alpha * (score - s.ema);
}

/**
 * Advances the engine by one sample. `frame` null means the sensing side saw nobody. `now` is the
 * sample time in ms. Forward head is reported only after the smoothed score stays over the entry
 * threshold for 10 s across 2+ frames (45 s while the bow is deep: a glance at a phone is brief, a
 * hunch lasts), and ends when it falls below 75% of it. A face filling the frame for a minute is
 * reported as forward head with `cue: 'too-close'`. A judged state carries `faceOnly` while the
 * shoulders are out of frame (the cues are face-only, so judging goes on; the popup can say so).
 */
export function stepEngine(
  state: EngineState,
  frame: PoseFrame | null,
  baseline: Baseline | null,
  opts: EngineOptions,
  now: number,
): EngineStep {
  const entry = entryThreshold(opts.sensitivity);
  const s: EngineState = { ...state, entry, tooCloseSince: state.tooCloseSince ?? null };
  const res = frame ? computeFeatures(frame) : ({ ok: false, reason: 'away' } as const);

  if (!res.ok && res.reason === 'away') {
    const absentSince = s.absentSince ?? now;
    const absentMs = now - absentSince;
    const next = { ...s, absentSince, lookingDownSince: null, tooCloseSince: null };
    if (absentMs >= opts.awayAfterSec * 1000) {
      return finish(
        state,
        { ...next, ema: null, judged: null, overSince: null, overFrames: 0 },
        { kind: 'away' },
        now,
        absentMs,
      );
    }
    // Briefly out of view: no judgement yet, and no forward-head time accrues.
    return finish(state, next, { kind: 'unknown', reason: 'low-visibility' }, now);
  }
  s.absentSince = null;
  if (!baseline) return finish(state, s, { kind: 'needs-calibration', reason: 'no-baseline' }, now);

  // A guardrail pause: freeze smoothing; a long pause also ends any candidate episode.
  const pause = (posture: PostureState) => {
    if (s.judgedAt !== null && now - s.judgedAt > GUARD_GRACE_MS)
      Object.assign(s, { overSince: null, overFrames: 0 });
    return finish(state, s, posture, now);
  };

  if (!res.ok && res.reason === 'too-close') {
    s.tooCloseSince = s.tooCloseSince ?? now;
    if (now - s.tooCloseSince >= TOO_CLOSE_SUSTAIN_MS)
      return pause({ kind: 'forward-head', cue: 'too-close' });
    return pause({ kind: 'unknown', reason: 'too-close' });
  }
  s.tooCloseSince = null;
  // ('away' was handled above; the check only narrows the type.)
  if (!res.ok)
    return pause({
      kind: 'unknown',
      reason: res.reason === 'away' ? 'low-visibility' : res.reason,
    });

  const drift = scoreDrift(res.features, baseline, opts.tuning);
  if (!drift.ok) return pause({ kind: 'unknown', reason: drift.reason });

  // A changed size or place in frame is a moved camera or seat only while the posture reads
  // neutral: sinking back into the chair also moves and shrinks the person.
  const mismatch =
    geometryChange(res.features, baseline) !== null && drift.score < EXIT_FRACTION * entry;
  s.geometrySince = mismatch ? (s.geometrySince ?? now) : null;
  if (s.geometrySince !== null && now - s.geometrySince >= GEOMETRY_SUSTAIN_MS)
    return pause({ kind: 'needs-calibration', reason: 'geometry-changed' });

  // A deep run ends (with hysteresis) only once the bow is back below 75% of the deep level.
  const deep =
    drift.deep ||
    (s.lookingDownSince !== null && drift.cues.bow > EXIT_FRACTION * LOOKING_DOWN_BOW);
  // A deep bow that ends before it was reported was a glance: forget it, smoothing included.
  if (!deep && s.lookingDownSince !== null && s.judged !== 'forward-head')
    Object.assign(s, { ema: null, overSince: null, overFrames: 0 });
  s.lookingDownSince = deep ? (s.lookingDownSince ?? now) : null;
  s.ema = smooth(s, drift.score, now);
  s.judgedAt = now;
  if (s.judged === 'forward-head') {
    if (s.ema < EXIT_FRACTION * entry)
      Object.assign(s, { judged: 'neutral', overSince: null, overFrames: 0 });
  } else if (s.ema >= entry) {
    s.overSince = s.overSince ?? now;
    s.overFrames += 1;
    const need = s.lookingDownSince !== null ? LOOKING_DOWN_SUSTAIN_MS : DWELL_MS;
    const dwelt = now - s.overSince >= need && s.overFrames >= DWELL_MIN_FRAMES;
    // Once reported, the episode is no longer a candidate: sampling may relax.
    if (dwelt) Object.assign(s, { judged: 'forward-head', overSince: null, overFrames: 0 });
    else s.judged = 'neutral';
  } else {
    Object.assign(s, { judged: 'neutral', overSince: null, overFrames: 0 });
  }
  // Shoulders cut off by the frame edge: judged on the face alone, and the state says so.
  const faceOnly = res.features.shouldersInFrame ? {} : { faceOnly: true as const };
  return finish(state, s, { kind: s.judged ?? 'neutral', ...faceOnly }, now);
}
