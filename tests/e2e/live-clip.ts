/**
 * A fake camera whose picture the test changes when the product is ready for it, instead of a
 * clip that changes at fixed times (which assumes calibration finishes before the clip moves on,
 * and fails on a busy machine). Chromium reads the clip file again each time its fake camera
 * starts (measured on Chromium 156: a camera reopened after the file was replaced shows the new
 * picture), and the camera host closes the camera between samples; so after `show(clip)` the next
 * sample sees the new picture. Nothing else may hold the camera open meanwhile (no holdCamera).
 */
import { copyFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CLIP_DIR } from '../../scripts/lib/clips.mjs';

export interface LiveClip {
  /** The file to give Chromium (`test.use({ clip: live.path })`). */
  path: string;
  /** Replaces the picture (atomically: an opening in progress reads the old or the new file). */
  show(clip: string): void;
}

/**
 * A live clip named `name` that starts out showing `first` (a .y4m clip). One file per test worker
 * process (two workers may run the same test at once), removed when the worker exits.
 */
export function liveClip(name: string, first: string): LiveClip {
  const path = join(CLIP_DIR, `live-${name}-${process.pid}.y4m`);
  process.once('exit', () => rmSync(path, { force: true }));
  const show = (clip: string) => {
    copyFileSync(clip, `${path}.tmp`);
    renameSync(`${path}.tmp`, path);
  };
  show(first);
  return { path, show };
}
