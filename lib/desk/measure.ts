/**
 * Desk check measurements from one calibrated webcam. Pure. What a front camera can estimate,
 * each with its honest uncertainty: the distance to the screen from the size of the face (a range,
 * because eye spacing and the camera's field of view vary), how far the head bows while looking
 * at the middle of the screen (a low screen), whether the person sits in the middle of the image,
 * and the light on the face against the background.
 */
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

/** Head bow (nose below the ear line, per ear spacing) from which the screen looks low. */
export const BOW_LOW = 0.25;
/** ...and from which it looks clearly too low. */
export const BOW_VERY_LOW = 0.4;

export interface ScreenHeight {
  /** (nose.y - ear midpoint y) / ear spacing, in image units. */
  bow: number;
  advice: 'ok' | 'low' | 'very-low';
  verdict: Verdict;
}

/**
 * Screen height from the head's pitch while looking at the middle of the screen. Measured on real
 * frames: level heads 0.11-0.21, forward heads 0.24-0.34, looking down 0.47.
 */
export function screenHeight(pose: readonly Landmark[], w: number, h: number): ScreenHeight | null {
  const nose = pose[0];
  const le = pose[7];
  const re = pose[8];
  if (!nose || !le || !re) return null;
  const ear = Math.hypot((le.x - re.x) * w, (le.y - re.y) * h);
  if (!(ear > 0)) return null;
  return heightFromBow(((nose.y - (le.y + re.y) / 2) * h) / ear);
}

/** The screen-height verdict for a head bow value (see `screenHeight`). */
export function heightFromBow(bow: number): ScreenHeight {
  const advice = bow >= BOW_VERY_LOW ? 'very-low' : bow >= BOW_LOW ? 'low' : 'ok';
  return { bow: Math.round(bow * 100) / 100, advice, verdict: advice === 'ok' ? 'good' : 'adjust' };
}

/** Largest offset of the nose from the image centre, as a share of the width, still "centred". */
export const CENTRE_TOLERANCE = 0.12;

export interface Centring {
  /** Nose x offset from the centre, share of the image width (negative: image left). */
  offset: number;
  verdict: Verdict;
}

export function centring(pose: readonly Landmark[]): Centring | null {
  const nose = pose[0];
  if (!nose) return null;
  return centreFromOffset(nose.x - 0.5);
}

/** The centring verdict for a nose offset from the image centre (share of the width). */
export function centreFromOffset(offset: number): Centring {
  const o = Math.round(offset * 100) / 100;
  return { offset: o, verdict: Math.abs(o) <= CENTRE_TOLERANCE ? 'good' : 'adjust' };
}

/** Eye spacing in pixels (pose landmarks 2 and 5, the eye centres). */
export function eyeSpacingPx(pose: readonly Landmark[], w: number, h: number): number {
  const l = pose[2];
  const r = pose[5];
  return l && r ? Math.hypot((l.x - r.x) * w, (l.y - r.y) * h) : 0;
}
