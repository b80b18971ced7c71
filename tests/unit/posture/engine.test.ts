// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreDrift } from '../../../lib/posture/classify';
import { computeFeatures } from '../../../lib/posture/features';
import { initialEngineState, stepEngine } from '../../../lib/posture/engine';
import { EXIT_FRACTION } from '../../../lib/posture/thresholds';
import { blend, fixture, rotate, shift, zoom } from './fixtures';
import { baselineOf, kinds, repeat, run } from './engine-helpers';

const V = baselineOf('vincent-neutral-100');
const neutralV = (i = 0) =>
  fixture(
    (
      [
        'vincent-neutral-101',
        'vincent-neutral-110',
        'vincent-neutral-120',
        'vincent-neutral-138',
      ] as const
    )[i % 4]!,
  );
const forwardV = (i = 0) =>
  fixture((['vincent-forward-100', 'vincent-forward-114', 'vincent-forward-120'] as const)[i % 3]!);
const seq = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));

describe('stepEngine: dwell and hysteresis on recorded sequences', () => {
  it('without a baseline it asks for calibration', () => {
    expect(kinds(run([neutralV()], null, 5000))).toEqual(['needs-calibration:no-baseline']);
  });

  it.each([5_000, 10_000, 15_000])(
    'at %i ms sampling: neutral, then sustained forward head is reported within 30 s, then back',
    (interval) => {
      const frames = [...seq(6, neutralV), ...seq(8, forwardV), ...seq(6, neutralV)];
      const steps = run(frames, V, interval);
      const k = kinds(steps);
      expect(k.slice(0, 6).every((x) => x === 'neutral')).toBe(true);
      const switchT = steps[6]!.t;
      const first = steps.findIndex((s) => s.posture.kind === 'forward-head');
      expect(first).toBeGreaterThan(6); // never on the first forward frame
      expect(steps[first]!.t - switchT).toBeLessThanOrEqual(30_000);
      expect(k.slice(first, 14).every((x) => x === 'forward-head')).toBe(true);
      expect(k.slice(16)).toEqual(repeat(4, () => 'neutral'));
    },
  );

  it.each([5_000, 15_000])(
    'at %i ms sampling a single forward glance is never reported',
    (interval) => {
      const frames = [
        ...seq(5, neutralV),
        forwardV(),
        ...seq(5, neutralV),
        forwardV(1),
        ...seq(3, neutralV),
      ];
      expect(kinds(run(frames, V, interval))).not.toContain('forward-head');
    },
  );

  it('exit threshold is below the entry threshold (hysteresis)', () => {
    // Find an in-between posture whose score lies between exit and entry.
    const mid = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]
      .map((k) => blend(fixture('vincent-neutral-100'), fixture('vincent-forward-120'), k))
      .find((f) => {
        const r = computeFeatures(f);
        const s = r.ok ? scoreDrift(r.features, V) : null;
        return s?.ok && s.score > EXIT_FRACTION + 0.03 && s.score < 0.97;
      });
    expect(mid).toBeDefined();
    const fromForward = run([...seq(6, forwardV), ...repeat(6, () => mid!)], V, 5000);
    expect(kinds(fromForward).slice(-6)).toEqual(repeat(6, () => 'forward-head'));
    const fromNeutral = run([...seq(6, neutralV), ...repeat(6, () => mid!)], V, 5000);
    expect(kinds(fromNeutral)).not.toContain('forward-head');
  });

  it('the state is JSON-safe and versioned', () => {
    const s = initialEngineState();
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(s.version).toBe(1);
  });
});

