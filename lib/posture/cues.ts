/**
 * The calibrated cues of a frame: how far the head moved from the person's own neutral, in units
 * of the person's own face, so the same numbers mean the same movement on every camera.
 */
import type { Baseline } from './calibration';
import type { Features } from './features';
import { MAX_ROLL_DEG, SINK_TILT_VETO_DEG, type Tuning } from './thresholds';

export interface DriftCues {
  /** Bow drift in inter-ear units (positive = nose dropped relative to the ears). */
  bow: number;
  /** Head lower relative to the camera axis, in face widths (positive = sunk); see `headHeight`. */
  sink: number;
  /** ln(face size / baseline face size): positive = closer to the camera. */
  lean: number;
  /** Ear-line roll and yaw proxy relative to baseline, in degrees. */
  rollDeg: number;
  yawDeg: number;
  /** Eyes-to-mouth span as a fraction of baseline. */
  spanRatio: number;
}

/**
 * Height of the head below the frame centre in units of its own face width. Under perspective
 * (y - c) = f Y / Z and face = f W / Z, so this is Y / W: the head's real height against the
 * camera axis in face widths. Moving the camera or leaning toward it leaves it unchanged;
 * sinking in the chair raises it.
 */
export function headHeight(headY: number, aspect: number, faceFrac: number): number {
  return ((headY - 0.5) * aspect) / Math.max(faceFrac, 1e-6);
}

/** The calibrated cues of a frame relative to the baseline. */
export function driftCues(f: Features, b: Baseline): DriftCues {
  return {
    bow: f.bowRatio - b.bowRatio,
    sink: headHeight(f.headY, f.aspect, f.faceFrac) - headHeight(b.headY, f.aspect, b.faceFrac),
    lean: Math.log(f.faceFrac / b.faceFrac),
    rollDeg: f.rollDeg - b.rollDeg,
    yawDeg: f.yawDeg - b.yawDeg,
    spanRatio: b.faceSpan > 0 ? f.faceSpan / b.faceSpan : 1,
  };
}

/**
 * Each cue in units of its own threshold (1 = alone enough). A sideways tilt silences the cues it
 * corrupts: sinking beyond 10 degrees of ear-line roll (a sideways lean lowers the head too), the
 * bow beyond the 20 degree guardrail (a head resting sideways on a hand reads as bowed). Leaning
 * in is never silenced: the face's size in the image (ear to ear) is unchanged by a tilt within
 * the image plane, so it still says whether the head came closer to the screen.
 */
export function normalizedCues(
  c: DriftCues,
  t: Tuning,
): { bow: number; sink: number; lean: number } {
  return {
    bow: bowReadable(c) ? c.bow / t.bowDrift : 0,
    sink: Math.abs(c.rollDeg) <= SINK_TILT_VETO_DEG ? c.sink / t.sinkFaces : 0,
    lean: c.lean / t.leanIn,
  };
}

/** True while the ear line is tilted little enough (guardrail, 20 deg) for the bow to be read. */
export const bowReadable = (c: Pick<DriftCues, 'rollDeg'>): boolean =>
  Math.abs(c.rollDeg) <= MAX_ROLL_DEG;
