// The benchmark's human-readable per-person table.
import { macro, rates, tally } from './metrics.mjs';

const fmt = (v) => (v === null || v === undefined ? '  -  ' : v.toFixed(3));
const reasons = (t) =>
  Object.entries(t.reasons)
    .map(([k, v]) => `${k}:${v}`)
    .join(' ');

/** One line per person: still and held counts, balanced accuracies, LOPO, neutral-hour alarms. */
export function printTable({ tests, def, two, verbose }) {
  const people = [...new Set(tests.map((r) => r.person))];
  const head = [
    'person'.padEnd(17),
    'still TP  FPn   FPo ',
    'held TP  FPn   FPo  und',
    'stillBA heldBA lopoBA',
    two ? 'twoBA ' : '',
    'FA/h  held refusals',
  ];
  console.log(head.join(' '));
  const modes = [def, ...(two ? [two] : [])];
  const lines = (who) => {
    const rs = who ? tests.filter((r) => r.person === who) : tests;
    const s = tally(rs, (r) => def.still.get(r), false);
    const h = tally(rs, (r) => def.held.get(r), true);
    const l = tally(rs, (r) => def.lopo.verdictOf(r), true);
    const t2 = two ? rates(tally(rs, (r) => two.held.get(r), true)).balancedAccuracy : null;
    const fa = who
      ? def.hour.perPerson.get(who)
      : [...def.hour.perPerson.values()].reduce((a, b) => a + b, 0);
    return [
      (who ?? 'POOLED').padEnd(17),
      `${s.tp}/${s.pos}`.padStart(6),
      `${s.fpN}/${s.neu}`.padStart(5),
      `${s.fpO}/${s.oth}`.padStart(5),
      `${h.tp}/${h.pos}`.padStart(7),
      `${h.fpN}/${h.neu}`.padStart(5),
      `${h.fpO}/${h.oth}`.padStart(5),
      String(h.undecided).padStart(4),
      ' ' + fmt(rates(s).balancedAccuracy),
      ' ' + fmt(rates(h).balancedAccuracy),
      ' ' + fmt(rates(l).balancedAccuracy),
      two ? ' ' + fmt(t2) : '',
      String(fa ?? '-').padStart(4),
      ' ' + reasons(h),
    ].join(' ');
  };
  for (const p of people) console.log(lines(p));
  console.log(lines(null));
  modes.forEach((m, i) => {
    const still = macro(tests, (r) => m.still.get(r), false).mean;
    const held = macro(tests, (r) => m.held.get(r), true).mean;
    console.log(
      `${i ? 'two-pose' : 'default'}: macro balanced accuracy over people with both classes: still ${fmt(still)}, held ${fmt(held)}; ` +
        `LOPO choices ${[...m.lopo.chosen.entries()].map(([p, c]) => `${p.split('-')[0]}:${c}`).join(' ')}`,
    );
  });
  if (verbose)
    for (const r of tests)
      console.log(
        `  ${r.person.padEnd(16)} ${r.label.padEnd(12)} still ${def.still.get(r).padEnd(18)} held ${def.held.get(r).padEnd(18)}${two ? ` two ${two.held.get(r).padEnd(18)}` : ''} ${r.file}`,
      );
}
