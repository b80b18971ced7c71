// Bundles the pure TypeScript posture engine (lib/posture) into a temporary ES module with esbuild,
// so plain Node scripts (benchmarks, fixture recording) run exactly the code the extension ships.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './harness.mjs';

export async function loadPostureEngine() {
  const dir = mkdtempSync(join(tmpdir(), 'chinup-posture-'));
  const outfile = join(dir, 'posture.mjs');
  try {
    await build({
      stdin: {
        contents: [
          "export * from './lib/posture/features';",
          "export * from './lib/posture/calibration';",
          "export * from './lib/posture/classify';",
          "export * from './lib/posture/drift';",
          "export * from './lib/posture/engine';",
          "export * from './lib/posture/sampling';",
          "export * from './lib/posture/thresholds';",
        ].join('\n'),
        resolveDir: REPO_ROOT,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      outfile,
      logLevel: 'silent',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
