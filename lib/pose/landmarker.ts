/**
 * Thin MediaPipe adapter: loads the bundled wasm and model from the extension's own files and turns
 * a camera frame (RGBA, from `frame-grab.ts`) into a `PoseFrame` (landmarks and a brightness
 * number; pixels never leave here).
 */
import { FilesetResolver, PoseLandmarker } from '@mediapipe/tasks-vision';
import { browser } from 'wxt/browser';
import { paddedLayout, unpadPoses } from '../posture/retry';
import type { Landmark, PoseFrame } from '../posture/types';
import { meanLuma } from './frame-grab';

export const MODEL_PATH = '/models/pose_landmarker_full.task';
export const WASM_DIR = '/mediapipe/wasm';

export interface Landmarker {
  /** Runs the model on one camera frame. */
  detect(image: ImageData, now: number): PoseFrame;
  /** Milliseconds the model took to load. */
  loadMs: number;
  close(): void;
}

export class WebGlUnavailableError extends Error {
  constructor() {
    super('WebGL is not available in this browser; the pose model needs it.');
    this.name = 'WebGlUnavailableError';
  }
}

/** MediaPipe needs WebGL even with the CPU delegate (it fails on `activeTexture` otherwise). */
export function hasWebGl(): boolean {
  try {
    const c = new OffscreenCanvas(1, 1);
    return !!(c.getContext('webgl2') ?? c.getContext('webgl'));
  } catch {
    return false;
  }
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;
const toLandmarks = (pts: { x: number; y: number; z: number; visibility?: number }[]): Landmark[] =>
  pts.map((p) => ({
    x: round(p.x),
    y: round(p.y),
    z: round(p.z),
    visibility: round(p.visibility ?? 0),
  }));

/**
 * Creates the landmarker once per camera session: the full model, CPU delegate, IMAGE mode, on one
 * graph. Every `createFromOptions` starts its own wasm runtime (heap, code and the model: about
 * 100 MB measured, scripts/lib/memory-breakdown.mjs), so the padded retry runs on the same graph
 * instead of a second one. IMAGE mode, not VIDEO: samples come seconds apart, where the video
 * tracker saved no time (detect median 86 ms VIDEO, 89 ms IMAGE on a 3 s interval), and it is the
 * mode bench:accuracy measures (scripts/inference/page.html).
 */
export async function createLandmarker(): Promise<Landmarker> {
  if (!hasWebGl()) throw new WebGlUnavailableError();
  const t0 = performance.now();
  const fileset = await FilesetResolver.forVisionTasks(browser.runtime.getURL(WASM_DIR as '/'));
  const pose = await PoseLandmarker.createFromOptions(fileset, {
    baseOptions: { modelAssetPath: browser.runtime.getURL(MODEL_PATH as '/'), delegate: 'CPU' },
    runningMode: 'IMAGE',
    numPoses: 2,
  });
  const loadMs = Math.round(performance.now() - t0);
  // No pose: retry once on the frame shrunk into a padded canvas (a face that fills the frame or
  // sits at its edge needs context).
  let src: OffscreenCanvas | null = null;
  let pad: OffscreenCanvas | null = null;
  function retry(image: ImageData) {
    const w = image.width;
    const h = image.height;
    // From the copied frame, never from the <video> (see frame-grab.ts): canvas to canvas.
    if (!src || src.width !== w || src.height !== h) {
      src = new OffscreenCanvas(w, h);
      pad = new OffscreenCanvas(w, h);
    }
    const g = pad?.getContext('2d');
    if (!pad || !g) return null;
    src.getContext('2d')?.putImageData(image, 0, 0);
    const r = paddedLayout(w, h);
    g.fillStyle = '#808080';
    g.fillRect(0, 0, w, h);
    g.drawImage(src, r.x, r.y, r.w, r.h);
    const res = pose.detect(pad);
    return res.landmarks.length ? res : null;
  }
  let reportedLoad = false;
  return {
    loadMs,
    detect(image, now) {
      const first = !reportedLoad;
      reportedLoad = true;
      const t0 = performance.now();
      const res = pose.detect(image);
      const padded = res.landmarks.length ? null : retry(image);
      const detectMs = Math.round((performance.now() - t0) * 10) / 10;
      const poses = padded
        ? unpadPoses(padded.landmarks.map(toLandmarks))
        : res.landmarks.map(toLandmarks);
      const world = (padded ?? res).worldLandmarks[0];
      return {
        t: now,
        poses,
        world: world ? toLandmarks(world) : undefined,
        brightness: meanLuma(image),
        width: image.width,
        height: image.height,
        perf: { detectMs, ...(first ? { modelLoadMs: loadMs } : {}) },
      };
    },
    close() {
      pose.close();
    },
  };
}
