// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { computeFeatures } from '../../../lib/posture/features';
import { geometryChange } from '../../../lib/posture/geometry-change';
import { GEOMETRY_SUSTAIN_MS } from '../../../lib/posture/thresholds';
import type { PoseFrame } from '../../../lib/posture/types';
import { baselineOf, kinds, repeat, run } from './engine-helpers';
import { fixture, rotate, type FixtureName } from './fixtures';

const features = (frame: PoseFrame) => {
  const r = computeFeatures(frame);
  if (!r.ok) throw new Error(`expected features, got ${r.reason}`);
  return r.features;
};
const CHANGED = 'needs-calibration:geometry-changed';

describe('geometryChange: a moved camera, recorded from real inference', () => {
  // The e2e fake camera's picture and the same photo as a moved camera shows it (see
  // scripts/record-fixtures.mjs): each recorded by MediaPipe on the changed image.
  const B = baselineOf('faceapi-cam');

  it.each([
    ['faceapi-cam', null],
    ['faceapi-cam-shifted', 'shifted'], // 100 px sideways: 1.5 face widths, 0.56 shoulder widths
    ['faceapi-cam-farther', 'farther'],
    ['faceapi-cam-closer', 'closer'],
  ] as const)('%s against the calibration on faceapi-cam: %s', (name, expected) => {
    expect(geometryChange(features(fixture(name)), B)).toBe(expected);
  });

  it.each(['faceapi-cam-shifted', 'faceapi-cam-farther', 'faceapi-cam-closer'] as const)(
    'the engine asks to recalibrate after a minute on %s, and judges again once it is back',
    (name) => {
      const cam = () => fixture('faceapi-cam');
      const k = kinds(run([cam(), ...repeat(8, () => fixture(name)), cam()], B, 10_000));
      // Sample 1 starts the mismatch; it must last GEOMETRY_SUSTAIN_MS (60 s = 6 samples).
      const first = 1 + GEOMETRY_SUSTAIN_MS / 10_000;
      expect(k.slice(0, first)).toEqual(repeat(first, () => 'neutral'));
      expect(k.slice(first, 9)).toEqual(repeat(9 - first, () => CHANGED));
      expect(k[9]).toBe('neutral');
    },
  );

  it('a moved camera is told on the face when the shoulders are cut off by the frame', () => {
    const b = baselineOf('faceapi-webcam');
    const f = features(fixture('faceapi-webcam'));
    const cut = { ...f, shouldersInFrame: false, shoulderVisibility: 0.3 };
    expect(geometryChange({ ...cut, faceFrac: b.faceFrac * 0.8 }, b)).toBe('farther');
    expect(geometryChange({ ...cut, headX: b.headX + 1.3 * b.faceFrac }, b)).toBe('shifted');
    // A larger face without shoulders to compare could be leaning in: left to the posture cues.
    expect(geometryChange({ ...cut, faceFrac: b.faceFrac * 1.25 }, b)).toBeNull();
  });

  it.each([
    // face ratio, shoulder ratio, sideways shift (calibrated face widths), yaw and roll change (deg)
    [0.8, 0.8, 0, 0, 0, 'farther'], // moved back: everything smaller
    [0.8, 1, 0, 0, 0, 'farther'], // shoulders invented or cut off: the face decides
    [0.88, 0.88, 0, 0, 0, null], // within 15%
    [0.8, 0.8, 0, 25, 0, null], // turned away: the face narrows, it did not move away
    [1.2, 1.2, 0, 0, 0, 'closer'], // moved closer: the whole person grew
    [1.2, 1.05, 0, 0, 0, null], // leaning in: the face grows, the shoulders much less
    [1.2, 0.9, 0, 0, 0, null], // head forward with rounded shoulders
    [1.1, 1.1, 0, 0, 0, null], // within 15%
    [1, 1, 1.3, 0, 0, 'shifted'],
    [1, 1, -1.3, 0, 0, 'shifted'],
    [1, 1, 1.0, 0, 0, null], // sitting a little to the side
    [1, 1, 1.5, 0, 15, null], // a sideways lean tilts the head
  ] as const)(
    'face x%f, shoulders x%f, shift %f faces, yaw %f, roll %f: %s',
    (face, shoulders, dx, yaw, roll, expected) => {
      const b = baselineOf('faceapi-webcam');
      const f = {
        ...features(fixture('faceapi-webcam')),
        faceFrac: b.faceFrac * face,
        shoulderWidthFrac: b.shoulderWidthFrac * shoulders,
        headX: b.headX + dx * b.faceFrac,
        yawDeg: b.yawDeg + yaw,
        rollDeg: b.rollDeg + roll,
      };
      expect(geometryChange(f, b)).toBe(expected);
    },
  );
});

describe('posture is never a moved camera', () => {
  // Recorded posture frames against the same person's neutral, held for three minutes.
  const pairs: [FixtureName, FixtureName][] = [
    ['vincent-neutral-100', 'vincent-forward-100'],
    ['vincent-neutral-100', 'vincent-forward-c2-148'],
    ['vincent-neutral-100', 'vincent-other-borderline-100'],
    ['lazybot-neutral-50', 'lazybot-forward-100'],
    ['lazybot-neutral-50', 'lazybot-deep-bow-120'],
    ['aang-neutral', 'aang-forward-close'],
    ['aang-neutral', 'aang-slouch-far'],
    ['richardli-neutral', 'richardli-forward'],
    ['erin-neutral', 'erin-forward-retry'],
    ['erin-neutral', 'erin-lean-right'],
    ['abdulkader-neutral', 'abdulkader-lean'],
    ['kirtijindal-neutral', 'kirtijindal-tilt'],
    ['gustavostz-neutral', 'gustavostz-slouch-tilt'],
    ['gustavostz-neutral', 'gustavostz-shrug-tilt'],
    ['pratyaksha-neutral', 'pratyaksha-chin-on-hand'],
    ['mahisaxena-neutral', 'mahisaxena-other'],
    ['motlabs-neutral', 'motlabs-head-down'],
  ];
  it.each(pairs)('calibrated on %s, holding %s', (neutral, posture) => {
    const k = kinds(
      run(
        repeat(19, () => fixture(posture)),
        baselineOf(neutral),
        10_000,
      ),
    );
    expect(k).not.toContain(CHANGED);
  });

  it('a sideways lean (the whole person rotated about the chair) is no sideways move', () => {
    const b = baselineOf('faceapi-webcam');
    const f = features(rotate(fixture('faceapi-webcam'), 20, 0.55, 1));
    expect(Math.abs(f.headX - b.headX) / b.faceFrac).toBeGreaterThan(1.2);
    expect(geometryChange(f, b)).toBeNull();
  });
});
