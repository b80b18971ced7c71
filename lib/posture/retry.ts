/**
 * The camera host's second try when the model finds nobody: the same frame shrunk into the centre
 * of a padded canvas of the same size (the detector needs context around a face that fills the
 * frame or sits at its edge). Pure geometry: where to draw, and how to map landmarks back.
 */
import { PAD_RETRY_SCALE } from './thresholds';
import type { Landmark } from './types';

/** Rectangle (pixels) to draw a `width` x `height` frame into on a same-size padded canvas. */
export function paddedLayout(
  width: number,
  height: number,
  scale = PAD_RETRY_SCALE,
): { x: number; y: number; w: number; h: number } {
  return {
    x: ((1 - scale) * width) / 2,
    y: ((1 - scale) * height) / 2,
    w: width * scale,
    h: height * scale,
  };
}

/** Landmarks found on the padded canvas, in the original frame's normalized coordinates. */
export function unpadPoses(poses: Landmark[][], scale = PAD_RETRY_SCALE): Landmark[][] {
  const off = (1 - scale) / 2;
  return poses.map((pose) =>
    pose.map((l) => ({ ...l, x: (l.x - off) / scale, y: (l.y - off) / scale })),
  );
}
