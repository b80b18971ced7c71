// @vitest-environment node
// Two-pose calibration on recorded frames: the person's own drift direction and threshold.
import { describe, expect, it } from 'vitest';
import { scoreDrift } from '../../../lib/posture/classify';
import { calibrateDrift } from '../../../lib/posture/drift';
import { computeFeatures } from '../../../lib/posture/features';
import { baselineOf, repeat } from './engine-helpers';
import { blend, fixture } from './fixtures';

describe('two-pose calibration', () => {
  const V = baselineOf('vincent-neutral-100');
  const drifted = () => repeat(10, () => fixture('vincent-forward-120'));

  it('learns the person own drift and puts the threshold half-way along it', () => {
    const r = calibrateDrift(V, drifted());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const score = (k: number) => {
      const f = computeFeatures(
        blend(fixture('vincent-neutral-100'), fixture('vincent-forward-120'), k),
      );
      const d = f.ok ? scoreDrift(f.features, r.baseline) : null;
      return d?.ok ? d.score : NaN;
    };
    expect(score(0)).toBeCloseTo(0, 1);
    expect(score(0.5)).toBeCloseTo(1, 0);
    expect(score(0.3)).toBeLessThan(1);
    expect(score(1)).toBeGreaterThan(1.6);
  });

  it('keeps the population rule for a cue the second pose did not move (leaning in)', () => {
    const r = calibrateDrift(V, drifted());
    if (!r.ok) throw new Error(r.issue);
    const f = computeFeatures(fixture('vincent-neutral-100'));
    if (!f.ok) throw new Error(f.reason);
    const closer = { ...f.features, faceFrac: f.features.faceFrac * 1.8 };
    expect(r.baseline.drift && Math.abs(r.baseline.drift.lean)).toBeLessThan(1);
    const d = scoreDrift(closer, r.baseline);
    expect(d.ok && d.score).toBeGreaterThan(1);
  });

  it.each([
    [
      'a second pose that is the neutral one',
      () => repeat(10, () => fixture('vincent-neutral-101')),
      'too-small',
    ],
    [
      'nobody in the second pose',
      () => repeat(10, () => ({ ...fixture('vincent-neutral-101'), poses: [] })),
      'no-person',
    ],
  ] as const)('refuses %s (%s): the population rule stays', (_name, frames, issue) => {
    expect(calibrateDrift(V, frames())).toEqual({ ok: false, issue });
  });
});
