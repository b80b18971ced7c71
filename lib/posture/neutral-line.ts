/**
 * Where the person's own calibrated upright posture sits in the camera frame, for the popup's
 * live view: the height of the nose when they calibrated sitting upright. A head that drifts
 * toward the screen bows and sinks in a front camera's view, so the nose drops below this line.
 * Pure.
 */
import type { Baseline } from './calibration';
import { LM } from './landmarks';
import type { Landmark } from './types';

/**
 * The calibrated nose height in the frame, as a fraction of the frame height (0 top, 1 bottom):
 * the ear-midpoint height of the baseline plus its head bow (nose below the ear line, in
 * inter-ear distances) converted to frame heights. Assumes the ears were level at calibration
 * (calibration rejects tilted heads).
 * @param aspect frame height / width of the frame being drawn (the baseline's camera)
 */
export function calibratedNoseY(
  baseline: Pick<Baseline, 'headY' | 'bowRatio' | 'faceFrac'>,
  aspect: number,
): number {
  const interEarOfHeight = aspect > 0 ? baseline.faceFrac / aspect : 0;
  return baseline.headY + baseline.bowRatio * interEarOfHeight;
}

/** How far the live nose sits below the calibrated line. */
export type NoseOffset = 'above' | 'on' | 'below';

/**
 * Compares the nose of `pose` with the calibrated line, with a dead band of a quarter of the
 * calibrated inter-ear distance (small movements read as "on the line").
 * @returns null when the nose is not visible enough to say
 */
export function noseOffset(
  pose: readonly Landmark[],
  baseline: Pick<Baseline, 'headY' | 'bowRatio' | 'faceFrac'>,
  aspect: number,
): NoseOffset | null {
  const nose = pose[LM.nose];
  if (!nose || nose.visibility < 0.5 || !(aspect > 0)) return null;
  const band = (0.25 * baseline.faceFrac) / aspect;
  const d = nose.y - calibratedNoseY(baseline, aspect);
  return d > band ? 'below' : d < -band ? 'above' : 'on';
}
