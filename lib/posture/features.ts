/**
 * Single-frame features from MediaPipe landmarks: the person nearest the camera, head-to-shoulder
 * geometry, head orientation proxies and frame quality. All ratios are scale-free.
 */
import { LM, dist, distBelowLine, mid, px, shoulderWidthPx, type Point } from './geometry';
import {
  EDGE_MARGIN,
  MAX_FACE_FRAC,
  MIN_BRIGHTNESS,
  MIN_FACE_FRAC,
  MIN_VISIBILITY,
  PRESENCE_VISIBILITY,
  SECOND_PERSON_OFFSET,
  SECOND_PERSON_SCALE,
} from './thresholds';
import type { Landmark, PoseFrame, UnknownReason } from './types';

export interface Features {
  /** Nose below the ear line, perpendicular to it, in inter-ear units (head bow; grows when bowing). */
  bowRatio: number;
  /** Nose height above the shoulder line in shoulder widths (falls when the head drops forward). */
  noseAboveShoulder: number;
  /** Ear-midpoint height above the shoulder line in shoulder widths. */
  earAboveShoulder: number;
  /** Inter-ear distance / shoulder width (grows when the head comes toward the camera). */
  faceScale: number;
  /** Eyes-to-mouth span perpendicular to the ear line, in inter-ear units (collapses when facing down). */
  faceSpan: number;
  /** Ear line angle in degrees, positive when the image-right ear is lower. */
  rollDeg: number;
  /** Shoulder line angle in degrees, same convention. */
  shoulderRollDeg: number;
  /** Yaw proxy in degrees from the nose offset between the ears (0 = facing the camera). */
  yawDeg: number;
  /** Lowest visibility of nose and ears, 0..1 (the deciding cues need only the face). */
  visibility: number;
  /** Shoulder width / frame width. */
  shoulderWidthFrac: number;
  /** Inter-ear distance / frame width (face size in frame). */
  faceFrac: number;
  /** Ear midpoint in normalized frame coordinates, 0..1. */
  headX: number;
  headY: number;
  /** Frame height / width. */
  aspect: number;
  /** Mean luma of the frame, 0..255. */
  brightness: number;
  /** Distinct people in frame (duplicate detections of one person merged). */
  people: number;
  /** Both shoulder points inside the frame (MediaPipe invents them past the edge, visibility ~1). */
  shouldersInFrame: boolean;
  /** Lower visibility of the two shoulders, 0..1 (calibration needs them; judging does not). */
  shoulderVisibility: number;
}

export type FeatureResult =
  | { ok: true; features: Features }
  | { ok: false; reason: UnknownReason | 'away'; features?: Features };

/** Frame-quality problems, a subset of both `UnknownReason` and the calibration issues. */
export type FrameIssue = Extract<
  UnknownReason,
  'two-people' | 'too-dark' | 'too-far' | 'too-close' | 'shoulders-out-of-frame' | 'low-visibility'
>;

export interface FrameMeasurement {
  features: Features | null;
  /** In the order the person should fix them. */
  issues: FrameIssue[];
}

const headVisibility = (p: Landmark[]) =>
  Math.max(
    p[LM.nose]?.visibility ?? 0,
    p[LM.leftEar]?.visibility ?? 0,
    p[LM.rightEar]?.visibility ?? 0,
  );

/** The pose nearest the camera (widest shoulders) and how many distinct people are in frame. */
export function selectPerson(frame: PoseFrame): { pose: Landmark[]; people: number } | null {
  const { width: w, height: h } = frame;
  const poses = frame.poses
    .filter((p) => p.length >= 33 && headVisibility(p) >= PRESENCE_VISIBILITY)
    .sort((a, b) => shoulderWidthPx(b, w, h) - shoulderWidthPx(a, w, h));
  const main = poses[0];
  if (!main) return null;
  const sw = shoulderWidthPx(main, w, h);
  const head = (p: Landmark[]) => mid(px(p, LM.leftEar, w, h), px(p, LM.rightEar, w, h));
  // MediaPipe sometimes returns the same person twice with shifted shoulders: same head = same person.
  const others = poses
    .slice(1)
    .filter(
      (p) =>
        shoulderWidthPx(p, w, h) >= SECOND_PERSON_SCALE * sw &&
        dist(head(p), head(main)) >= SECOND_PERSON_OFFSET * sw,
    );
  return { pose: main, people: 1 + others.length };
}

