// The benchmark's simulations: still and held verdicts for every test row under every tuning
// candidate, leave-one-person-out choice of the tuned numbers, and the neutral hour.
import { HOLD_MS, HOUR_MS, baselineFor, hold } from './held.mjs';
import { hashSeed } from './jitter.mjs';
import { macro, rates, tally } from './metrics.mjs';

export const SEED = 14;

/**
 * Tuning candidates: the engine's own grid (shipped values first) when it has one, else the
 * sensitivity levels (default first), the only number an engine without a grid exposes.
 */
export function candidates(engine) {
  const def = engine.DEFAULT_SENSITIVITY;
  if (typeof engine.tuningGrid === 'function')
    return engine.tuningGrid().map((tuning) => ({ sensitivity: def, tuning }));
  return [def, 1, 2, 3, 4, 5]
    .filter((s, i) => i === 0 || s !== def)
    .map((s) => ({ sensitivity: s }));
}

/** Baselines per person (default, and two-pose when the person has a usable `demo` row). */
export function baselines(engine, rows, jitter, twoPose) {
  const out = new Map();
  for (const person of new Set(rows.map((r) => r.person))) {
    const cal = rows.find((r) => r.person === person && r.role === 'calibration');
    const demo = twoPose ? rows.find((r) => r.person === person && r.role === 'demo') : null;
    const seed = hashSeed(person, SEED);
    const b = cal ? baselineFor(engine, cal.frame, jitter, seed, demo?.frame ?? null) : null;
    // Today's still figure: one un-jittered calibration frame.
    const still = cal ? engine.calibrate([cal.frame], { minFrames: 1 }) : null;
    const missing = { ok: false, issue: 'no-calibration-row' };
    out.set(person, { calRow: cal, result: b ?? missing, still: still ?? missing });
  }
  return out;
}

const optsOf = (c) => ({ sensitivity: c.sensitivity, awayAfterSec: 30, tuning: c.tuning });

/**
 * Held verdict of every test row under candidate `c`: Map row -> verdict. With `geometry` (a Map),
 * also the ms each row spent in "the setup changed" (rows that never did are left out).
 */
export function heldVerdicts(engine, tests, bases, jitter, c, geometry = null) {
  const out = new Map();
  for (const row of tests) {
    const b = bases.get(row.person);
    if (!b.result.ok) {
      out.set(row, `no-baseline:${b.result.issue}`);
      continue;
    }
    const r = hold(engine, {
      calFrame: b.calRow.frame,
      frame: row.frame,
      baseline: b.result.baseline,
      jitter,
      seed: hashSeed(row.file, SEED),
      opts: optsOf(c),
      durationMs: HOLD_MS,
    });
    out.set(row, r.verdict);
    if (geometry && r.geometryMs) geometry.set(row, r.geometryMs);
  }
  return out;
}

/** classifyStill on the un-jittered frame (today's figure). */
export function stillVerdicts(engine, tests, bases, c, twoPose) {
  const out = new Map();
  for (const row of tests) {
    const all = bases.get(row.person);
    // Two-pose mode judges stills against the learned baseline; default mode as today.
    const b = twoPose ? all.result : all.still;
    if (!b.ok) {
      out.set(row, `no-baseline:${b.issue}`);
      continue;
    }
    const f = engine.computeFeatures(row.frame);
    out.set(
      row,
      f.ok ? engine.classifyStill(f.features, b.baseline, c.sensitivity, c.tuning) : f.reason,
    );
  }
  return out;
}

/**
 * Leave-one-person-out: for each person, the candidate with the best held macro balanced
 * accuracy on everyone else (ties: pooled held balanced accuracy, then grid order), applied to
 * that person. Returns the pooled held rates of those verdicts and the choices.
 */
export function lopo(tests, heldByCandidate) {
  const people = [...new Set(tests.map((r) => r.person))];
  const chosen = new Map();
  for (const p of people) {
    const others = tests.filter((r) => r.person !== p);
    let best = -1;
    let bestKey = [-Infinity, -Infinity];
    heldByCandidate.forEach((verdicts, i) => {
      const get = (r) => verdicts.get(r);
      const key = [
        macro(others, get, true).mean ?? 0,
        rates(tally(others, get, true)).balancedAccuracy ?? 0,
      ];
      if (
        key[0] > bestKey[0] + 1e-9 ||
        (Math.abs(key[0] - bestKey[0]) <= 1e-9 && key[1] > bestKey[1] + 1e-9)
      ) {
        best = i;
        bestKey = key;
      }
    });
    chosen.set(p, best);
  }
  const verdictOf = (r) => heldByCandidate[chosen.get(r.person)].get(r);
  return { rates: rates(tally(tests, verdictOf, true)), chosen, verdictOf };
}

/**
 * Every person's neutral rows (test rows labelled neutral, and the calibration frame itself) held
 * for a simulated hour each; forward-head reports per hour, and the minutes spent in "the setup
 * changed" over all those hours.
 */
export function neutralHour(engine, rows, bases, jitter, c) {
  let reports = 0;
  let hours = 0;
  let geometryMs = 0;
  const perPerson = new Map();
  for (const row of rows.filter((r) => r.label === 'neutral' && r.role !== 'demo')) {
    const b = bases.get(row.person);
    if (!b.result.ok) continue;
    const r = hold(engine, {
      calFrame: b.calRow.frame,
      frame: row.frame,
      baseline: b.result.baseline,
      jitter,
      seed: hashSeed(`hour:${row.file}`, SEED),
      opts: optsOf(c),
      durationMs: HOUR_MS,
    });
    reports += r.reports;
    geometryMs += r.geometryMs;
    hours += 1;
    perPerson.set(row.person, (perPerson.get(row.person) ?? 0) + r.reports);
  }
  return {
    perHour: hours ? reports / hours : null,
    hours,
    perPerson,
    geometryMin: geometryMs / 60_000,
  };
}
