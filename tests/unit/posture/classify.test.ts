// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { calibrate, type Baseline } from '../../../lib/posture/calibration';
import { classifyStill, scoreDrift } from '../../../lib/posture/classify';
import { computeFeatures, type Features } from '../../../lib/posture/features';
import type { PoseFrame } from '../../../lib/posture/types';
import { blend, fixture, shift, type FixtureName } from './fixtures';

function baselineOf(name: FixtureName): Baseline {
  const r = calibrate([fixture(name)], { minFrames: 1 });
  if (!r.ok) throw new Error(r.issue);
  return r.baseline;
}
function featuresOf(frame: PoseFrame): Features {
  const r = computeFeatures(frame);
  if (!r.ok) throw new Error(r.reason);
  return r.features;
}
const still = (calib: FixtureName, test: PoseFrame, sensitivity = 3) =>
  classifyStill(featuresOf(test), baselineOf(calib), sensitivity);

describe('classifyStill on recorded frames (calibrated on the person own neutral)', () => {
  it.each([
    ['vincent-neutral-100', 'vincent-neutral-101', 'neutral'],
    ['vincent-neutral-100', 'vincent-neutral-110', 'neutral'],
    ['vincent-neutral-100', 'vincent-neutral-120', 'neutral'],
    ['vincent-neutral-100', 'vincent-neutral-138', 'neutral'],
    ['vincent-neutral-100', 'vincent-forward-100', 'forward-head'],
    ['vincent-neutral-100', 'vincent-forward-114', 'forward-head'],
    ['vincent-neutral-100', 'vincent-forward-120', 'forward-head'],
    ['vincent-neutral-100', 'vincent-other-borderline-100', 'neutral'],
    ['vincent-neutral-100', 'vincent-other-extension-100', 'neutral'],
    ['kirtijindal-neutral', 'kirtijindal-tilt', 'neutral'],
    // Shrugging, ear line tilted 25 deg, face no closer: judged on leaning in alone.
    ['gustavostz-neutral', 'gustavostz-shrug-tilt', 'neutral'],
    ['motlabs-neutral', 'motlabs-head-down', 'looking-down'],
    ['faceapi-webcam', 'faceapi-webcam', 'neutral'],
  ] as const)('calibrated on %s: %s -> %s', (calib, test, expected) => {
    expect(still(calib, fixture(test))).toBe(expected);
  });

  it.each(['vincent-forward-c2-121', 'vincent-forward-c2-148'] as const)(
    'a subtle forward head (%s, bow ~0.1) is caught on a still from sensitivity 4',
    (test) => {
      expect(still('vincent-neutral-100', fixture(test), 3)).toBe('neutral');
      expect(still('vincent-neutral-100', fixture(test), 4)).toBe('forward-head');
    },
  );

  it('scores zero drift on the calibration frame itself', () => {
    const r = scoreDrift(featuresOf(fixture('motlabs-neutral')), baselineOf('motlabs-neutral'));
    expect(r.ok && r.score).toBeCloseTo(0, 6);
  });

  it('drift score grows monotonically from neutral to forward head', () => {
    const b = baselineOf('vincent-neutral-100');
    const scores = [0, 0.25, 0.5, 0.75, 1].map((k) => {
      const r = scoreDrift(
        featuresOf(blend(fixture('vincent-neutral-100'), fixture('vincent-forward-120'), k)),
        b,
      );
      return r.ok ? r.score : NaN;
    });
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeGreaterThan(scores[i - 1]!);
  });

  it('sensitivity moves the threshold: a half-way drift is forward only when sensitive', () => {
    const half = blend(fixture('vincent-neutral-100'), fixture('vincent-forward-120'), 0.4);
    const at = (s: number) => still('vincent-neutral-100', half, s);
    expect(at(1)).toBe('neutral');
    expect(at(5)).toBe('forward-head');
    const order = [1, 2, 3, 4, 5].map((s) => (at(s) === 'forward-head' ? 1 : 0));
    expect([...order].sort()).toEqual(order); // once forward, stays forward as sensitivity rises
  });

  it('whole-body sinking (head lower in frame, same head geometry) counts as forward head', () => {
    const b = baselineOf('faceapi-webcam');
    const f = featuresOf(fixture('faceapi-webcam'));
    const sunk = featuresOf(
      shift(fixture('faceapi-webcam'), 0, (0.35 * b.shoulderWidthFrac) / f.aspect),
    );
    const raised = featuresOf(
      shift(fixture('faceapi-webcam'), 0, -(0.35 * b.shoulderWidthFrac) / f.aspect),
    );
    expect(classifyStill(sunk, b, 3)).toBe('forward-head');
    expect(classifyStill(raised, b, 3)).toBe('neutral');
  });

  it('face scale alone never decides (leaning in toward the screen)', () => {
    const b = baselineOf('vincent-neutral-100');
    const f = featuresOf(fixture('vincent-neutral-100'));
    expect(classifyStill({ ...f, faceScale: f.faceScale * 1.6 }, b, 5)).toBe('neutral');
  });

  it('turned away beyond 30 degrees of yaw from the baseline is not judged', () => {
    const b = baselineOf('vincent-neutral-100');
    const f = featuresOf(fixture('vincent-forward-100'));
    expect(classifyStill({ ...f, yawDeg: b.yawDeg + 35 }, b, 3)).toBe('turned-away');
  });
});