const inside = (l: Landmark | undefined) =>
  !!l && l.x > EDGE_MARGIN && l.x < 1 - EDGE_MARGIN && l.y > EDGE_MARGIN && l.y < 1 - EDGE_MARGIN;

/** Sorts two points left-to-right in the image so angles stay within -90..90 deg. */
const ordered = (a: Point, b: Point): [Point, Point] => (a.x <= b.x ? [a, b] : [b, a]);

function levelAngleDeg(a: Point, b: Point): number {
  const [l, r] = ordered(a, b);
  return (Math.atan2(r.y - l.y, r.x - l.x) * 180) / Math.PI;
}

/** Measures every feature and every frame-quality issue of a frame. */
export function measureFrame(frame: PoseFrame): FrameMeasurement {
  const sel = selectPerson(frame);
  if (!sel) return { features: null, issues: [] };
  const { pose, people } = sel;
  const { width: w, height: h } = frame;
  const P = (i: number) => px(pose, i, w, h);
  const [earL, earR] = ordered(P(LM.leftEar), P(LM.rightEar));
  const [shL, shR] = ordered(P(LM.leftShoulder), P(LM.rightShoulder));
  const nose = P(LM.nose);
  const earMid = mid(earL, earR);
  const interEar = Math.max(dist(earL, earR), 1e-6);
  const shoulderW = Math.max(dist(shL, shR), 1e-6);
  const eyes = mid(P(LM.leftEye), P(LM.rightEye));
  const mouth = mid(P(LM.mouthLeft), P(LM.mouthRight));
  const earLen = dist(earL, earR) || 1;
  // Nose offset along the ear line, as a fraction of the inter-ear distance. With the nose about
  // 0.67 inter-ear distances in front of the ear axis, offset = 0.67 tan(yaw).
  const along =
    ((nose.x - earMid.x) * (earR.x - earL.x) + (nose.y - earMid.y) * (earR.y - earL.y)) / earLen;
  const features: Features = {
    bowRatio: distBelowLine(nose, earL, earR) / interEar,
    noseAboveShoulder: -distBelowLine(nose, shL, shR) / shoulderW,
    earAboveShoulder: -distBelowLine(earMid, shL, shR) / shoulderW,
    faceScale: interEar / shoulderW,
    faceSpan: (distBelowLine(mouth, earL, earR) - distBelowLine(eyes, earL, earR)) / interEar,
    rollDeg: levelAngleDeg(earL, earR),
    shoulderRollDeg: levelAngleDeg(shL, shR),
    yawDeg: (Math.atan(along / interEar / 0.67) * 180) / Math.PI,
    visibility: Math.min(
      ...[LM.nose, LM.leftEar, LM.rightEar].map((i) => pose[i]?.visibility ?? 0),
    ),
    shoulderWidthFrac: shoulderW / w,
    faceFrac: interEar / w,
    headX: earMid.x / w,
    headY: earMid.y / h,
    aspect: h / w,
    brightness: frame.brightness,
    people,
    shouldersInFrame: inside(pose[LM.leftShoulder]) && inside(pose[LM.rightShoulder]),
    shoulderVisibility: Math.min(
      pose[LM.leftShoulder]?.visibility ?? 0,
      pose[LM.rightShoulder]?.visibility ?? 0,
    ),
  };
  const issues: FrameIssue[] = [];
  if (people > 1) issues.push('two-people');
  if (frame.brightness < MIN_BRIGHTNESS) issues.push('too-dark');
  if (features.faceFrac < MIN_FACE_FRAC) issues.push('too-far');
  if (features.faceFrac > MAX_FACE_FRAC) issues.push('too-close');
  // MediaPipe reports shoulders as visible even when it invents them past the frame edge.
  if (!features.shouldersInFrame) issues.push('shoulders-out-of-frame');
  if (features.visibility < MIN_VISIBILITY) issues.push('low-visibility');
  return { features, issues };
}

/**
 * Features of the person nearest the camera, or why the frame cannot be judged: `away` when nobody
 * is in frame, else the first frame-quality issue (two people, too dark, too far, too close, low
 * visibility). Shoulders out of frame do not stop judging: the deciding cues are face-only, so
 * the engine judges on the face alone (calibration still asks to see the shoulders).
 */
export function computeFeatures(frame: PoseFrame): FeatureResult {
  const m = measureFrame(frame);
  if (!m.features) return { ok: false, reason: 'away' };
  const reason = m.issues.find((i) => i !== 'shoulders-out-of-frame');
  return reason ? { ok: false, reason, features: m.features } : { ok: true, features: m.features };
}
