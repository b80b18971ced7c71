// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  BASELINE_VERSION,
  assessCalibrationFrame,
  calibrate,
  isBaseline,
  type CalibrationIssue,
} from '../../../lib/posture/calibration';
import { DEFAULT_CALIBRATION_FRAMES } from '../../../lib/posture/thresholds';
import type { PoseFrame } from '../../../lib/posture/types';
import { LM } from '../../../lib/posture/geometry';
import { editPose, fixture, rotate, shift, zoom } from './fixtures';

const neutral = () => fixture('faceapi-webcam');
const times = (n: number, make: (i: number) => PoseFrame) =>
  Array.from({ length: n }, (_, i) => make(i));
/** Tiny deterministic jitter (a few pixels) so frames are not identical copies. */
const jitter = (f: PoseFrame, i: number) => shift(f, ((i % 5) - 2) * 0.001, ((i % 3) - 1) * 0.001);

describe('assessCalibrationFrame gates', () => {
  const turned = () => {
    const f = neutral();
    const p = f.poses[0]!;
    const ear = p[LM.rightEar]!;
    return editPose(f, { [LM.nose]: { x: p[LM.nose]!.x + (ear.x - p[LM.nose]!.x) * 0.9 } });
  };
  const secondPerson = () => {
    const f = fixture('vincent-neutral-100');
    return { ...f, poses: [f.poses[0]!, shift(f, 0.4, 0).poses[0]!] };
  };
  const cases: [string, CalibrationIssue, () => PoseFrame][] = [
    ['nobody in frame', 'no-person', () => ({ ...neutral(), poses: [] })],
    [
      'shoulders cut off',
      'shoulders-out-of-frame',
      () => shift(fixture('vincent-neutral-100'), 0, 0.12),
    ],
    ['sitting far away', 'too-far', () => zoom(neutral(), 0.2)],
    ['face filling the frame', 'too-close', () => zoom(neutral(), 2.5)],
    ['a dark room', 'too-dark', () => ({ ...neutral(), brightness: 12 })],
    ['a second person', 'two-people', secondPerson],
    ['head turned', 'turned-away', turned],
    ['head tilted', 'tilted', () => rotate(neutral(), 25, 0.55, 0.3)],
    [
      'shoulder hidden',
      'low-visibility',
      () => editPose(neutral(), { [LM.leftShoulder]: { visibility: 0.2 } }),
    ],
  ];
  it.each(cases)('%s -> %s', (_name, issue, make) => {
    const r = assessCalibrationFrame(make());
    expect(r.ok).toBe(false);
    expect(r.issues).toContain(issue);
  });

  it.each([
    'faceapi-webcam',
    'vincent-neutral-100',
    'motlabs-neutral',
    'kirtijindal-neutral',
  ] as const)('%s is a good calibration frame', (name) =>
    expect(assessCalibrationFrame(fixture(name))).toEqual({ ok: true, issues: [] }),
  );
});

describe('calibrate', () => {
  it('builds a JSON-safe, versioned baseline from enough steady frames', () => {
    const r = calibrate(times(DEFAULT_CALIBRATION_FRAMES, (i) => jitter(neutral(), i)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.baseline.version).toBe(BASELINE_VERSION);
    expect(r.baseline.frames).toBe(DEFAULT_CALIBRATION_FRAMES);
    expect(JSON.parse(JSON.stringify(r.baseline))).toEqual(r.baseline);
    expect(isBaseline(JSON.parse(JSON.stringify(r.baseline)))).toBe(true);
  });

  it('uses medians: a few bad-but-gated-in frames do not move the baseline much', () => {
    const frames = [
      ...times(9, (i) => jitter(fixture('vincent-neutral-100'), i)),
      fixture('vincent-forward-100'),
      fixture('vincent-forward-120'),
    ];
    const r = calibrate(frames, { minFrames: 5 });
    const clean = calibrate([fixture('vincent-neutral-100')], { minFrames: 1 });
    expect(r.ok && clean.ok).toBe(true);
    if (r.ok && clean.ok) expect(r.baseline.bowRatio).toBeCloseTo(clean.baseline.bowRatio, 2);
  });

  it('needs minFrames good frames (default for the product, 1 for a still)', () => {
    expect(calibrate([neutral()])).toEqual({
      ok: false,
      issue: 'not-enough-frames',
      goodFrames: 1,
    });
    expect(calibrate([neutral()], { minFrames: 1 }).ok).toBe(true);
  });

  it('names the most common reason frames were rejected', () => {
    const frames = [
      ...times(20, () => ({ ...neutral(), brightness: 10 })),
      ...times(5, () => ({ ...neutral(), poses: [] })),
      ...times(5, (i) => jitter(neutral(), i)),
    ];
    expect(calibrate(frames)).toEqual({ ok: false, issue: 'too-dark', goodFrames: 5 });
  });

  it('rejects an unsteady calibration (the person moved between postures)', () => {
    const frames = times(30, (i) =>
      i % 2 ? fixture('vincent-neutral-100') : fixture('vincent-forward-100'),
    );
    const r = calibrate(frames);
    expect(r).toMatchObject({ ok: false, issue: 'unsteady', goodFrames: 30 });
  });

  it('isBaseline rejects foreign or old data', () => {
    expect(isBaseline(null)).toBe(false);
    expect(isBaseline({ version: 0 })).toBe(false);
  });
});
