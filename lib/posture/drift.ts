/**
 * Two-pose calibration: after the neutral pose, a few seconds of the person letting their head
 * drift toward the screen the way they do when tired. The engine keeps that person's own direction
 * and size of drift across the cues and puts the threshold part-way along it.
 */
import type { Baseline } from './calibration';
import { driftCues, normalizedCues } from './cues';
import { measureFrame } from './features';
import { median } from './geometry';
import { DEFAULT_TUNING, TWO_POSE_FRACTION, TWO_POSE_MIN_DRIFT } from './thresholds';
import type { PoseFrame } from './types';

/** A person's learned drift, in population-threshold units per cue. JSON-safe. */
export interface LearnedDrift {
  bow: number;
  sink: number;
  lean: number;
}

export type DriftCalibrationResult =
  | { ok: true; baseline: Baseline }
  | { ok: false; issue: 'no-person' | 'not-enough-frames' | 'too-small' };

const norm = (d: LearnedDrift) => Math.hypot(d.bow, d.sink, d.lean);

/**
 * Progress along the learned drift, scaled so the threshold (TWO_POSE_FRACTION of the way from
 * neutral to the person's drifted pose) scores 1: projection of the frame's cues onto the drift.
 * A cue the second pose hardly moved (under its population threshold) keeps the population rule:
 * one demonstration of drifting forward says nothing about, say, sinking into the chair.
 */
export function learnedScore(n: LearnedDrift, d: LearnedDrift): number {
  const len = norm(d);
  const along =
    (n.bow * d.bow + n.sink * d.sink + n.lean * d.lean) / (len * len * TWO_POSE_FRACTION);
  const untaught = (['bow', 'sink', 'lean'] as const)
    .filter((k) => Math.abs(d[k]) < 1)
    .map((k) => n[k]);
  return Math.max(along, ...untaught);
}

/**
 * Learns the drift from frames of the second pose against `baseline` (medians of the usable
 * frames' cues). Fails when fewer than half the frames show the person, or when the drift is too
 * small to tell from neutral (under 1.2 population thresholds): the population rule then applies.
 */
export function calibrateDrift(
  baseline: Baseline,
  frames: PoseFrame[],
  minFrames = 10,
): DriftCalibrationResult {
  const cues = frames
    .map((f) => measureFrame(f))
    .filter((r) => r.features)
    .map((r) => normalizedCues(driftCues(r.features!, baseline), DEFAULT_TUNING));
  if (cues.length === 0) return { ok: false, issue: 'no-person' };
  if (cues.length < Math.min(minFrames, frames.length / 2))
    return { ok: false, issue: 'not-enough-frames' };
  const drift: LearnedDrift = {
    bow: median(cues.map((c) => c.bow)),
    sink: median(cues.map((c) => c.sink)),
    lean: median(cues.map((c) => c.lean)),
  };
  if (norm(drift) < TWO_POSE_MIN_DRIFT) return { ok: false, issue: 'too-small' };
  return { ok: true, baseline: { ...baseline, drift } };
}
