/**
 * Exercise signals computed from raw MediaPipe landmarks (33-point order, normalized image
 * coordinates). Pure. Geometry is aspect-corrected with the capture size. "Left" and "right" are
 * the person's own sides; the camera image is not mirrored, so the person's left ear has the
 * larger x.
 */
import { LM } from '../posture/landmarks';
import type { Landmark } from '../posture/types';

/** Per-frame signals, each relative to the body so that moving the chair does not change them. */
export interface PoseSignals {
  /**
   * Head width / shoulder width (dimensionless); falls when the head glides back. The head width
   * sums the ear, outer-eye and mouth spans: three spans average out much of the per-point jitter.
   */
  faceScale: number;
  /** Height of the nose above the shoulder line, in shoulder widths. */
  noseLift: number;
  /** Vertical gap from the shoulder line up to the ear midpoint, in shoulder widths. */
  neckGap: number;
  /** Approximate head rotation in degrees; positive = turned to the person's left. */
  yawDeg: number;
  /** Ear-line tilt in degrees; positive = left ear lowered toward the left shoulder. */
  rollDeg: number;
}

/** Nose-to-ear-axis depth as a share of the inter-ear distance (typical adult head). */
const NOSE_DEPTH_RATIO = 0.6;

function inFrame(p: Landmark): boolean {
  return p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1;
}

/**
 * Signals for one person, or null when a needed landmark is missing, below `minVisibility`
 * (0..1) or outside the frame (MediaPipe invents off-frame shoulders with high visibility).
 * `width` and `height` are the capture size in pixels.
 */
export function poseSignals(
  pose: readonly Landmark[],
  width: number,
  height: number,
  minVisibility = 0.5,
): PoseSignals | null {
  const ids = [LM.nose, LM.leftEar, LM.rightEar, LM.leftShoulder, LM.rightShoulder];
  const face = [LM.leftEyeOuter, LM.rightEyeOuter, LM.mouthLeft, LM.mouthRight];
  const pts = [...ids, ...face].map((i) => pose[i]);
  if (pts.some((p) => !p || p.visibility < minVisibility || !inFrame(p))) return null;
  const [nose, le, re, ls, rs, eyeL, eyeR, mouthL, mouthR] = pts.map((p) => ({
    x: p!.x * width,
    y: p!.y * height,
  }));
  if (!nose || !le || !re || !ls || !rs || !eyeL || !eyeR || !mouthL || !mouthR) return null;
  const span = (a: { x: number; y: number }, b: { x: number; y: number }) =>
    Math.hypot(a.x - b.x, a.y - b.y);
  const shoulderW = span(ls, rs);
  const earW = span(le, re);
  const headW = earW + span(eyeL, eyeR) + span(mouthL, mouthR);
  if (shoulderW < 1 || earW < 1) return null;
  const shoulderMidY = (ls.y + rs.y) / 2;
  const earMid = { x: (le.x + re.x) / 2, y: (le.y + re.y) / 2 };
  // The ear line's direction (from right ear to left ear) gives the roll; the nose's offset
  // from the ear midpoint along that line, over the ear distance, gives the yaw.
  const ux = (le.x - re.x) / earW;
  const uy = (le.y - re.y) / earW;
  const along = ((nose.x - earMid.x) * ux + (nose.y - earMid.y) * uy) / earW;
  return {
    faceScale: headW / shoulderW,
    noseLift: (shoulderMidY - nose.y) / shoulderW,
    neckGap: (shoulderMidY - earMid.y) / shoulderW,
    yawDeg: (Math.atan(along / NOSE_DEPTH_RATIO) * 180) / Math.PI,
    rollDeg: (Math.atan2(le.y - re.y, le.x - re.x) * 180) / Math.PI,
  };
}

/** Median of each signal over a neutral window (robust to a few odd frames). */
export function neutralOf(samples: readonly PoseSignals[]): PoseSignals | null {
  if (samples.length === 0) return null;
  const med = (k: keyof PoseSignals): number => {
    const v = samples.map((s) => s[k]).sort((a, b) => a - b);
    const m = Math.floor(v.length / 2);
    return v.length % 2 ? (v[m] ?? 0) : ((v[m - 1] ?? 0) + (v[m] ?? 0)) / 2;
  };
  return {
    faceScale: med('faceScale'),
    noseLift: med('noseLift'),
    neckGap: med('neckGap'),
    yawDeg: med('yawDeg'),
    rollDeg: med('rollDeg'),
  };
}

/** Head rotation beyond which the face-scale cue is unreliable (turning shrinks the ear span). */
export const RETRACTION_MAX_YAW_DEG = 15;

/**
 * Head retraction relative to `neutral`, dimensionless (about 0.05 for a clear chin tuck): the
 * fractional fall of the face scale plus half of any rise of the nose. Null while the head is
 * turned, when the face scale would lie.
 */
export function retraction(s: PoseSignals, neutral: PoseSignals): number | null {
  if (Math.abs(s.yawDeg - neutral.yawDeg) > RETRACTION_MAX_YAW_DEG) return null;
  const scaleDrop = 1 - s.faceScale / neutral.faceScale;
  const lift = Math.max(0, s.noseLift - neutral.noseLift);
  return scaleDrop + 0.5 * lift;
}
