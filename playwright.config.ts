import { defineConfig } from '@playwright/test';

/**
 * Projects: `e2e` (the user flows) runs two browsers at a time: the tests wait on the extension's
 * timers and the model far more than they use a core. `faults` runs one at a time (worker restarts,
 * clock jumps). `policy` (tests tagged @policy) writes the machine-wide managed-policy directory, so
 * it runs alone after both; `npm run test:e2e` (scripts/e2e.mjs) runs the three in turn.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  workers: 2,
  retries: 0,
  reporter: [['list']],
  projects: [
    {
      name: 'e2e',
      testIgnore: ['**/faults/**', '**/soak*'],
      grepInvert: /@policy/,
      workers: 2,
    },
    { name: 'faults', testMatch: ['**/faults/**/*.spec.ts'], grepInvert: /@policy/, workers: 1 },
    {
      name: 'policy',
      testIgnore: ['**/soak*'],
      grep: /@policy/,
      workers: 1,
      dependencies: ['e2e', 'faults'],
    },
  ],
});
