/**
 * The onboarding page's camera and pose loop: asks for the camera (this visible page is where the
 * permission prompt can appear), opens a pose session playing in the page's preview, runs the
 * landmarker at ~8 fps and hands each frame to `onFrame`. Frames never leave the page; only
 * landmarks of good frames are sent for calibration.
 */
import { usePoseLoop, type PoseLoopPhase } from '../../lib/pose/use-pose-loop';
import type { PoseFrame } from '../../lib/posture/types';

export const FRAME_INTERVAL_MS = 120;

export type CameraPhase = PoseLoopPhase;

export function useCamera(onFrame: (frame: PoseFrame | null) => void) {
  const loop = usePoseLoop({ intervalMs: FRAME_INTERVAL_MS, onFrame: (frame) => onFrame(frame) });
  return { ...loop, deviceId: loop.deviceId ?? 'default' };
}
