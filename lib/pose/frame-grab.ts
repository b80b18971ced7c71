/**
 * Copies the camera's current frame into one reused RGBA buffer for the model. Chromium keeps
 * about 0.8 MB of shared memory per video frame drawn from a <video> (to a 2-D canvas or a WebGL
 * texture, whatever the capture size) for as long as the extension process lives: 40 frames
 * grew it by 30 MB, and a day of sampling would keep growing it (measured with Chromium 156, see
 * scripts/lib/memory-breakdown.mjs). `VideoFrame.copyTo` into a JS buffer keeps nothing, so the
 * model gets `ImageData` instead of the video element. Browsers without that copy (older Firefox)
 * fall back to a 2-D canvas, which they do not leak.
 */

export interface FrameGrabber {
  /** The current frame as RGBA, in the same buffer every time; null while there is no frame. */
  grab(video: HTMLVideoElement): Promise<ImageData | null>;
}

/** Creates a grabber with its own buffer (one per session). */
export function createFrameGrabber(): FrameGrabber {
  let image: ImageData | null = null;
  let canvas: OffscreenCanvas | null = null;
  let copyWorks = typeof VideoFrame === 'function';
  const sized = (w: number, h: number) =>
    image && image.width === w && image.height === h ? image : (image = new ImageData(w, h));

  async function viaVideoFrame(video: HTMLVideoElement): Promise<ImageData> {
    const frame = new VideoFrame(video);
    try {
      const out = sized(frame.displayWidth, frame.displayHeight);
      await frame.copyTo(out.data, { format: 'RGBA' });
      return out;
    } finally {
      frame.close();
    }
  }

  function viaCanvas(video: HTMLVideoElement): ImageData {
    const w = video.videoWidth;
    const h = video.videoHeight;
    if (!canvas || canvas.width !== w || canvas.height !== h) canvas = new OffscreenCanvas(w, h);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('No 2-D canvas to read camera frames');
    ctx.drawImage(video, 0, 0, w, h);
    return (image = ctx.getImageData(0, 0, w, h));
  }

  return {
    async grab(video) {
      if (video.readyState < 2 || video.videoWidth === 0) return null;
      if (copyWorks) {
        try {
          return await viaVideoFrame(video);
        } catch (e) {
          // This browser cannot copy frames as RGBA: the canvas from now on. Anything else is real.
          if (
            !(e instanceof TypeError) &&
            !(e instanceof DOMException && e.name === 'NotSupportedError')
          )
            throw e;
          copyWorks = false;
        }
      }
      return viaCanvas(video);
    },
  };
}

/** Mean luma (0..255) of an RGBA image, from every 8th pixel of every 8th row: cheap per sample. */
export function meanLuma(img: ImageData): number {
  const { data, width, height } = img;
  let sum = 0;
  let n = 0;
  for (let y = 4; y < height; y += 8) {
    for (let x = 4; x < width; x += 8) {
      const i = (y * width + x) * 4;
      sum += 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
      n++;
    }
  }
  return n ? Math.round(sum / n) : 128;
}
