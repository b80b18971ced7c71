/**
 * The posture engine's public vocabulary, shared by the sensing side, the service worker,
 * the scheduler and the pages. Pure types.
 */

/** Why the engine refuses to judge a moment. */
export type UnknownReason =
  | 'turned-away' // yaw beyond the guardrail
  | 'leaning-sideways' // no longer produced (a tilt is judged on leaning in); kept for stored states
  | 'looking-down' // face pitched so far the crown shows (head on the desk, phone in the lap)
  | 'two-people'
  | 'low-visibility'
  | 'shoulders-out-of-frame'
  | 'too-far'
  | 'too-close'
  | 'too-dark';

export const POSTURE_KINDS = [
  'away',
  'calibrating',
  'needs-calibration',
  'neutral',
  'forward-head',
  'unknown',
] as const;
export type PostureKind = (typeof POSTURE_KINDS)[number];

export type PostureState =
  | { kind: 'away' }
  | { kind: 'calibrating' }
  | { kind: 'needs-calibration'; reason: 'no-baseline' | 'geometry-changed' }
  /** `faceOnly`: the shoulders are out of frame, so the verdict rests on the face alone. */
  | { kind: 'neutral'; faceOnly?: true }
  /** `cue: 'too-close'`: the face has filled the frame for a minute (leaning in, too close). */
  | { kind: 'forward-head'; cue?: 'too-close'; faceOnly?: true }
  | { kind: 'unknown'; reason: UnknownReason };

/**
 * Camera and model health as seen by the sensing side. `denied`: permission denied or revoked;
 * `busy`: NotReadableError, another app (often a video call) holds the camera; `ended`: device
 * unplugged or track ended; `model-error`: the model would not load (missing or corrupt file);
 * `detection-error`: the model ran and then failed (a lost WebGL context, a GPU reset): not the
 * camera, so nothing is held, and the camera host reloads the model with backoff.
 */
export const CAMERA_STATUSES = [
  'off',
  'starting',
  'on',
  'denied',
  'busy',
  'ended',
  'no-camera',
  'no-webgl',
  'model-error',
  'detection-error',
] as const;
export type CameraStatus = (typeof CAMERA_STATUSES)[number];

/** One MediaPipe landmark in normalized image coordinates (x, y in 0..1; z relative depth). */
export interface Landmark {
  x: number;
  y: number;
  z: number;
  visibility: number;
}

/**
 * What the sensing side sends per analysed frame: landmarks only, never pixels.
 * `poses` holds up to two people (numPoses: 2), each with 33 landmarks in MediaPipe order.
 */
export interface PoseFrame {
  /** ms since epoch when the frame was captured. */
  t: number;
  poses: Landmark[][];
  /** World landmarks (metres, hip-centred) of poses[0], when the model provided them. */
  world?: Landmark[];
  /** Mean luma of the frame, 0..255, computed on a small downscale on the sensing side. */
  brightness: number;
  /** Capture size in pixels, for aspect-correct geometry. */
  width: number;
  height: number;
  /** Cost figures from the sensing side, for benchmarks: model run and (first frame) model load. */
  perf?: { detectMs: number; modelLoadMs?: number };
}
