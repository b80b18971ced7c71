/**
 * Every tunable number of the posture engine in one place, with its unit and reason. Values are
 * set from principles (see docs in each line) and checked per person by `npm run bench:accuracy`,
 * never fitted to one person or source. Measured on the shared frontal-posture set (one still per
 * person as calibration): head bow alone and nose drop alone each separate forward head from
 * neutral and hard negatives; face growth alone catches under half; combined they leave a margin
 * (negatives score at most 0.6, forward head at least 1.27 at the default threshold of 1).
 */

/** Sensitivity 1 (least) .. 5 (most): multiplier on the forward-head entry threshold. */
export const SENSITIVITY_SCALE: Readonly<Record<number, number>> = {
  1: 1.5,
  2: 1.25,
  3: 1,
  4: 0.8,
  5: 0.65,
};
export const DEFAULT_SENSITIVITY = 3;

/** Bow drift (nose vs ear line, in inter-ear units) that alone counts as forward head: ~8 deg of pitch. */
export const BOW_DRIFT = 0.09;
/** Relative fall of the nose height above the shoulder line that alone counts as forward head. */
export const NOSE_DROP = 0.22;
/** Weights of the two primary cues in the drift score (sum 1): head bow carries the decision. */
export const BOW_WEIGHT = 0.6;
export const NOSE_WEIGHT = 0.4;
/** Face scale (inter-ear / shoulder width) growth that earns the full confirming bonus. */
export const FACE_GROWTH = 0.25;
/** Largest confirming bonus face scale may add: it never decides alone (chin-on-hand, leaning in). */
export const FACE_BONUS_MAX = 0.15;
/** Whole-body sinking: the head lower in the frame by this many baseline shoulder widths. */
export const SINK_DROP = 0.3;
/** Exit threshold as a fraction of the entry threshold (hysteresis). */
export const EXIT_FRACTION = 0.75;

/** Head bow drift beyond this is looking down (phone, desk), not posture drift: ~30 deg of pitch. */
export const LOOKING_DOWN_BOW = 0.35;
/** Eyes-to-mouth span below this fraction of baseline: the face is pitched so far we see the crown. */
export const LOOKING_DOWN_SPAN = 0.6;

/** Guardrails relative to the baseline pose. */
export const MAX_YAW_DEG = 30;
export const MAX_ROLL_DEG = 20;
export const MIN_VISIBILITY = 0.5;

/** Frame quality. */
export const MIN_BRIGHTNESS = 35; // mean luma 0..255
export const MIN_FACE_FRAC = 0.05; // inter-ear / frame width: smaller is too far for stable ratios
export const MAX_FACE_FRAC = 0.45; // larger: too close to see shoulders and head together
export const EDGE_MARGIN = 0.01; // shoulder points must lie this far inside the frame (normalized)
/** A second pose counts as a person when its shoulders are at least this fraction of the main one's. */
export const SECOND_PERSON_SCALE = 0.5;
/** ...and its head is at least this many main shoulder widths away (closer = a duplicate detection). */
export const SECOND_PERSON_OFFSET = 0.6;
/** Below this head visibility (max of nose and ears) nobody is really there. */
export const PRESENCE_VISIBILITY = 0.2;

/** Calibration. */
export const DEFAULT_CALIBRATION_FRAMES = 30;
export const CALIBRATION_MAX_ROLL_DEG = 15;
export const CALIBRATION_MAX_YAW_DEG = 30;
/** Steadiness gates on the median absolute deviation of calibration frames. */
export const CALIBRATION_MAX_BOW_MAD = 0.04;
export const CALIBRATION_MAX_HEAD_MAD = 0.06; // baseline shoulder widths

/** Geometry change: shoulder width off by this fraction, sustained this long, asks to recalibrate. */
export const GEOMETRY_DRIFT = 0.15;
/**
 * ...and the face must scale with the shoulders (log-ratio difference below this): a moved camera
 * scales the whole person, while rounded shoulders narrow only the shoulders and leaning in
 * enlarges mostly the face.
 */
export const GEOMETRY_UNIFORMITY = 0.1;
/** Head moved sideways by this many baseline shoulder widths: camera or seat moved. */
export const GEOMETRY_SHIFT = 0.6;
export const GEOMETRY_SUSTAIN_MS = 60_000;

/** Forward-head threshold on the drift score for a sensitivity level (1..5). */
export function entryThreshold(sensitivity: number): number {
  const s = Math.min(5, Math.max(1, Math.round(sensitivity)));
  return SENSITIVITY_SCALE[s] ?? 1;
}

/** Engine timing. */
export const EMA_TAU_MS = 10_000; // time constant of the score smoothing
export const EMA_RESET_MS = 120_000; // a gap this long restarts smoothing from the next frame
export const DWELL_MS = 10_000; // forward drift sustained this long (and over 2+ frames) is reported
export const DWELL_MIN_FRAMES = 2; // never on one glance
export const GUARD_GRACE_MS = 30_000; // a guardrail pause shorter than this keeps the dwell running
export const LOOKING_DOWN_SUSTAIN_MS = 45_000; // looking down longer than this is head-forward too
