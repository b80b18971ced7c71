import { existsSync } from 'node:fs';
import { emptyClip, npmPhoto, stillClip } from '../../scripts/lib/clips.mjs';
import { EXTENSION_DIR } from './fixtures';

/** Builds the clips every suite shares; the extension itself is built by `pretest:e2e`. */
export default function globalSetup(): void {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`))
    throw new Error(`No build at ${EXTENSION_DIR}: run npm run build first.`);
  stillClip('photo', npmPhoto());
  emptyClip();
}
