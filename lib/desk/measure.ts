/**
 * Desk check measurements from one calibrated webcam. Pure. What a front camera can estimate,
 * each with its honest uncertainty: the distance to the screen from the size of the face (a range,
 * because eye spacing and the camera's field of view vary) and whether the person sits in the
 * middle of the image. The screen height (how far the head bows) is in ./height.ts, the light on
 * the face against the background in ./light.ts.
 */
import { LM } from '../posture/landmarks';
import type { Landmark } from '../posture/types';

/** Adult distance between the eye centres, cm: a range, not one person's value. */
export const EYE_SPACING_CM: [number, number] = [5.8, 6.8];
/** Horizontal field of view of common laptop and USB webcams, degrees. */
export const CAMERA_HFOV_DEG: [number, number] = [58, 72];
/** Screen distance usually advised: about an arm's length. */
export const ADVISED_CM: [number, number] = [50, 75];

export type Verdict = 'good' | 'adjust' | 'unknown';

export interface DistanceEstimate {
  /** Centimetres from the camera (on the screen) to the eyes, low and high end. */
  cm: [number, number];
  verdict: Verdict;
  /** 'close' when even the far end is nearer than advised, 'far' when the near end is beyond. */
  advice: 'ok' | 'close' | 'far';
}

const toRad = (deg: number) => (deg * Math.PI) / 180;

/**
 * Distance range from the eye spacing in pixels in an image `widthPx` wide: the pinhole model
 * d = spacing x focal / pixels, over the ranges of eye spacing and field of view.
 */
export function distanceRange(eyePx: number, widthPx: number): DistanceEstimate | null {
  if (!(eyePx > 0) || !(widthPx > 0)) return null;
  const focal = (deg: number) => widthPx / 2 / Math.tan(toRad(deg) / 2);
  const lo = (EYE_SPACING_CM[0] * focal(CAMERA_HFOV_DEG[1])) / eyePx;
  const hi = (EYE_SPACING_CM[1] * focal(CAMERA_HFOV_DEG[0])) / eyePx;
  const cm: [number, number] = [Math.round(lo), Math.round(hi)];
  const advice = hi < ADVISED_CM[0] ? 'close' : lo > ADVISED_CM[1] ? 'far' : 'ok';
  return { cm, verdict: advice === 'ok' ? 'good' : 'adjust', advice };
}

/** Largest offset of the nose from the image centre, as a share of the width, still "centred". */
export const CENTRE_TOLERANCE = 0.12;

export interface Centring {
  /** Nose x offset from the centre, share of the image width (negative: image left). */
  offset: number;
  verdict: Verdict;
}

export function centring(pose: readonly Landmark[]): Centring | null {
  const nose = pose[LM.nose];
  if (!nose) return null;
  return centreFromOffset(nose.x - 0.5);
}

/** The centring verdict for a nose offset from the image centre (share of the width). */
export function centreFromOffset(offset: number): Centring {
  const o = Math.round(offset * 100) / 100;
  return { offset: o, verdict: Math.abs(o) <= CENTRE_TOLERANCE ? 'good' : 'adjust' };
}

/** Eye spacing in pixels (the eye centres). */
export function eyeSpacingPx(pose: readonly Landmark[], w: number, h: number): number {
  const l = pose[LM.leftEye];
  const r = pose[LM.rightEye];
  return l && r ? Math.hypot((l.x - r.x) * w, (l.y - r.y) * h) : 0;
}
