/**
 * The one camera-and-pose session: the error mapping every context shares, the nearest person
 * first, and release of whatever was opened when the other half fails or the page leaves. The
 * model is stubbed (it needs WebGL and wasm: the e2e suite runs it for real); the camera is a fake
 * MediaStream.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Landmarker } from '../../../lib/pose/landmarker';
import type { Landmark, PoseFrame } from '../../../lib/posture/types';

// Mocks typed against the real types: a change of `Landmarker` or `PoseFrame` breaks them here.
const h = vi.hoisted(() => ({
  model: null as null | (() => Promise<Landmarker>),
  frame: null as PoseFrame | null,
  closed: 0,
}));
// Frame copying needs a real video pipeline (the e2e suite runs it): a fixed frame here.
vi.mock('../../../lib/pose/frame-grab', () => ({
  createFrameGrabber: () => ({ grab: async () => ({ width: 640, height: 480 }) }),
  meanLuma: () => 128,
}));
vi.mock('../../../lib/pose/landmarker', () => ({
  WebGlUnavailableError: class WebGlUnavailableError extends Error {},
  createLandmarker: () => h.model!(),
}));

const { cameraErrorStatus, createPoseSession, openPoseSession, WebGlUnavailableError } =
  await import('../../../lib/pose/session');

const landmarker = (): Landmarker => ({
  loadMs: 5,
  detect: () => h.frame!,
  close: () => void h.closed++,
});
let stops = 0;
let gum: () => Promise<unknown>;
const stream = () => {
  const track = {
    stop: () => void stops++,
    getSettings: () => ({ deviceId: 'cam-1' }),
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  return { getVideoTracks: () => [track], getTracks: () => [track] };
};

beforeEach(() => {
  stops = 0;
  h.closed = 0;
  h.model = async () => landmarker();
  gum = async () => stream();
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: { getUserMedia: () => gum() },
  });
  Object.defineProperty(HTMLMediaElement.prototype, 'readyState', {
    configurable: true,
    get: () => 4,
  });
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  vi.spyOn(HTMLMediaElement.prototype, 'srcObject', 'set').mockImplementation(() => undefined);
});

describe('cameraErrorStatus', () => {
  it.each([
    ['NotAllowedError', 'denied'],
    ['SecurityError', 'denied'],
    ['NotFoundError', 'no-camera'],
    ['OverconstrainedError', 'no-camera'],
    ['NotReadableError', 'busy'],
    ['AbortError', 'busy'],
    ['TypeError', 'model-error'],
    ['Error', 'model-error'],
  ])('%s maps to %s', (name, want) => {
    expect(cameraErrorStatus(new DOMException('x', name))).toBe(want);
    expect(cameraErrorStatus(Object.assign(new Error('x'), { name }))).toBe(want);
  });

  it('an unknown failure is a model error, never "camera busy"', () => {
    expect(cameraErrorStatus('boom')).toBe('model-error');
    expect(cameraErrorStatus(new Event('error'))).toBe('model-error');
    expect(cameraErrorStatus(new WebGlUnavailableError())).toBe('no-webgl');
  });
});

const pose = (shoulderHalfWidth: number): Landmark[] =>
  Array.from({ length: 33 }, (_, i) => ({
    x: i === 11 ? 0.5 + shoulderHalfWidth : i === 12 ? 0.5 - shoulderHalfWidth : 0.5,
    y: 0.5,
    z: 0,
    visibility: 0.9,
  }));

describe('pose session', () => {
  it('gives the person nearest the camera (widest shoulders) first', async () => {
    const far = pose(0.05);
    const near = pose(0.2);
    h.frame = { t: 1, poses: [far, near], brightness: 100, width: 640, height: 480 };
    const s = await openPoseSession();
    const frame = (await s.detect(1)) as PoseFrame;
    expect(frame.poses[0]).toBe(near);
    expect(frame.poses[1]).toBe(far);
    expect(s.deviceId).toBe('cam-1');
    s.close();
    expect(stops).toBe(1);
    expect(h.closed).toBe(1);
  });

  it('a camera that fails releases the model once it has loaded', async () => {
    let resolve!: (lm: Landmarker) => void;
    h.model = () => new Promise((r) => (resolve = r));
    gum = async () => Promise.reject(new DOMException('in use', 'NotReadableError'));
    const err = await openPoseSession().catch((e: unknown) => e);
    expect(cameraErrorStatus(err)).toBe('busy');
    resolve(landmarker());
    await vi.waitFor(() => expect(h.closed).toBe(1));
  });

  it('a model that fails releases the camera', async () => {
    h.model = async () => Promise.reject(new Error('bad model'));
    const err = await openPoseSession().catch((e: unknown) => e);
    expect(cameraErrorStatus(err)).toBe('model-error');
    expect(stops).toBe(1);
  });

  it('aborting while the model loads stops the camera at once and the model later', async () => {
    let resolve!: (lm: Landmarker) => void;
    h.model = () => new Promise((r) => (resolve = r));
    const abort = new AbortController();
    const opening = openPoseSession({ signal: abort.signal }).catch((e: unknown) => e);
    await vi.waitFor(() => expect(resolve).toBeTypeOf('function'));
    await new Promise((r) => setTimeout(r, 0)); // the camera is open by now
    abort.abort();
    expect(stops).toBe(1);
    resolve(landmarker());
    expect(cameraErrorStatus(await opening)).toBe('busy'); // AbortError: nobody shows it
    expect(h.closed).toBe(1);
  });

  it('keeps the model while the camera closes between samples, and reopens it', async () => {
    const s = createPoseSession();
    await s.loadModel();
    await s.openCamera();
    s.closeCamera();
    expect(s.cameraOpen).toBe(false);
    expect(await s.detect(2)).toBeNull();
    await s.openCamera();
    expect(s.cameraOpen).toBe(true);
    expect(h.closed).toBe(0);
    expect(stops).toBe(1);
    s.close();
    expect(h.closed).toBe(1);
  });
});
