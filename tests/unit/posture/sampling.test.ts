// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { initialEngineState, stepEngine } from '../../../lib/posture/engine';
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

describe('dense sampling has limits', () => {
  it('a long guardrail pause (a dark room all evening) falls back to sparse sampling', () => {
    const dark = () => ({ ...neutral(), brightness: 5 });
    const steps = run([...repeat(8, neutral), ...repeat(20, dark)], V, 5000);
    expect(last(steps).posture).toEqual({ kind: 'unknown', reason: 'too-dark' });
    expect(recommendIntervalMs(steps[9]!.state, false)).toBe(4000);
    expect(recommendIntervalMs(last(steps).state, false)).toBe(15_000);
  });

  it('a score hovering near the threshold samples at a medium rate, not densely', () => {
    const steps = run(repeat(8, neutral), V, 5000);
    const s = { ...last(steps).state, ema: 0.95 * last(steps).state.entry };
    expect(recommendIntervalMs(s, false)).toBe(8000);
  });
});

describe('closed loop: the engine sampled at its own recommended intervals', () => {
  /** Posture timeline: neutral until 180 s, forward head until 360 s, then neutral. */
  const truth = (tMs: number) => (tMs >= 180_000 && tMs < 360_000 ? forward() : neutral());

  it.each([false, true])(
    'low power %s: reports the switch both ways within 30 s (45 s low power)',
    (lowPower) => {
      let state = initialEngineState();
      let t = 0;
      const log: { t: number; kind: string }[] = [];
      while (t < 600_000) {
        const r = stepEngine(state, { ...truth(t), t }, V, { sensitivity: 3, awayAfterSec: 30 }, t);
        state = r.state;
        log.push({ t, kind: r.posture.kind });
        t += recommendIntervalMs(state, lowPower);
      }
      const firstForward = log.find((e) => e.kind === 'forward-head')!.t;
      const backToNeutral = log.find((e) => e.t >= 360_000 && e.kind === 'neutral')!.t;
      const budget = lowPower ? 45_000 : 30_000;
      expect(firstForward - 180_000).toBeLessThanOrEqual(budget);
      expect(backToNeutral - 360_000).toBeLessThanOrEqual(budget);
      expect(log.filter((e) => e.t < 180_000).every((e) => e.kind === 'neutral')).toBe(true);
      // Sparse overall: well under one sample every 5 s on average.
      expect(log.length).toBeLessThan(600_000 / (lowPower ? 15_000 : 7_000));
    },
  );
});
