#!/usr/bin/env node
// npm run bench:accuracy -- [--data DIR] [--verbose] [--diagnostics]
// Runs the real pose model (headless Chromium, scripts/inference) on every image of a dataset in the
// frontal-posture format, calibrates each person on their `calibration` row(s) only, classifies each
// `test` row with the shipped engine's classifyStill at default sensitivity, and prints per-person
// and pooled figures. The last line is `RESULT {...}`. Undecided rows count as wrong in every rate.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadPostureEngine } from './inference/bundle.mjs';
import { openInference } from './inference/harness.mjs';
import { readManifest } from './inference/manifest.mjs';
import { sharedPath } from './lib/shared.mjs';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    diagnostics: { type: 'boolean', default: false },
  },
});
const dataDir = resolve(args.data ?? sharedPath('datasets/frontal-posture'));
if (!existsSync(resolve(dataDir, 'manifest.csv'))) {
  console.error(`bench:accuracy: no manifest.csv in ${dataDir}`);
  process.exit(2);
}

const engine = await loadPostureEngine();
const rows = readManifest(dataDir);
const session = await openInference({ log: (m) => console.error(m) });
let fresh = 0;
try {
  for (const row of rows) {
    const { frame, cached } = await session.infer(row.path);
    row.frame = frame;
    if (!cached) fresh++;
  }
} finally {
  await session.close();
}
console.error(`inference: ${rows.length} images, ${fresh} new, ${rows.length - fresh} from cache`);

const POSITIVE = new Set(['forward_head', 'slouch']);
const people = [...new Set(rows.map((r) => r.person))];
const blank = () => ({
  pos: 0,
  tp: 0,
  neu: 0,
  fpN: 0,
  oth: 0,
  fpO: 0,
  tn: 0,
  undecided: 0,
  reasons: {},
});

// Each person's baseline comes from their calibration row(s) only.
const baselines = new Map(
  people.map((person) => [
    person,
    engine.calibrate(
      rows.filter((r) => r.person === person && r.role === 'calibration').map((r) => r.frame),
      { minFrames: 1 },
    ),
  ]),
);

/**
 * Counts a decision rule over every test row. `decide(features, baseline)` returns 'forward-head',
 * 'neutral' or a refusal reason; frames the engine cannot measure are refused before it is asked.
 */
function evaluate(decide, verbose = false) {
  const pooled = blank();
  const perPerson = [];
  for (const person of people) {
    const cal = baselines.get(person);
    const t = blank();
    for (const row of rows.filter((r) => r.person === person && r.role === 'test')) {
      let verdict;
      if (!cal.ok) verdict = `no-baseline:${cal.issue}`;
      else {
        const f = engine.computeFeatures(row.frame);
        verdict = f.ok ? decide(f.features, cal.baseline) : f.reason;
      }
      const decided = verdict === 'forward-head' || verdict === 'neutral';
      const saysForward = verdict === 'forward-head';
      if (!decided) {
        t.undecided++;
        t.reasons[verdict] = (t.reasons[verdict] ?? 0) + 1;
      }
      // A refusal is wrong for every label: a miss for positives, a false alarm for negatives.
      if (POSITIVE.has(row.label)) {
        t.pos++;
        if (saysForward) t.tp++;
      } else if (row.label === 'neutral') {
        t.neu++;
        if (!decided || saysForward) t.fpN++;
      } else {
        t.oth++;
        if (!decided || saysForward) t.fpO++;
      }
      if (!POSITIVE.has(row.label) && verdict === 'neutral') t.tn++;
      if (verbose)
        console.log(`  ${person} ${row.label.padEnd(12)} -> ${verdict.padEnd(22)} ${row.file}`);
    }
    for (const k of Object.keys(t)) if (k !== 'reasons') pooled[k] += t[k];
    for (const [k, v] of Object.entries(t.reasons))
      pooled.reasons[k] = (pooled.reasons[k] ?? 0) + v;
    perPerson.push({ person, cal: cal.ok ? 'ok' : cal.issue, ...t });
  }
  return { pooled, perPerson };
}

