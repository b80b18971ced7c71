// Where the shared data lives: `../shared` beside the repository root (the dataset and the seed
// articles; never copied into the repo). Resolved from this file, not from the working directory,
// so scripts and tests find it from any checkout (worktrees at /work/wt/X see /work/wt/shared).
// CHINUP_SHARED overrides it.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two folders above scripts/lib/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared folder: $CHINUP_SHARED, else `<repo root>/../shared`. */
export const SHARED_DIR = resolve(process.env.CHINUP_SHARED ?? join(REPO_ROOT, '../shared'));

/**
 * A path inside the shared folder.
 * @param {...string} parts
 * @returns {string}
 */
export function sharedPath(...parts) {
  return join(SHARED_DIR, ...parts);
}
