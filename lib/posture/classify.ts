/**
 * Single-frame decision relative to the person's calibrated neutral: a drift score from calibrated
 * cues plus the guardrails that suspend judgement. The engine smooths the same score over time.
 */
import type { Baseline } from './calibration';
import type { Features } from './features';
import {
  BOW_DRIFT,
  BOW_WEIGHT,
  FACE_BONUS_MAX,
  FACE_GROWTH,
  LOOKING_DOWN_BOW,
  LOOKING_DOWN_SPAN,
  MAX_ROLL_DEG,
  MAX_YAW_DEG,
  NOSE_DROP,
  NOSE_WEIGHT,
  SINK_DROP,
  entryThreshold,
} from './thresholds';
import type { UnknownReason } from './types';

export interface DriftCues {
  /** Bow drift in inter-ear units (positive = nose dropped relative to the ears). */
  bow: number;
  /** Relative fall of the nose height above the shoulder line (positive = lower). */
  noseDrop: number;
  /** Relative growth of face scale (positive = face larger against the shoulders). */
  faceGrowth: number;
  /** Head lower in the frame, in baseline shoulder widths (positive = sunk). */
  sink: number;
  /** Ear-line roll and yaw proxy relative to baseline, in degrees. */
  rollDeg: number;
  yawDeg: number;
  /** Eyes-to-mouth span as a fraction of baseline. */
  spanRatio: number;
}

export type DriftResult =
  | { ok: true; score: number; cues: DriftCues }
  | { ok: false; reason: UnknownReason; cues: DriftCues };

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The calibrated cues of a frame relative to the baseline. */
export function driftCues(f: Features, b: Baseline): DriftCues {
  const baseNose = Math.max(b.noseAboveShoulder, 0.05);
  return {
    bow: f.bowRatio - b.bowRatio,
    noseDrop: (b.noseAboveShoulder - f.noseAboveShoulder) / baseNose,
    faceGrowth: f.faceScale / b.faceScale - 1,
    sink: ((f.headY - b.headY) * f.aspect) / b.shoulderWidthFrac,
    rollDeg: f.rollDeg - b.rollDeg,
    yawDeg: f.yawDeg - b.yawDeg,
    spanRatio: b.faceSpan > 0 ? f.faceSpan / b.faceSpan : 1,
  };
}

/**
 * Forward-head drift score of a frame: 0 at the baseline, 1 at the default entry threshold.
 * Head bow carries most weight, the nose falling toward the shoulder line confirms it, face growth
 * adds a small capped bonus, and whole-body sinking (head lower in the frame) is its own path.
 * Returns a reason instead when the frame must not be judged (turned away, leaning sideways,
 * looking down).
 */
export function scoreDrift(f: Features, b: Baseline): DriftResult {
  const cues = driftCues(f, b);
  if (Math.abs(cues.yawDeg) > MAX_YAW_DEG) return { ok: false, reason: 'turned-away', cues };
  if (Math.abs(cues.rollDeg) > MAX_ROLL_DEG) return { ok: false, reason: 'leaning-sideways', cues };
  if (cues.bow > LOOKING_DOWN_BOW || cues.spanRatio < LOOKING_DOWN_SPAN) {
    return { ok: false, reason: 'looking-down', cues };
  }
  const head = BOW_WEIGHT * (cues.bow / BOW_DRIFT) + NOSE_WEIGHT * (cues.noseDrop / NOSE_DROP);
  const bonus = head > 0 ? FACE_BONUS_MAX * clamp(cues.faceGrowth / FACE_GROWTH, 0, 1) : 0;
  // Sinking only counts when the head is not tipped back and the person is not leaning away.
  const sink = cues.bow > -BOW_DRIFT / 3 && cues.faceGrowth > -0.1 ? cues.sink / SINK_DROP : 0;
  return { ok: true, score: Math.max(head + bonus, sink), cues };
}

/**
 * Single-frame posture decision at a sensitivity (1..5, 3 default), with the same thresholds the
 * engine uses before smoothing and dwell. Returns the reason when the frame cannot be judged.
 */
export function classifyStill(
  features: Features,
  baseline: Baseline,
  sensitivity: number,
): 'forward-head' | 'neutral' | UnknownReason {
  const r = scoreDrift(features, baseline);
  if (!r.ok) return r.reason;
  return r.score >= entryThreshold(sensitivity) ? 'forward-head' : 'neutral';
}
