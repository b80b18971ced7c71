/**
 * Every tunable number of the posture engine in one place, with its unit and reason. Values are
 * set from principles (see docs in each line) and checked per person by `npm run bench:accuracy`,
 * never fitted to one person or source. Shoulder-normalised cues (nose height above the shoulder
 * line, face-to-shoulder scale) were removed: they go flat when the shoulders are cut off and
 * MediaPipe invents them, and face scale helped one person while hurting others.
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

/**
 * The three cues that decide, each alone at its threshold: head bow (nose below the ear line, in
 * inter-ear units), whole-trunk sinking (head lower in the frame, in baseline face widths) and
 * leaning in (log of face size against its baseline). All face-only: they hold when the shoulders
 * are cut off, and their units travel across cameras. These are the engine's tuned numbers; the
 * benchmark chooses each leave-one-person-out from `tuningGrid()`.
 */
export interface Tuning {
  /** Bow drift that alone counts as forward head (0.11 is about 10 degrees of pitch). */
  bowDrift: number;
  /** Head lower in the frame by this many baseline face widths: a whole-trunk slouch. */
  sinkFaces: number;
  /** ln(face size / baseline) that alone counts as leaning in (ln 1.5: a third closer). */
  leanIn: number;
}
export const DEFAULT_TUNING: Readonly<Tuning> = {
  bowDrift: 0.11,
  sinkFaces: 0.3,
  leanIn: Math.log(1.5),
};

/**
 * Candidates the benchmark chooses from, shipped values first: a small grid around principles.
 * The shipped values are what that choice picks on every person of the shared set (bow 0.11,
 * sinking 0.3 face widths, face 1.5x); leave-one-person-out picks the same for 10 of 11 folds.
 */
export function tuningGrid(): Tuning[] {
  const out: Tuning[] = [{ ...DEFAULT_TUNING }];
  for (const bowDrift of [0.07, 0.09, 0.11, 0.13])
    for (const sinkFaces of [0.3, 0.4, 0.5])
      for (const leanIn of [Math.log(1.35), Math.log(1.5)]) {
        const t = { bowDrift, sinkFaces, leanIn };
        if (
          !out.some(
            (o) => o.bowDrift === bowDrift && o.sinkFaces === sinkFaces && o.leanIn === leanIn,
          )
        )
          out.push(t);
      }
  return out;
}

/** Sinking only counts while the ear line is within this of its baseline: a sideways lean also lowers the head. */
export const SINK_TILT_VETO_DEG = 10;
/** A face under half its calibrated size is twice as far: the baseline no longer applies. */
export const MIN_FACE_RATIO = 0.5;
/** Exit threshold as a fraction of the entry threshold (hysteresis). */
export const EXIT_FRACTION = 0.75;

/** Head bow drift beyond this is a deep bow (phone, desk): it must last LOOKING_DOWN_SUSTAIN_MS. */
export const LOOKING_DOWN_BOW = 0.35;
/** Eyes-to-mouth span below this fraction of baseline: the face is pitched so far we see the crown. */
export const LOOKING_DOWN_SPAN = 0.6;

/** Two-pose calibration: the threshold sits this far along the person's own drift. */
export const TWO_POSE_FRACTION = 0.5;
/** A second pose must drift at least this far (population-threshold units) to be learned. */
export const TWO_POSE_MIN_DRIFT = 1.2;

/** No pose: retry on the frame shrunk by this factor into the centre of a padded canvas. */
export const PAD_RETRY_SCALE = 0.5;

/** Guardrails relative to the baseline pose: turned further than this, nothing is judged. */
export const MAX_YAW_DEG = 30;
/**
 * Ear line tilted further than this: the bow is not read (a head resting sideways on a hand reads
 * as bowed); the frame is still judged on leaning in, which a tilt in the image plane leaves intact.
 */
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

/**
 * Geometry change (a moved camera or seat), judged on the face: its size (ear to ear) off by this
 * fraction of the calibrated size...
 */
export const GEOMETRY_FACE_SCALE = 0.15;
/**
 * ...and, for a larger face, the shoulders grown as much (log-ratio difference below this): a
 * camera moved closer scales the whole person, leaning in enlarges mostly the face.
 */
export const GEOMETRY_UNIFORMITY = 0.1;
/** Head moved sideways by this many calibrated face widths: camera or seat moved. */
export const GEOMETRY_SHIFT_FACES = 1.2;
/** A face turned further than this from its calibrated yaw is narrower and off-centre: it says nothing. */
export const GEOMETRY_MAX_YAW_DEG = 15;
/** An ear line rolled further than this from its calibrated angle: a sideways lean, not a move. */
export const GEOMETRY_MAX_ROLL_DEG = 10;
/** A mismatch held this long (with a neutral posture meanwhile) asks to recalibrate. */
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
export const LOOKING_DOWN_SUSTAIN_MS = 45_000; // a deep bow held this long is a hunch, shorter a glance
export const TOO_CLOSE_SUSTAIN_MS = 60_000; // a face filling the frame this long is leaning in
