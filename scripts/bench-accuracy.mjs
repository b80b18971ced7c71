#!/usr/bin/env node
// npm run bench:accuracy -- [--data DIR] [--two-pose] [--no-retry] [--verbose]
// Real pose model (headless Chromium, scripts/inference; landmarks cached per image and model in
// .cache/landmarks) on every image of a dataset in the frontal-posture format. Each person is
// calibrated on their `calibration` row; `test` rows are judged (`demo` rows never are):
// - still: classifyStill on the frame (a refusal counts as wrong for every label);
// - held: the shipped engine stepped over 120 s of simulated time at its own recommended sampling
//   interval, the frame jittered by the noise measured on consecutive video frames (seed 14); the
//   verdict is the posture at the end (a refusal on a negative row is no false alarm, on a
//   positive row a miss);
// - per person balanced accuracy, macroBalancedAccuracy (held, mean over people with both classes),
//   lopoBalancedAccuracy (pooled held, every tuned number chosen without the person scored),
//   falseAlarmsPerHour (every neutral row and calibration frame held for a simulated hour);
// - GEOMETRY: the test rows during whose hold the engine said the setup changed (a moved camera
//   or seat; no row was taken after moving the camera on purpose, so each one is worth a look) and
//   the minutes of it in the neutral hours.
// --two-pose also learns each person's drift from their `demo` row; the RESULT line then gives that
// mode (the default mode's figures are printed on the line before as `DEFAULT {...}`). --no-retry
// skips the camera host's padded retry for frames without a pose (what the first engine saw).
// Prints the per-person table, one `ROW {...}` per test row, `GEOMETRY {...}` and, last,
// `RESULT {...}`.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  candidates,
  baselines,
  heldVerdicts,
  lopo,
  neutralHour,
  stillVerdicts,
} from './bench/run.mjs';
import { measureJitter } from './bench/jitter.mjs';
import { macro, rates, round3, tally } from './bench/metrics.mjs';
import { loadRows } from './bench/rows.mjs';
import { printTable } from './bench/table.mjs';
import { loadPostureEngine } from './inference/bundle.mjs';
import { sharedPath } from './lib/shared.mjs';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string' },
    'two-pose': { type: 'boolean', default: false },
    'no-retry': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
const dataDir = resolve(args.data ?? sharedPath('datasets/frontal-posture'));
if (!existsSync(resolve(dataDir, 'manifest.csv'))) {
  console.error(`bench:accuracy: no manifest.csv in ${dataDir}`);
  process.exit(2);
}
const log = (m) => console.error(m);
const engine = await loadPostureEngine();
const rows = await loadRows(dataDir, log, !args['no-retry']);
const tests = rows.filter((r) => r.role === 'test');
const jitter = measureJitter(rows);
log(
  `jitter: ${jitter.pairs} consecutive-frame pairs; nose sigma ${jitter.x[0].toFixed(4)}, ` +
    `${jitter.y[0].toFixed(4)} inter-ear (x, y)`,
);

/** Every figure of one mode (default or two-pose). */
function evaluateMode(twoPose) {
  const bases = baselines(engine, rows, jitter, twoPose);
  const grid = candidates(engine);
  const geometry = new Map();
  const held = grid.map((c, i) =>
    heldVerdicts(engine, tests, bases, jitter, c, i === 0 ? geometry : null),
  );
  const still = stillVerdicts(engine, tests, bases, grid[0], twoPose);
  const hour = neutralHour(engine, rows, bases, jitter, grid[0]);
  const l = lopo(tests, held);
  return { bases, grid, held: held[0], still, hour, lopo: l, geometry };
}

function summary(m) {
  const s = tally(tests, (r) => m.still.get(r), false);
  const h = tally(tests, (r) => m.held.get(r), true);
  const sr = rates(s);
  const hr = rates(h);
  return {
    images: rows.length,
    people: new Set(rows.map((r) => r.person)).size,
    tpr: round3(sr.tpr),
    fprNeutral: round3(sr.fprNeutral),
    fprOther: round3(sr.fprOther),
    balancedAccuracy: round3(sr.balancedAccuracy),
    undecided: s.undecided,
    held: {
      tpr: round3(hr.tpr),
      fprNeutral: round3(hr.fprNeutral),
      fprOther: round3(hr.fprOther),
      balancedAccuracy: round3(hr.balancedAccuracy),
      undecided: h.undecided,
    },
    macroBalancedAccuracy: round3(macro(tests, (r) => m.held.get(r), true).mean),
    lopoBalancedAccuracy: round3(m.lopo.rates.balancedAccuracy),
    falseAlarmsPerHour: m.hour.perHour === null ? null : Math.round(m.hour.perHour * 100) / 100,
  };
}

const def = evaluateMode(false);
const two = args['two-pose'] ? evaluateMode(true) : null;
console.log(`dataset: ${dataDir}`);
printTable({ tests, def, two, verbose: args.verbose });
for (const r of tests) {
  const row = {
    file: r.file,
    person: r.person,
    label: r.label,
    still: def.still.get(r),
    held: def.held.get(r),
  };
  if (two) row.twoPose = two.held.get(r);
  console.log(`ROW ${JSON.stringify(row)}`);
}
/** Every stretch of "the setup changed" under the shipped tuning (see the header). */
function geometryLine(m) {
  const rows = [...m.geometry].map(([r, ms]) => ({ file: r.file, label: r.label, s: ms / 1000 }));
  return JSON.stringify({ heldRows: rows, neutralHourMinutes: round3(m.hour.geometryMin) });
}
console.log(`GEOMETRY ${geometryLine(two ?? def)}`);
if (two) console.log(`DEFAULT ${JSON.stringify(summary(def))}`);
console.log(`RESULT ${JSON.stringify(summary(two ?? def))}`);