const shipped = (sensitivity) => (f, b) => engine.classifyStill(f, b, sensitivity);
const { pooled, perPerson } = evaluate(shipped(engine.DEFAULT_SENSITIVITY), args.verbose);

const rate = (num, den) => (den === 0 ? null : Math.round((num / den) * 1000) / 1000);
const metrics = (t) => {
  const tpr = rate(t.tp, t.pos);
  const tnr = rate(t.tn, t.neu + t.oth);
  return {
    tpr,
    fprNeutral: rate(t.fpN, t.neu),
    fprOther: rate(t.fpO, t.oth),
    balancedAccuracy:
      tpr === null || tnr === null ? null : Math.round(((tpr + tnr) / 2) * 1000) / 1000,
  };
};
const accuracy = (t) => rate(t.tp + t.tn, t.pos + t.neu + t.oth);
const fmt = (v) => (v === null ? '  -  ' : v.toFixed(3));
const line = (name, cal, t) => {
  const m = metrics(t);
  return [
    name.padEnd(20),
    cal.padEnd(6),
    `${t.tp}/${t.pos}`.padStart(6),
    `${t.fpN}/${t.neu}`.padStart(6),
    `${t.fpO}/${t.oth}`.padStart(6),
    String(t.undecided).padStart(4),
    fmt(m.tpr),
    fmt(m.fprNeutral),
    fmt(m.fprOther),
    fmt(m.balancedAccuracy),
    fmt(accuracy(t)),
    Object.entries(t.reasons)
      .map(([k, v]) => `${k}:${v}`)
      .join(' '),
  ].join('  ');
};
console.log(`dataset: ${dataDir}`);
console.log(
  'person                cal       TP    FPn    FPo   und  tpr    fprN   fprO   balAcc acc    undecided-reasons',
);
for (const p of perPerson) console.log(line(p.person, p.cal, p));
console.log(line('POOLED', '', pooled));
if (args.diagnostics) {
  // Which cues carry the decision: each cue alone at its own unit threshold, same guardrails.
  const alone = (pick) => (f, b) => {
    const d = engine.scoreDrift(f, b);
    if (!d.ok) return d.reason;
    return pick(d.cues) >= 1 ? 'forward-head' : 'neutral';
  };
  const variants = [
    ...[1, 2, 3, 4, 5].map((s) => [`shipped, sensitivity ${s}`, shipped(s)]),
    ['head bow alone', alone((c) => c.bow / engine.BOW_DRIFT)],
    ['nose drop alone', alone((c) => c.noseDrop / engine.NOSE_DROP)],
    ['face growth alone', alone((c) => c.faceGrowth / engine.FACE_GROWTH)],
    ['sinking alone', alone((c) => c.sink / engine.SINK_DROP)],
  ];
  console.log('\ndiagnostics (pooled rates; per-person accuracy over all test rows)');
  for (const [name, decide] of variants) {
    const r = evaluate(decide);
    const m = metrics(r.pooled);
    const per = r.perPerson.map((p) => `${p.person.split('-')[0]}:${fmt(accuracy(p))}`).join(' ');
    console.log(
      `${name.padEnd(26)} tpr ${fmt(m.tpr)} fprN ${fmt(m.fprNeutral)} fprO ${fmt(m.fprOther)} balAcc ${fmt(m.balancedAccuracy)}  ${per}`,
    );
  }
  console.log('');
}
const m = metrics(pooled);
console.log(
  `RESULT ${JSON.stringify({
    images: rows.length,
    people: people.length,
    tpr: m.tpr,
    fprNeutral: m.fprNeutral,
    fprOther: m.fprOther,
    balancedAccuracy: m.balancedAccuracy,
    undecided: pooled.undecided,
  })}`,
);
