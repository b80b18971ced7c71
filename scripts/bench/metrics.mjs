// Counting verdicts into rates, per person and pooled, for still and held modes.
import { POSITIVE } from './rows.mjs';

const decided = (v) => v === 'forward-head' || v === 'neutral';
export const round3 = (v) => (v === null ? null : Math.round(v * 1000) / 1000);
const rate = (n, d) => (d === 0 ? null : n / d);

/**
 * Tallies `verdicts` (row -> verdict). Still mode: a refusal is wrong for every label (today's
 * figure). Held mode: a refusal on a negative row is no false alarm (no nudge follows); on a
 * positive row it is a miss.
 */
export function tally(rows, verdictOf, held) {
  const t = { pos: 0, tp: 0, neu: 0, fpN: 0, oth: 0, fpO: 0, undecided: 0, reasons: {} };
  for (const row of rows) {
    const v = verdictOf(row);
    const fwd = v === 'forward-head';
    if (!decided(v)) {
      t.undecided++;
      t.reasons[v] = (t.reasons[v] ?? 0) + 1;
    }
    const wrongNeg = fwd || (!held && !decided(v));
    if (POSITIVE.has(row.label)) {
      t.pos++;
      if (fwd) t.tp++;
    } else if (row.label === 'neutral') {
      t.neu++;
      if (wrongNeg) t.fpN++;
    } else {
      t.oth++;
      if (wrongNeg) t.fpO++;
    }
  }
  return t;
}

/** tpr, fprNeutral, fprOther, balancedAccuracy (tpr and tnr over all negatives), unrounded. */
export function rates(t) {
  const tpr = rate(t.tp, t.pos);
  const neg = t.neu + t.oth;
  const tnr = neg === 0 ? null : 1 - (t.fpN + t.fpO) / neg;
  return {
    tpr,
    fprNeutral: rate(t.fpN, t.neu),
    fprOther: rate(t.fpO, t.oth),
    balancedAccuracy: tpr === null || tnr === null ? null : (tpr + tnr) / 2,
  };
}

/** Per-person held balanced accuracy and the mean over people who have both classes. */
export function macro(rows, verdictOf, held) {
  const people = [...new Set(rows.map((r) => r.person))];
  const per = people.map((p) => {
    const t = tally(
      rows.filter((r) => r.person === p),
      verdictOf,
      held,
    );
    return { person: p, t, ...rates(t) };
  });
  const both = per.filter((p) => p.balancedAccuracy !== null);
  const mean = both.length ? both.reduce((s, p) => s + p.balancedAccuracy, 0) / both.length : null;
  return { per, mean };
}
