/**
 * Landmark indices and small 2-D helpers. Points are in pixels so ratios are aspect-correct.
 */
import { LM } from './landmarks';
import type { Landmark } from './types';

export { LM };

export interface Point {
  x: number;
  y: number;
}

/** Landmark `i` of `pose` in pixels (origin top-left, y down). Missing points read as the origin. */
export function px(pose: Landmark[], i: number, width: number, height: number): Point {
  const l = pose[i];
  return l ? { x: l.x * width, y: l.y * height } : { x: 0, y: 0 };
}

export const mid = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
export const dist = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);

/** Angle of the line from `a` to `b` in degrees, 0 = horizontal, positive = `b` lower (y down). */
export const lineAngleDeg = (a: Point, b: Point): number =>
  (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;

/**
 * Signed distance of `p` below the line through `a` and `b` (towards +y when the line is level),
 * so a head tilt or a tilted shoulder line does not leak into vertical measurements.
 */
export function distBelowLine(p: Point, a: Point, b: Point): number {
  const len = dist(a, b);
  if (len === 0) return p.y - a.y;
  const ux = (b.x - a.x) / len;
  const uy = (b.y - a.y) / len;
  // Normal (-uy, ux) points down for a left-to-right line.
  const sign = ux >= 0 ? 1 : -1;
  return sign * ((p.x - a.x) * -uy + (p.y - a.y) * ux);
}

/** Shoulder width of a pose in pixels. */
export const shoulderWidthPx = (pose: Landmark[], width: number, height: number): number =>
  dist(px(pose, LM.leftShoulder, width, height), px(pose, LM.rightShoulder, width, height));

/** The poses ordered nearest the camera first (widest shoulders); the input is not changed. */
export const nearestFirst = (poses: Landmark[][], width: number, height: number): Landmark[][] =>
  [...poses].sort((a, b) => shoulderWidthPx(b, width, height) - shoulderWidthPx(a, width, height));

export const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Median absolute deviation (unscaled). */
export const mad = (xs: readonly number[]): number => {
  const m = median(xs);
  return median(xs.map((x) => Math.abs(x - m)));
};
