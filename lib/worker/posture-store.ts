/**
 * The posture service's stored state: the live session (engine, posture, camera health, sampling)
 * in session storage, and the calibration baselines by camera in local storage. Reads never trust
 * storage: a corrupt value reads as the fresh state.
 */
import type { Baseline } from '../posture/calibration';
import { isBaseline } from '../posture/calibration';
import { initialEngineState, type EngineState } from '../posture/engine';
import type { CameraStatus, PostureState } from '../posture/types';
import { STORAGE } from '../platform/registry';
import { defineStored } from '../platform/stored-item';

export interface PostureSession {
  engine: EngineState;
  posture: PostureState;
  camera: CameraStatus;
  cameraDetail?: string;
  deviceId: string | null;
  intervalMs: number;
  lastFrameAt: number | null;
}

export const FRESH: PostureSession = {
  engine: initialEngineState(),
  posture: { kind: 'needs-calibration', reason: 'no-baseline' },
  camera: 'off',
  deviceId: null,
  intervalMs: 0,
  lastFrameAt: null,
};

// Session storage survives worker restarts but not browser restarts: right for live state.
export const sessionItem = defineStored<PostureSession>(STORAGE.postureSession, {
  fallback: FRESH,
});
export const baselinesItem = defineStored<Record<string, Baseline>>(STORAGE.baselines, {
  fallback: {},
});

/** The live session; the fresh state when none is stored or it is corrupt. */
export async function readSession(): Promise<PostureSession> {
  const s = await sessionItem.getValue().catch(() => FRESH);
  return s && typeof s === 'object' && 'engine' in s ? s : FRESH;
}

/** Baselines this engine version can use, by camera device id. */
export async function readBaselines(): Promise<Record<string, Baseline>> {
  const b: unknown = await baselinesItem.getValue().catch(() => ({}));
  if (!b || typeof b !== 'object') return {};
  // Keep only baselines this engine version can use; a corrupt entry means recalibrating that camera.
  return Object.fromEntries(Object.entries(b).filter(([, v]) => isBaseline(v)));
}
