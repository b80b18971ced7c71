// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { computeFeatures, measureFrame, selectPerson } from '../../../lib/posture/features';
import { editPose, fixture, mirror, rotate, shift, zoom, type FixtureName } from './fixtures';
import { LM } from '../../../lib/posture/geometry';

const features = (f: ReturnType<typeof fixture>) => {
  const r = computeFeatures(f);
  if (!r.ok) throw new Error(`expected features, got ${r.reason}`);
  return r.features;
};

describe('computeFeatures on recorded frames', () => {
  const all: FixtureName[] = [
    'faceapi-webcam',
    'vincent-neutral-100',
    'vincent-forward-100',
    'motlabs-neutral',
    'kirtijindal-neutral',
    'gustavostz-neutral',
  ];
  it.each(all)('%s: one person, plausible head-to-shoulder geometry', (name) => {
    const f = features(fixture(name));
    expect(f.people).toBe(1);
    expect(f.faceScale).toBeGreaterThan(0.3);
    expect(f.faceScale).toBeLessThan(0.6);
    expect(f.noseAboveShoulder).toBeGreaterThan(0.2);
    expect(f.earAboveShoulder).toBeGreaterThan(f.noseAboveShoulder);
    expect(f.visibility).toBeGreaterThan(0.9);
    expect(Math.abs(f.rollDeg)).toBeLessThan(10);
  });

  it.each([
    ['vincent-neutral-100', 'vincent-forward-100'],
    ['vincent-neutral-100', 'vincent-forward-c2-121'],
  ] as const)('head bow grows and the nose falls from %s to %s', (neutral, forward) => {
    const n = features(fixture(neutral));
    const f = features(fixture(forward));
    expect(f.bowRatio - n.bowRatio).toBeGreaterThan(0.09);
    expect(f.noseAboveShoulder).toBeLessThan(n.noseAboveShoulder * 0.8);
    expect(f.faceScale).toBeGreaterThan(n.faceScale);
  });

  it('merges a duplicate detection of the same person (same head, shifted shoulders)', () => {
    const frame = fixture('vincent-forward-114');
    expect(frame.poses).toHaveLength(2);
    expect(selectPerson(frame)?.people).toBe(1);
    expect(computeFeatures(frame).ok).toBe(true);
  });

  it('bow and face span do not change when the whole person is rotated (roll)', () => {
    const base = features(fixture('faceapi-webcam'));
    const rolled = features(rotate(fixture('faceapi-webcam'), 15, 0.55, 0.3));
    expect(rolled.rollDeg - base.rollDeg).toBeCloseTo(15, 0);
    expect(rolled.bowRatio).toBeCloseTo(base.bowRatio, 3);
    expect(rolled.faceSpan).toBeCloseTo(base.faceSpan, 3);
    expect(rolled.noseAboveShoulder).toBeCloseTo(base.noseAboveShoulder, 3);
  });

  it('a mirrored camera gives the same bow, opposite roll and yaw', () => {
    const base = features(fixture('faceapi-webcam'));
    const m = features(mirror(fixture('faceapi-webcam')));
    expect(m.bowRatio).toBeCloseTo(base.bowRatio, 4);
    expect(m.rollDeg).toBeCloseTo(-base.rollDeg, 4);
    expect(m.yawDeg).toBeCloseTo(-base.yawDeg, 4);
  });

  it('yaw proxy follows the nose moving toward one ear', () => {
    const frame = fixture('kirtijindal-neutral');
    const p = frame.poses[0]!;
    const ear = p[LM.leftEar]!;
    const turned = editPose(frame, {
      [LM.nose]: { x: p[LM.nose]!.x + (ear.x - p[LM.nose]!.x) * 0.8 },
    });
    const d = features(turned).yawDeg - features(frame).yawDeg;
    expect(Math.abs(d)).toBeGreaterThan(30);
  });
});

describe('computeFeatures refusals', () => {
  const neutral = () => fixture('vincent-neutral-100');
  const two = () => {
    const f = neutral();
    const other = shift(f, 0.4, 0).poses[0]!;
    return { ...f, poses: [f.poses[0]!, other] };
  };
  it.each([
    ['nobody', 'away', () => ({ ...neutral(), poses: [] })],
    [
      'a pose with no visible head',
      'away',
      () =>
        editPose(neutral(), {
          0: { visibility: 0.05 },
          7: { visibility: 0.05 },
          8: { visibility: 0.05 },
        }),
    ],
    ['a second person beside', 'two-people', two],
    ['a dark room', 'too-dark', () => ({ ...neutral(), brightness: 20 })],
    ['a tiny person', 'too-far', () => zoom(fixture('faceapi-webcam'), 0.2)],
    ['a face filling the frame', 'too-close', () => zoom(fixture('faceapi-webcam'), 2.5)],
    ['hidden ears', 'low-visibility', () => editPose(neutral(), { 7: { visibility: 0.3 } })],
  ] as const)('%s -> %s', (_name, reason, make) => {
    const r = computeFeatures(make());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe(reason);
  });

  it('shoulders below the frame: judged on the face alone (measureFrame still reports it)', () => {
    const low = shift(neutral(), 0, 0.12);
    const r = computeFeatures(low);
    expect(r.ok).toBe(true);
    expect(r.ok && r.features.shouldersInFrame).toBe(false);
    expect(measureFrame(low).issues).toContain('shoulders-out-of-frame');
    expect(
      computeFeatures(neutral()).ok && computeFeatures(neutral()).features?.shouldersInFrame,
    ).toBe(true);
  });

  it('reports every issue of a frame, most actionable first', () => {
    const m = measureFrame({ ...zoom(fixture('faceapi-webcam'), 2.5), brightness: 10 });
    expect(m.issues).toEqual(['too-dark', 'too-close', 'shoulders-out-of-frame']);
  });

  it('a small second person far behind is not a guardrail', () => {
    const f = neutral();
    const small = zoom(shift(f, 0.3, 0), 0.3).poses[0]!;
    expect(selectPerson({ ...f, poses: [small, f.poses[0]!] })?.people).toBe(1);
  });
});