describe('stepEngine guardrails', () => {
  const F = baselineOf('faceapi-webcam');
  const ok = () => fixture('faceapi-webcam');
  const tilted = () => rotate(fixture('faceapi-webcam'), 25, 0.55, 0.3);
  const twoPeople = () => {
    const f = fixture('vincent-neutral-100');
    return { ...f, poses: [f.poses[0]!, shift(f, 0.4, 0).poses[0]!] };
  };

  it.each([['a dark room', () => ({ ...ok(), brightness: 10 }), 'unknown:too-dark']] as const)(
    '%s pauses judgement, then judging resumes',
    (_n, make, expected) => {
      expect(kinds(run([ok(), ok(), make(), ok()], F, 5000))).toEqual([
        'neutral',
        'neutral',
        expected,
        'neutral',
      ]);
    },
  );

  it('leaning sideways does not pause judgement: the tilt is judged on leaning in alone', () => {
    expect(kinds(run([ok(), ok(), tilted(), tilted(), ok()], F, 5000))).toEqual(
      repeat(5, () => 'neutral'),
    );
  });

  it('a second person in frame pauses judgement', () => {
    expect(kinds(run([neutralV(), twoPeople(), neutralV()], V, 5000))).toEqual([
      'neutral',
      'unknown:two-people',
      'neutral',
    ]);
  });

  it('head down on the desk (the crown shows, the face collapses) is never judged, however long', () => {
    const M = baselineOf('motlabs-neutral');
    const n = () => fixture('motlabs-neutral');
    const d = () => fixture('motlabs-head-down');
    expect(kinds(run([n(), n(), d(), d(), n()], M, 5000))).toEqual([
      'neutral',
      'neutral',
      'unknown:looking-down',
      'unknown:looking-down',
      'neutral',
    ]);
    const long = kinds(run([n(), ...repeat(30, d)], M, 5000));
    expect(long.slice(1).every((k) => k === 'unknown:looking-down')).toBe(true);
  });

  it('a guardrail pause inside a forward-head episode does not restart the dwell', () => {
    const steps = run(
      [
        neutralV(),
        forwardV(0),
        forwardV(1),
        { ...forwardV(2), brightness: 5 },
        forwardV(0),
        forwardV(1),
      ],
      V,
      5000,
    );
    expect(kinds(steps)).toEqual([
      'neutral',
      'neutral',
      'neutral',
      'unknown:too-dark',
      'forward-head',
      'forward-head',
    ]);
  });
});

describe('stepEngine presence and geometry', () => {
  const F = baselineOf('faceapi-webcam');
  const ok = () => fixture('faceapi-webcam');

  it('reports away after awayAfterSec without a person, with the absence length', () => {
    const steps = run([ok(), ...repeat(5, () => null), ok()], F, 10_000, {
      sensitivity: 3,
      awayAfterSec: 30,
    });
    expect(kinds(steps)).toEqual([
      'neutral',
      'unknown:low-visibility',
      'unknown:low-visibility',
      'unknown:low-visibility',
      'away',
      'away',
      'neutral',
    ]);
    expect(steps.map((s) => s.awayMs)).toEqual([0, 0, 0, 0, 30_000, 40_000, 0]);
  });

  it('a frame with no poses counts as nobody, like null', () => {
    const steps = run([ok(), { ...ok(), poses: [] }, { ...ok(), poses: [] }], F, 20_000, {
      sensitivity: 3,
      awayAfterSec: 20,
    });
    expect(kinds(steps).at(-1)).toBe('away');
  });

  it('asks to recalibrate when the person is smaller in frame for a minute (camera or seat moved)', () => {
    const farther = () => zoom(fixture('faceapi-webcam'), 0.8);
    const k = kinds(run([ok(), ...repeat(8, farther), ok()], F, 10_000));
    expect(k.slice(1, 6).includes('needs-calibration:geometry-changed')).toBe(false);
    expect(k[7]).toBe('needs-calibration:geometry-changed');
    expect(k.at(-1)).toBe('neutral');
  });

  it('a person sitting a little to the side is not a geometry change', () => {
    const k = kinds(
      run([ok(), ...repeat(10, () => shift(fixture('faceapi-webcam'), 0.08, 0))], F, 10_000),
    );
    expect(k).not.toContain('needs-calibration:geometry-changed');
  });

  it('minutes of forward head (rounded shoulders look narrower) never read as a geometry change', () => {
    const k = kinds(run(seq(16, forwardV), V, 10_000));
    expect(k).not.toContain('needs-calibration:geometry-changed');
    expect(k.at(-1)).toBe('forward-head');
  });

  it('stepEngine is pure: same inputs, same outputs', () => {
    const s = initialEngineState();
    const a = stepEngine(s, ok(), F, { sensitivity: 3, awayAfterSec: 30 }, 1000);
    const b = stepEngine(s, ok(), F, { sensitivity: 3, awayAfterSec: 30 }, 1000);
    expect(a).toEqual(b);
    expect(s).toEqual(initialEngineState());
  });
});
