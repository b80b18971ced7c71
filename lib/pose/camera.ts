/**
 * Camera adapter: opens the webcam at a capped frame rate and modest resolution and plays it in a
 * video element (the page's own preview, or a detached one). Used only through `session.ts`.
 */

export interface OpenCamera {
  stream: MediaStream;
  video: HTMLVideoElement;
  deviceId: string;
  close(): void;
}

/** Low capture rate and size: posture changes over seconds, and fewer pixels cost less CPU. */
export const CAPTURE_CONSTRAINTS: MediaTrackConstraints = {
  width: { ideal: 640 },
  height: { ideal: 480 },
  frameRate: { ideal: 5, max: 15 },
};

/** A live preview the person watches (onboarding): smoother, still capped. */
export const PREVIEW_FRAME_RATE: ConstrainDouble = { ideal: 10, max: 15 };

export interface CameraOptions {
  deviceId?: string;
  /** Plays the stream here (a visible preview); a detached element is made otherwise. */
  video?: HTMLVideoElement;
  frameRate?: ConstrainDouble;
  /** The track ended by itself (unplugged, switched off). Not called after `close()`. */
  onEnded?: () => void;
  /** Aborting releases the camera at once, even while it is still opening. */
  signal?: AbortSignal;
}

const aborted = () => new DOMException('The camera was released while opening', 'AbortError');
/**
 * A track that ends before its first frame: the device could not start (Chromium opens a camera
 * another app holds, or an unreadable fake-camera file, and ends the track at once). It is the
 * browser's "could not start video source", so it fails the same way: busy.
 */
const endedBeforeFrame = () =>
  new DOMException('The camera stopped before its first frame', 'NotReadableError');

/**
 * Opens the camera and resolves once the video element has a decodable frame. Rejects (and
 * releases the camera) if the track ends first, or when `signal` aborts.
 */
export async function openCamera(options: CameraOptions = {}): Promise<OpenCamera> {
  const { deviceId, frameRate, onEnded, signal } = options;
  const stream = await navigator.mediaDevices.getUserMedia({
    video: {
      ...CAPTURE_CONSTRAINTS,
      ...(frameRate ? { frameRate } : {}),
      ...(deviceId ? { deviceId: { ideal: deviceId } } : {}),
    },
    audio: false,
  });
  const track = stream.getVideoTracks()[0];
  const close = () => {
    if (onEnded) track?.removeEventListener('ended', onEnded);
    for (const t of stream.getTracks()) t.stop();
    video.srcObject = null;
  };
  const video = options.video ?? document.createElement('video');
  const onAbort = () => close();
  let fail: (e: unknown) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => undefined); // raced below; never left unhandled
  const onEndedEarly = () => fail(endedBeforeFrame());
  const hasEnded = () => track?.readyState === 'ended';
  const onAbortEarly = () => fail(aborted());
  try {
    if (signal?.aborted) throw aborted();
    signal?.addEventListener('abort', onAbort, { once: true });
    if (!track) throw new DOMException('No video track', 'NotFoundError');
    track.addEventListener('ended', onEndedEarly, { once: true });
    signal?.addEventListener('abort', onAbortEarly, { once: true });
    if (hasEnded()) throw endedBeforeFrame();
    video.muted = true;
    video.playsInline = true;
    video.srcObject = stream;
    const firstFrame = async () => {
      await video.play();
      if (video.readyState < 2)
        await new Promise<void>((resolve) =>
          video.addEventListener('loadeddata', () => resolve(), { once: true }),
        );
    };
    await Promise.race([firstFrame(), failed]);
    if (signal?.aborted) throw aborted();
    if (hasEnded()) throw endedBeforeFrame();
    // From here on an ended track is news for the caller (unplugged, switched off).
    if (onEnded) track.addEventListener('ended', onEnded, { once: true });
  } catch (e) {
    close();
    throw e;
  } finally {
    track?.removeEventListener('ended', onEndedEarly);
    signal?.removeEventListener('abort', onAbortEarly);
    signal?.removeEventListener('abort', onAbort);
  }
  return { stream, video, deviceId: track.getSettings().deviceId ?? 'default', close };
}
