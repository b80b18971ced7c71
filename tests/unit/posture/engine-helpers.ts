/** Drives the pure engine through a timed sequence, persisting state as JSON between steps. */
import { calibrate, type Baseline } from '../../../lib/posture/calibration';
import { initialEngineState, stepEngine, type EngineState } from '../../../lib/posture/engine';
import type { PoseFrame, PostureState } from '../../../lib/posture/types';
import { fixture, type FixtureName } from './fixtures';

export interface Step {
  t: number;
  posture: PostureState;
  awayMs: number;
  state: EngineState;
}

export function baselineOf(name: FixtureName): Baseline {
  const r = calibrate([fixture(name)], { minFrames: 1 });
  if (!r.ok) throw new Error(r.issue);
  return r.baseline;
}

/** `frames[i]` is sampled at `t0 + i * intervalMs`. */
export function run(
  frames: (PoseFrame | null)[],
  baseline: Baseline | null,
  intervalMs: number,
  opts = { sensitivity: 3, awayAfterSec: 30 },
  start: { state?: EngineState; t0?: number } = {},
): Step[] {
  let state = start.state ?? initialEngineState();
  const t0 = start.t0 ?? 1_700_000_000_000;
  return frames.map((frame, i) => {
    const t = t0 + i * intervalMs;
    const r = stepEngine(state, frame && { ...frame, t }, baseline, opts, t);
    // The service worker stores the state as JSON and may restart between any two samples.
    state = JSON.parse(JSON.stringify(r.state)) as EngineState;
    return { t, posture: r.posture, awayMs: r.awayMs, state };
  });
}

export const kinds = (steps: Step[]) =>
  steps.map((s) =>
    s.posture.kind === 'unknown' || s.posture.kind === 'needs-calibration'
      ? `${s.posture.kind}:${s.posture.reason}`
      : s.posture.kind,
  );

export const repeat = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);
