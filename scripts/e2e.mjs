// `npm run test:e2e`: the parallel projects (e2e, faults), then the tests that write the
// machine-wide policy directory (@policy), alone. Both always run; the exit code fails if either
// failed. Extra arguments (files, -g) go to both runs, so `npm run test:e2e -- tests/e2e/policy.spec.ts`
// runs one policy file alone (plain `playwright test --project policy` also runs its dependencies).
import { spawnSync } from 'node:child_process';

const extra = process.argv.slice(2);
const run = (projects) =>
  spawnSync(
    'npx',
    [
      'playwright',
      'test',
      ...projects.flatMap((p) => ['--project', p]),
      '--no-deps',
      '--pass-with-no-tests',
      ...extra,
    ],
    { stdio: 'inherit' },
  ).status;

const parallel = run(['e2e', 'faults']);
const policy = run(['policy']);
process.exit(parallel === 0 && policy === 0 ? 0 : 1);
