// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { initialEngineState } from '../../../lib/posture/engine';
import { isUncertain, recommendIntervalMs } from '../../../lib/posture/sampling';
import { fixture } from './fixtures';
import { baselineOf, repeat, run } from './engine-helpers';

const V = baselineOf('vincent-neutral-100');
const neutral = () => fixture('vincent-neutral-120');
const forward = () => fixture('vincent-forward-120');
const last = <T>(xs: T[]) => xs[xs.length - 1]!;

describe('recommendIntervalMs', () => {
  it('samples sparsely while nothing is calibrated yet', () => {
    expect(recommendIntervalMs(initialEngineState(), false)).toBe(20_000);
  });

  it('samples densely right after the first judgement, sparsely once neutral is stable', () => {
    const steps = run(repeat(8, neutral), V, 5000);
    expect(recommendIntervalMs(steps[0]!.state, false)).toBeLessThanOrEqual(5000);
    const stable = last(steps).state;
    expect(isUncertain(stable)).toBe(false);
    expect(recommendIntervalMs(stable, false)).toBeGreaterThanOrEqual(15_000);
    expect(recommendIntervalMs(stable, false)).toBeLessThanOrEqual(20_000);
  });

  it('goes dense as soon as the posture starts to drift (a forward episode is a candidate)', () => {
    const steps = run([...repeat(8, neutral), forward()], V, 15_000);
    expect(recommendIntervalMs(steps[7]!.state, false)).toBe(15_000);
    expect(recommendIntervalMs(last(steps).state, false)).toBeLessThanOrEqual(5000);
  });

  it('settles to sparse sampling in sustained forward head too', () => {
    const steps = run(repeat(14, forward), V, 5000);
    expect(last(steps).posture.kind).toBe('forward-head');
    expect(recommendIntervalMs(last(steps).state, false)).toBe(15_000);
  });

  it('samples densely while a guardrail pauses judgement', () => {
    const steps = run([...repeat(8, neutral), { ...neutral(), brightness: 5 }], V, 15_000);
    expect(recommendIntervalMs(last(steps).state, false)).toBeLessThanOrEqual(5000);
  });

  it('samples every 30-60 s while away', () => {
    const steps = run([neutral(), ...repeat(5, () => null)], V, 10_000);
    expect(last(steps).posture.kind).toBe('away');
    const ms = recommendIntervalMs(last(steps).state, false);
    expect(ms).toBeGreaterThanOrEqual(30_000);
    expect(ms).toBeLessThanOrEqual(60_000);
  });

  it('low power multiplies every interval by 2-3', () => {
    const states = [
      initialEngineState(),
      run([neutral()], V, 5000)[0]!.state,
      last(run(repeat(8, neutral), V, 5000)).state,
      last(run([neutral(), ...repeat(5, () => null)], V, 10_000)).state,
    ];
    for (const s of states) {
      const ratio = recommendIntervalMs(s, true) / recommendIntervalMs(s, false);
      expect(ratio).toBeGreaterThanOrEqual(2);
      expect(ratio).toBeLessThanOrEqual(3);
    }
  });
});
