/**
 * Which locale key explains a posture state in one line (the popup's second line), so every page
 * words the engine's states the same way. Pure: keys only, the pages translate them.
 */
import { kebabKey } from '../i18n-key';
import type { PostureState } from './types';

/** `shoulders-out-of-frame` -> `reasonShouldersOutOfFrame`. */
const reasonKey = (id: string) => kebabKey('reason', id);

/**
 * The locale key of the line explaining `p`, or null when the headline says it all. Covers the
 * refusal reasons, a face that filled the frame for a minute (`reasonLeaningIn`), a verdict made on
 * the face alone because the shoulders are out of frame (`reasonFaceOnly`), and away, which also
 * happens when a face is so close to the camera that the model finds nobody (`reasonAway`).
 */
export function postureDetailKey(p: PostureState): string | null {
  switch (p.kind) {
    case 'unknown':
    case 'needs-calibration':
      return reasonKey(p.reason);
    case 'forward-head':
      if (p.cue === 'too-close') return 'reasonLeaningIn';
      return p.faceOnly ? 'reasonFaceOnly' : null;
    case 'neutral':
      return p.faceOnly ? 'reasonFaceOnly' : null;
    case 'away':
      return 'reasonAway';
    case 'calibrating':
      return null;
  }
}
