/**
 * Light and backlight from a small grey copy of one camera frame. Pure: the page passes the
 * frame the model already read (an RGBA copy, see lib/pose/frame-grab.ts); nothing is kept.
 */

/** Mean luminance (0-255) below which the picture is too dark to judge well. */
export const DARK_BELOW = 60;
/** The background this much brighter than the face (luminance units) means light from behind. */
export const BACKLIGHT_DIFF = 45;

export interface Box {
  /** Normalized 0-1 image coordinates. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LightCheck {
  /** Mean luminance of the face box and of everything else, 0-255. */
  face: number;
  background: number;
  advice: 'ok' | 'dark' | 'backlit';
  verdict: 'good' | 'adjust';
}

/** Luminance (0-255) of an sRGB pixel, Rec. 601 weights. */
export function luma(r: number, g: number, b: number): number {
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

/**
 * Light check from `lum` (row-major, `w` x `h` luminance values) and the face box. Dark when the
 * face is dim; backlit when the background is much brighter than the face.
 */
export function lightCheck(lum: ArrayLike<number>, w: number, h: number, face: Box): LightCheck {
  let fs = 0;
  let fn = 0;
  let bs = 0;
  let bn = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const v = lum[y * w + x] ?? 0;
      const u = (x + 0.5) / w;
      const t = (y + 0.5) / h;
      if (u >= face.x0 && u <= face.x1 && t >= face.y0 && t <= face.y1) {
        fs += v;
        fn++;
      } else {
        bs += v;
        bn++;
      }
    }
  }
  const faceMean = fn ? fs / fn : 0;
  const bg = bn ? bs / bn : faceMean;
  const advice = faceMean < DARK_BELOW ? 'dark' : bg - faceMean > BACKLIGHT_DIFF ? 'backlit' : 'ok';
  return {
    face: Math.round(faceMean),
    background: Math.round(bg),
    advice,
    verdict: advice === 'ok' ? 'good' : 'adjust',
  };
}

/** A box around the face from pose landmarks 0-10 (nose, eyes, ears, mouth), padded. */
export function faceBox(points: readonly { x: number; y: number }[]): Box | null {
  const face = points.slice(0, 11);
  if (face.length < 11) return null;
  const xs = face.map((p) => p.x);
  const ys = face.map((p) => p.y);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  const pw = (x1 - x0) * 0.25;
  const ph = (y1 - y0) * 0.6 + 0.02;
  return {
    x0: Math.max(0, x0 - pw),
    x1: Math.min(1, x1 + pw),
    y0: Math.max(0, y0 - ph),
    y1: Math.min(1, y1 + ph),
  };
}

/** An RGBA picture, row-major, 4 bytes a pixel (the shape of `ImageData`). */
export interface RgbaImage {
  data: ArrayLike<number>;
  width: number;
  height: number;
}

/**
 * Luminance (0-255) of `img` scaled down to `w` x `h` by sampling the centre pixel of each cell,
 * row-major: the small grey copy `lightCheck` reads. An empty image gives zeros.
 */
export function lumaGrid(img: RgbaImage, w: number, h: number): number[] {
  const lum: number[] = [];
  for (let y = 0; y < h; y++) {
    const sy = Math.min(img.height - 1, Math.floor(((y + 0.5) * img.height) / h));
    for (let x = 0; x < w; x++) {
      const sx = Math.min(img.width - 1, Math.floor(((x + 0.5) * img.width) / w));
      const i = (sy * img.width + sx) * 4;
      lum.push(
        img.width && img.height
          ? luma(img.data[i] ?? 0, img.data[i + 1] ?? 0, img.data[i + 2] ?? 0)
          : 0,
      );
    }
  }
  return lum;
}
