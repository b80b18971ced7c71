/**
 * Draws the measured landmarks (head and upper body) over the camera preview, so people see what
 * is measured. Landmarks are in normalized image coordinates; the canvas matches the video size.
 */
import { LM } from '../lib/posture/landmarks';
import type { Landmark, PoseFrame } from '../lib/posture/types';

/**
 * MediaPipe pose connections for what the posture engine measures: the face (ears, eyes, nose,
 * mouth) and the shoulder line. Elbows and hips are left out: they are often out of frame at a
 * desk, and the model then guesses them.
 */
export const UPPER_BODY: readonly (readonly [number, number])[] = [
  [LM.leftEar, LM.leftEye],
  [LM.leftEye, LM.nose],
  [LM.nose, LM.rightEye],
  [LM.rightEye, LM.rightEar], // ear - eye - nose - eye - ear
  [LM.mouthLeft, LM.mouthRight],
  [LM.leftShoulder, LM.rightShoulder],
];
const POINTS = [
  LM.nose,
  LM.leftEye,
  LM.rightEye,
  LM.leftEar,
  LM.rightEar,
  LM.leftShoulder,
  LM.rightShoulder,
];
export const MIN_VISIBILITY = 0.5;

/** Segments to draw, in canvas pixels, for visible landmarks of one pose. */
export function skeletonSegments(
  pose: readonly Landmark[],
  w: number,
  h: number,
): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  for (const [a, b] of UPPER_BODY) {
    const p = pose[a];
    const q = pose[b];
    if (!p || !q || p.visibility < MIN_VISIBILITY || q.visibility < MIN_VISIBILITY) continue;
    out.push([p.x * w, p.y * h, q.x * w, q.y * h]);
  }
  return out;
}

/**
 * Clears the canvas and draws every pose in `frame`: the nearest person (first) in the accent
 * colour, anyone else dimmed.
 */
export function drawSkeleton(
  ctx: CanvasRenderingContext2D,
  frame: PoseFrame | null,
  color: string,
) {
  const { width: w, height: h } = ctx.canvas;
  ctx.clearRect(0, 0, w, h);
  if (!frame) return;
  frame.poses.forEach((pose, i) => {
    ctx.globalAlpha = i === 0 ? 1 : 0.4;
    ctx.strokeStyle = color;
    ctx.fillStyle = color;
    ctx.lineWidth = Math.max(2, w / 160);
    ctx.lineCap = 'round';
    for (const [x1, y1, x2, y2] of skeletonSegments(pose, w, h)) {
      ctx.beginPath();
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
      ctx.stroke();
    }
    for (const k of POINTS) {
      const p = pose[k];
      if (!p || p.visibility < MIN_VISIBILITY) continue;
      ctx.beginPath();
      ctx.arc(p.x * w, p.y * h, Math.max(3, w / 110), 0, Math.PI * 2);
      ctx.fill();
    }
  });
  ctx.globalAlpha = 1;
}
