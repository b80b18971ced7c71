// `npm run test:e2e`: the parallel projects (e2e, faults), then the tests that write the
// machine-wide policy directory (@policy), alone. Both always run; the exit code fails if either
// failed. Extra arguments (files, -g) go to both runs.
import { spawnSync } from 'node:child_process';

const extra = process.argv.slice(2);
const run = (projects) =>
  spawnSync(
    'npx',
    ['playwright', 'test', ...projects.flatMap((p) => ['--project', p]), '--no-deps', ...extra],
    { stdio: 'inherit' },
  ).status;

const parallel = run(['e2e', 'faults']);
const policy = run(['policy']);
process.exit(parallel === 0 && policy === 0 ? 0 : 1);
