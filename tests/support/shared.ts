/**
 * Tests that need the shared data (`../shared` beside the repository root: the dataset, the seed
 * articles). Where it is absent they skip, with the reason; under CI (env `CI` set) they fail
 * instead, because CI always has it and a silent skip would hide a broken path.
 */
import { existsSync } from 'node:fs';
import { SHARED_DIR, sharedPath } from '../../scripts/lib/shared.mjs';

export { SHARED_DIR, sharedPath };

/**
 * True when every path exists. When one is missing: false (the caller skips) on a developer's
 * machine, an error under CI.
 */
export function haveShared(...paths: string[]): boolean {
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length === 0) return true;
  if (process.env.CI)
    throw new Error(
      `CI needs the shared data, missing: ${missing.join(', ')} (SHARED_DIR ${SHARED_DIR})`,
    );
  console.warn(`[shared] missing, tests skipped: ${missing.join(', ')}`);
  return false;
}
