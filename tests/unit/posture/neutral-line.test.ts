import { describe, expect, it } from 'vitest';
import { calibratedNoseY, noseOffset } from '../../../lib/posture/neutral-line';
import { LM } from '../../../lib/posture/landmarks';
import type { Landmark } from '../../../lib/posture/types';

// Ears at 40% of the frame height, inter-ear distance 20% of the width, nose 0.3 inter-ear below.
const baseline = { headY: 0.4, bowRatio: 0.3, faceFrac: 0.2 };
const aspect = 480 / 640;

const poseWithNose = (y: number, visibility = 0.99): Landmark[] => {
  const pose = Array.from({ length: 33 }, () => ({ x: 0.5, y: 0.5, z: 0, visibility: 0.99 }));
  pose[LM.nose] = { x: 0.5, y, z: 0, visibility };
  return pose;
};

describe('calibratedNoseY', () => {
  it('adds the bow, in frame heights, to the calibrated ear height', () => {
    // 0.3 inter-ear = 0.3 * 0.2 * 640 px = 38.4 px = 0.08 of 480 px.
    expect(calibratedNoseY(baseline, aspect)).toBeCloseTo(0.48, 6);
  });
  it('is the ear height when the aspect is unusable', () => {
    expect(calibratedNoseY(baseline, 0)).toBe(0.4);
  });
});

describe('noseOffset', () => {
  // Dead band: 0.25 * 0.2 / 0.75 = 0.0667 of the frame height around 0.48.
  it.each([
    [0.48, 'on'],
    [0.54, 'on'],
    [0.56, 'below'],
    [0.4, 'above'],
  ] as const)('nose at %s reads %s', (y, want) => {
    expect(noseOffset(poseWithNose(y), baseline, aspect)).toBe(want);
  });
  it('says nothing for a hidden nose or a missing pose', () => {
    expect(noseOffset(poseWithNose(0.6, 0.2), baseline, aspect)).toBeNull();
    expect(noseOffset([], baseline, aspect)).toBeNull();
  });
});
