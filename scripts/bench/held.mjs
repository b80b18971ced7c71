// Runs the shipped engine (lib/posture, bundled) over simulated time, as a person holding a posture
// experiences it: calibration on jittered copies of the calibration frame, then the held frame
// sampled at the engine's own recommended interval, each sample with fresh measured jitter.
import { hashSeed, jitterer } from './jitter.mjs';

export const T0 = 1_700_000_000_000;
export const HOLD_MS = 120_000;
export const HOUR_MS = 3_600_000;
/** Calibration: onboarding keeps the good frames (assessCalibrationFrame) until it has 40. */
const CAL_TARGET = 40;
const CAL_ATTEMPTS = 120;

/** Up to CAL_TARGET jittered copies of `frame` that pass the live calibration gate. */
function goodFrames(engine, frame, jitter, seed) {
  const j = jitterer(frame, jitter, seed);
  const good = [];
  const issues = [];
  for (let i = 0; i < CAL_ATTEMPTS && good.length < CAL_TARGET; i++) {
    const f = j(T0 + i * 150);
    const a = engine.assessCalibrationFrame(f);
    if (a.ok) good.push(f);
    else issues.push(f);
  }
  return good.length ? good : issues.slice(0, CAL_TARGET);
}

/** 'forward-head', 'neutral', the refusal reason, 'away', or needs-calibration:<reason>. */
export function verdictOf(posture) {
  if (posture.kind === 'unknown') return posture.reason;
  if (posture.kind === 'needs-calibration') return `needs-calibration:${posture.reason}`;
  return posture.kind;
}

/**
 * The person's baseline from jittered copies of their calibration frame, and with
 * `driftFrame` (two-pose mode) their learned drift. Returns `{ ok, baseline }` or `{ ok:false, issue }`.
 */
export function baselineFor(engine, calFrame, jitter, seed, driftFrame = null) {
  const cal = engine.calibrate(goodFrames(engine, calFrame, jitter, hashSeed('calibration', seed)));
  if (!cal.ok || !driftFrame || !engine.calibrateDrift) return cal;
  const d = jitterer(driftFrame, jitter, hashSeed('drift', seed));
  const two = engine.calibrateDrift(
    cal.baseline,
    Array.from({ length: CAL_TARGET }, (_, i) => d(T0 + i * 150)),
  );
  // A second pose the engine cannot use leaves the population rule in place, as in the product.
  return two.ok ? two : cal;
}

const geometryChanged = (p) => p.kind === 'needs-calibration' && p.reason === 'geometry-changed';

/**
 * Holds `frame` for `durationMs` after one sample of the calibration frame. Returns the final
 * verdict, how many times a forward-head report began and how long (ms) the engine said the setup
 * changed (a moved camera or seat).
 */
export function hold(engine, { calFrame, frame, baseline, jitter, seed, opts, durationMs }) {
  const jc = jitterer(calFrame, jitter, hashSeed('cal-step', seed));
  const jf = jitterer(frame, jitter, seed);
  let state = engine.initialEngineState();
  let step = engine.stepEngine(state, jc(T0), baseline, opts, T0);
  state = step.state;
  let t = T0;
  let reports = 0;
  let geometryMs = 0;
  for (;;) {
    const dt = engine.recommendIntervalMs(state, false);
    t += dt;
    if (t - T0 > durationMs) break;
    const before = state.posture.kind;
    step = engine.stepEngine(state, jf(t), baseline, opts, t);
    state = step.state;
    if (step.posture.kind === 'forward-head' && before !== 'forward-head') reports++;
    if (geometryChanged(step.posture)) geometryMs += dt;
  }
  return { verdict: verdictOf(state.posture), reports, geometryMs };
}
