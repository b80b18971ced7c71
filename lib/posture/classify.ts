/**
 * Single-frame decision relative to the person's calibrated neutral: three face-only cues, each
 * of which alone can say forward head (a bow, a whole-trunk slouch, leaning in), plus the
 * guardrails that suspend judgement. The engine smooths the same score over time and tells a
 * glance from a hunch by how long a deep bow lasts.
 */
import type { Baseline } from './calibration';
import { bowReadable, driftCues, normalizedCues, type DriftCues } from './cues';
import { learnedScore } from './drift';
import type { Features } from './features';
import {
  DEFAULT_TUNING,
  LOOKING_DOWN_BOW,
  LOOKING_DOWN_SPAN,
  MAX_YAW_DEG,
  MIN_FACE_RATIO,
  entryThreshold,
  type Tuning,
} from './thresholds';
import type { UnknownReason } from './types';

export { driftCues, normalizedCues, type DriftCues } from './cues';

export type DriftResult =
  | { ok: true; score: number; cues: DriftCues; deep: boolean }
  | { ok: false; reason: UnknownReason; cues: DriftCues };

/**
 * Forward-head drift score of a frame: 0 at the baseline, 1 at the default entry threshold. The
 * strongest of bow, sinking and leaning in (each a different movement that ends with the head
 * forward), or, after two-pose calibration, the progress along the person's own learned drift.
 * `deep` marks a bow deep enough to be a glance at a phone unless it lasts. Returns a reason
 * instead when the frame must not be judged (turned away, face pitched so far the crown shows,
 * face under half its calibrated size). Leaning sideways is judged on the cues a tilt leaves
 * intact (see `normalizedCues`): beyond 20 degrees only leaning in can say forward head.
 */
export function scoreDrift(f: Features, b: Baseline, tuning: Partial<Tuning> = {}): DriftResult {
  const t = { ...DEFAULT_TUNING, ...tuning };
  const cues = driftCues(f, b);
  if (Math.abs(cues.yawDeg) > MAX_YAW_DEG) return { ok: false, reason: 'turned-away', cues };
  if (cues.spanRatio < LOOKING_DOWN_SPAN) return { ok: false, reason: 'looking-down', cues };
  if (cues.lean < Math.log(MIN_FACE_RATIO)) return { ok: false, reason: 'too-far', cues };
  const n = normalizedCues(cues, t);
  const score = b.drift ? learnedScore(n, b.drift) : Math.max(n.bow, n.sink, n.lean);
  return { ok: true, score, cues, deep: bowReadable(cues) && cues.bow > LOOKING_DOWN_BOW };
}

/**
 * Single-frame posture decision at a sensitivity (1..5, 3 default), with the same thresholds the
 * engine uses before smoothing and dwell. Returns the reason when the frame cannot be judged.
 */
export function classifyStill(
  features: Features,
  baseline: Baseline,
  sensitivity: number,
  tuning: Partial<Tuning> = {},
): 'forward-head' | 'neutral' | UnknownReason {
  const r = scoreDrift(features, baseline, tuning);
  if (!r.ok) return r.reason;
  return r.score >= entryThreshold(sensitivity) ? 'forward-head' : 'neutral';
}
