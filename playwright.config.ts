import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  // Each test runs a real browser with the pose model; two cores do not gain from parallel runs.
  workers: 1,
  retries: 0,
  reporter: [['list']],
  projects: [
    { name: 'e2e', testIgnore: ['**/faults/**', '**/soak*'] },
    { name: 'faults', testMatch: ['**/faults/**/*.spec.ts'] },
  ],
});
