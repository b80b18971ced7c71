/**
 * Draws one live-view frame over the camera preview: the measured points (components/skeleton)
 * and the person's own calibrated upright line, where their nose was when they calibrated.
 */
import { drawSkeleton } from '../../components/skeleton';
import type { Baseline } from '../../lib/posture/calibration';
import { calibratedNoseY } from '../../lib/posture/neutral-line';
import type { PoseFrame } from '../../lib/posture/types';

/** Light colours that read on any camera image, with a dark outline underneath. */
const POINTS = '#5fe0c0';
const LINE = '#ffd166';

export function drawLiveFrame(
  canvas: HTMLCanvasElement,
  frame: PoseFrame | null,
  baseline: Baseline | null,
): void {
  if (frame) {
    canvas.width = frame.width;
    canvas.height = frame.height;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  drawSkeleton(ctx, frame, POINTS);
  if (!baseline) return;
  const { width: w, height: h } = canvas;
  const y = calibratedNoseY(baseline, h / w) * h;
  ctx.save();
  ctx.setLineDash([w / 40, w / 60]);
  ctx.lineCap = 'butt';
  for (const [color, width] of [
    ['rgba(0,0,0,0.6)', Math.max(5, w / 90)],
    [LINE, Math.max(3, w / 160)],
  ] as const) {
    ctx.strokeStyle = color;
    ctx.lineWidth = width;
    ctx.beginPath();
    ctx.moveTo(w * 0.08, y);
    ctx.lineTo(w * 0.92, y);
    ctx.stroke();
  }
  ctx.restore();
}
