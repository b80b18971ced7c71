#!/usr/bin/env node
// npm run screenshots: builds the extension, runs the pages e2e suite against it and saves a
// screenshot of every page, light and dark, to docs/screenshots/ (used by the README).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const out = resolve('docs/screenshots');
const run = (cmd, args, env = {}) =>
  execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });

if (!process.argv.includes('--no-build')) run('npm', ['run', 'build']);
run(
  'npx',
  [
    'playwright',
    'test',
    '--project=e2e',
    'tests/e2e/pages.spec.ts',
    // The pages of issue 16: neck training, headache now, safety, desk check.
    'tests/e2e/neck-training.spec.ts',
    'tests/e2e/headache.spec.ts',
    'tests/e2e/desk-check.spec.ts',
    'tests/e2e/break-window.spec.ts',
    // Issue 17: insights on day one, with a few days, and the Today tab.
    'tests/e2e/insights.spec.ts',
    // The popup's live view, upright and head forward (issue 17).
    'tests/e2e/popup.spec.ts',
  ],
  {
    CHINUP_SCREENSHOTS: out,
  },
);
console.log(`Screenshots written to ${out}`);
