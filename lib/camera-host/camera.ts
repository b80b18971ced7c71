/**
 * Camera adapter: opens the webcam at a low frame rate and modest resolution, and maps every
 * failure to a `CameraStatus` the person can act on.
 */
import type { CameraStatus } from '../posture/types';

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

/** Maps a getUserMedia or track error to a status. */
export function cameraErrorStatus(e: unknown): CameraStatus {
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
      return 'busy';
  }
}

/** Opens the camera and resolves once the video element has a decodable frame. */
export async function openCamera(
  deviceId: string | undefined,
  onEnded: () => void,
): Promise<OpenCamera> {
  const stream = await navigator.mediaDevices.getUserMedia({
    video: deviceId
      ? { ...CAPTURE_CONSTRAINTS, deviceId: { ideal: deviceId } }
      : CAPTURE_CONSTRAINTS,
    audio: false,
  });
  const track = stream.getVideoTracks()[0];
  if (!track) throw new DOMException('No video track', 'NotFoundError');
  track.addEventListener('ended', onEnded, { once: true });
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.srcObject = stream;
  await video.play();
  if (video.readyState < 2)
    await new Promise<void>((resolve) =>
      video.addEventListener('loadeddata', () => resolve(), { once: true }),
    );
  const close = () => {
    track.removeEventListener('ended', onEnded);
    for (const t of stream.getTracks()) t.stop();
    video.srcObject = null;
  };
  return { stream, video, deviceId: track.getSettings().deviceId ?? 'default', close };
}
