/**
 * The fake-camera clip both camera-coach tests play (break page, neck training): forward-head
 * frames of one person first (the coach's reference), then upright ones (the head glides back, a
 * chin tuck), three times. Real dataset frames; without the shared data the tests skip (under CI
 * they fail, see tests/support/shared.ts).
 */
import { join } from 'node:path';
import { DATASET_DIR, sequenceClip } from '../../scripts/lib/clips.mjs';
import { haveShared } from '../support/shared';

export const CHIN_TUCK_DIR = join(DATASET_DIR, 'images/vincent-neckpose');
const FORWARD = join(CHIN_TUCK_DIR, 'forward_head/case2_IMG_0877-121.jpg');
const UPRIGHT = join(CHIN_TUCK_DIR, 'neutral/case4_IMG_0877-100.jpg');

/** Whether the dataset frames are on this machine. */
export const haveChinTuckFrames = haveShared(FORWARD, UPRIGHT);

/** The clip (built once into .cache/clips), or null without the frames. */
export function chinTuckClip(): string | null {
  if (!haveChinTuckFrames) return null;
  return sequenceClip('chin-tucks', [
    [FORWARD, 5],
    [UPRIGHT, 7],
    [FORWARD, 3],
    [UPRIGHT, 7],
    [FORWARD, 3],
    [UPRIGHT, 7],
    [FORWARD, 5],
  ]);
}
