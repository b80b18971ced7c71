// Dataset rows with real-inference landmarks (scripts/inference, cached per image and model).
// A row whose image gives no pose uses the camera host's retry: the frame shrunk into a padded
// canvas (harness `padded`), as the product does before it reports nobody.
import { openInference } from '../inference/harness.mjs';
import { readManifest } from '../inference/manifest.mjs';

export const POSITIVE = new Set(['forward_head', 'slouch']);

/** Reads `dir/manifest.csv` and attaches `frame` (after the padded retry unless `retry` is false). */
export async function loadRows(dir, log = () => {}, retry = true) {
  const rows = readManifest(dir);
  const session = await openInference({ log });
  let fresh = 0;
  let retried = 0;
  try {
    for (const row of rows) {
      const { frame, padded, cached } = await session.infer(row.path);
      row.rawFrame = frame;
      row.frame = retry && frame.poses.length === 0 && padded?.poses.length ? padded : frame;
      if (row.frame !== frame) retried++;
      if (!cached) fresh++;
    }
  } finally {
    await session.close();
  }
  log(
    `inference: ${rows.length} images, ${fresh} new, ${rows.length - fresh} from cache, ` +
      `${retried} found only by the padded retry`,
  );
  return rows;
}
