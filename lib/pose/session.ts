/**
 * One camera-and-pose session, the only way any Chin Up context (the camera host, onboarding's
 * calibration, the break coach) opens the camera and the pose model: the camera at a capped frame
 * rate, the landmarker, the person nearest the camera first in every frame, and one mapping of
 * every failure to a `CameraStatus`.
 */
import { nearestFirst } from '../posture/geometry';
import type { CameraStatus, PoseFrame } from '../posture/types';
import { openCamera, type CameraOptions, type OpenCamera } from './camera';
import { createFrameGrabber } from './frame-grab';
import { createLandmarker, WebGlUnavailableError, type Landmarker } from './landmarker';

export { WebGlUnavailableError };

/**
 * Maps any failure of a session (opening the camera, loading the model, detecting) to the status
 * the person can act on. Only the browser's own camera errors mean a camera problem; anything
 * else (a model that failed to load or run) is a model error, never "camera busy".
 */
export function cameraErrorStatus(e: unknown): CameraStatus {
  if (e instanceof WebGlUnavailableError) return 'no-webgl';
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'denied';
    case 'NotReadableError':
    case 'AbortError':
      return 'busy';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'no-camera';
    default:
      return 'model-error';
  }
}

/** A human-readable detail for a failure, for the status line (never shown as the status). */
export const errorDetail = (e: unknown): string =>
  e instanceof Error ? `${e.name}: ${e.message}` : String(e);

export interface PoseSession {
  /** Loads the model once; later calls reuse it. */
  loadModel(): Promise<void>;
  /** Opens the camera unless it is open (the camera light goes on), at `frameRate` if given. */
  openCamera(frameRate?: ConstrainDouble): Promise<void>;
  /** Closes the camera and keeps the model (the camera light goes off). */
  closeCamera(): void;
  readonly cameraOpen: boolean;
  /** The open (or last opened) camera's device id; null before the first opening. */
  readonly deviceId: string | null;
  /** Milliseconds the model took to load; null before it loaded. */
  readonly loadMs: number | null;
  /** Runs the model on the current frame, poses nearest first; null when there is no frame yet. */
  detect(now: number): Promise<PoseFrame | null>;
  /** The RGBA frame the last `detect` read (one reused buffer: valid until the next detect). */
  readonly lastImage: ImageData | null;
  /** Releases the camera and the model (also one still opening); the session can be opened again. */
  close(): void;
}

/** Creates a session that opens nothing until asked (the camera host opens the camera per sample). */
export function createPoseSession(options: CameraOptions = {}): PoseSession {
  let landmarker: Landmarker | null = null;
  let loading: Promise<Landmarker> | null = null;
  let camera: OpenCamera | null = null;
  let deviceId: string | null = null;
  let lastImage: ImageData | null = null;
  /** Bumped by close(): an opening that was overtaken releases what it opened. */
  let generation = 0;
  const grabber = createFrameGrabber();
  const closeCamera = () => {
    camera?.close();
    camera = null;
  };
  return {
    async loadModel() {
      if (landmarker) return;
      const gen = generation;
      loading ??= createLandmarker().finally(() => (loading = null));
      const lm = await loading;
      if (gen !== generation) lm.close();
      else landmarker = lm;
    },
    async openCamera(frameRate) {
      if (camera) return;
      const gen = generation;
      const cam = await openCamera({
        ...options,
        ...(frameRate ? { frameRate } : {}),
        onEnded: options.onEnded
          ? () => {
              if (camera === cam) camera = null;
              cam.close();
              options.onEnded?.();
            }
          : undefined,
      });
      if (gen !== generation) return cam.close();
      camera = cam;
      deviceId = cam.deviceId;
    },
    closeCamera,
    get cameraOpen() {
      return camera !== null;
    },
    get deviceId() {
      return deviceId;
    },
    get lastImage() {
      return lastImage;
    },
    get loadMs() {
      return landmarker?.loadMs ?? null;
    },
    async detect(now) {
      if (!landmarker || !camera) return null;
      const image = await grabber.grab(camera.video);
      // The camera or model may have closed while the frame was copied.
      if (!image || !landmarker) return null;
      lastImage = image;
      const frame = landmarker.detect(image, now);
      return { ...frame, poses: nearestFirst(frame.poses, frame.width, frame.height) };
    },
    close() {
      generation++;
      closeCamera();
      lastImage = null;
      landmarker?.close();
      landmarker = null;
    },
  };
}

/**
 * Opens camera and model together, for a page that needs both at once (calibration, the break
 * coach). Whatever was opened is released again if either fails or `signal` aborts.
 */
export async function openPoseSession(
  options: CameraOptions & { signal?: AbortSignal } = {},
): Promise<PoseSession> {
  const session = createPoseSession(options);
  const release = () => session.close();
  options.signal?.addEventListener('abort', release, { once: true });
  try {
    const model = session.loadModel();
    model.catch(() => undefined); // awaited below, after the camera
    // Camera problems first: they are the ones the person can fix.
    await session.openCamera();
    await model;
    if (options.signal?.aborted) throw new DOMException('The session was released', 'AbortError');
    return session;
  } catch (e) {
    session.close();
    throw e;
  } finally {
    options.signal?.removeEventListener('abort', release);
  }
}
