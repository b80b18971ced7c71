/**
 * Landmark fixtures recorded from real inference (scripts/record-fixtures.mjs) and geometric
 * transforms of them, for table tests of the pure posture engine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Landmark, PoseFrame } from '../../../lib/posture/types';

const DIR = fileURLToPath(new URL('../../fixtures/landmarks/', import.meta.url));

export type FixtureName =
  | 'faceapi-webcam'
  | 'faceapi-cam'
  | 'faceapi-cam-shifted'
  | 'faceapi-cam-farther'
  | 'faceapi-cam-closer'
  | 'vincent-neutral-100'
  | 'vincent-neutral-101'
  | 'vincent-neutral-110'
  | 'vincent-neutral-120'
  | 'vincent-neutral-138'
  | 'vincent-forward-100'
  | 'vincent-forward-114'
  | 'vincent-forward-120'
  | 'vincent-forward-c2-121'
  | 'vincent-forward-c2-148'
  | 'vincent-other-borderline-100'
  | 'vincent-other-extension-100'
  | 'motlabs-neutral'
  | 'motlabs-head-down'
  | 'kirtijindal-neutral'
  | 'kirtijindal-tilt'
  | 'gustavostz-neutral'
  | 'gustavostz-shrug-tilt'
  | 'gustavostz-slouch-tilt'
  | 'lazybot-neutral-50'
  | 'lazybot-neutral-84'
  | 'lazybot-forward-100'
  | 'lazybot-deep-bow-120'
  | 'aang-neutral'
  | 'aang-forward-close'
  | 'aang-slouch-far'
  | 'richardli-neutral'
  | 'richardli-forward'
  | 'erin-neutral'
  | 'erin-forward-retry'
  | 'erin-lean-right'
  | 'pratyaksha-neutral'
  | 'pratyaksha-chin-on-hand'
  | 'abdulkader-neutral'
  | 'abdulkader-lean'
  | 'mahisaxena-neutral'
  | 'mahisaxena-other';

const cache = new Map<string, PoseFrame>();

/** A fresh copy of a recorded frame, with capture time `t` (ms). */
export function fixture(name: FixtureName, t = 0): PoseFrame {
  let f = cache.get(name);
  if (!f) {
    f = (JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as { frame: PoseFrame }).frame;
    cache.set(name, f);
  }
  return { ...structuredClone(f), t };
}

type PointMap = (x: number, y: number) => [number, number];

/** Applies a pixel-space transform to every landmark of every pose (world landmarks dropped). */
export function mapPoints(frame: PoseFrame, fn: PointMap): PoseFrame {
  const { width: w, height: h } = frame;
  const move = (l: Landmark): Landmark => {
    const [x, y] = fn(l.x * w, l.y * h);
    return { ...l, x: x / w, y: y / h };
  };
  return { ...frame, world: undefined, poses: frame.poses.map((p) => p.map(move)) };
}

/** Scales the picture about the frame centre (>1 = person closer / zoomed in). */
export const zoom = (frame: PoseFrame, k: number) =>
  mapPoints(frame, (x, y) => [
    frame.width / 2 + (x - frame.width / 2) * k,
    frame.height / 2 + (y - frame.height / 2) * k,
  ]);

/** Scales the picture about the point (cx, cy) in normalized coordinates (>1 = larger). */
export const zoomAt = (frame: PoseFrame, k: number, cx: number, cy: number) =>
  mapPoints(frame, (x, y) => [
    cx * frame.width + (x - cx * frame.width) * k,
    cy * frame.height + (y - cy * frame.height) * k,
  ]);

/** Moves the person by a fraction of the frame size. */
export const shift = (frame: PoseFrame, dx: number, dy: number) =>
  mapPoints(frame, (x, y) => [x + dx * frame.width, y + dy * frame.height]);

/** Rotates the whole person by `deg` about the point (cx, cy) given in normalized coordinates. */
export function rotate(frame: PoseFrame, deg: number, cx = 0.5, cy = 0.5): PoseFrame {
  const a = (deg * Math.PI) / 180;
  const ox = cx * frame.width;
  const oy = cy * frame.height;
  return mapPoints(frame, (x, y) => [
    ox + (x - ox) * Math.cos(a) - (y - oy) * Math.sin(a),
    oy + (x - ox) * Math.sin(a) + (y - oy) * Math.cos(a),
  ]);
}

/** Mirrors the picture horizontally (a selfie-view camera). */
export const mirror = (frame: PoseFrame) => mapPoints(frame, (x, y) => [frame.width - x, y]);

/** Landmark-wise blend of two frames of the same size: 0 = a, 1 = b (in-between postures). */
export function blend(a: PoseFrame, b: PoseFrame, k: number): PoseFrame {
  const pa = a.poses[0]!;
  const pb = b.poses[0]!;
  const pose = pa.map((l, i) => {
    const m = pb[i]!;
    return {
      x: l.x + (m.x - l.x) * k,
      y: l.y + (m.y - l.y) * k,
      z: l.z + (m.z - l.z) * k,
      visibility: Math.min(l.visibility, m.visibility),
    };
  });
  return { ...a, world: undefined, poses: [pose] };
}

/** Changes selected landmarks of the first pose. */
export function editPose(frame: PoseFrame, edits: Record<number, Partial<Landmark>>): PoseFrame {
  const poses = frame.poses.map((p, pi) =>
    pi === 0 ? p.map((l, i) => (edits[i] ? { ...l, ...edits[i] } : l)) : p,
  );
  return { ...frame, poses };
}
