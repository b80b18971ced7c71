// @vitest-environment node
// Table tests of the sideways-tilt rule on landmark fixtures recorded from real inference: beyond
// the 20 degree guardrail the bow and sinking are silenced, leaning in (face size, unchanged by a
// tilt within the image plane) still decides, and the frame is judged instead of refused.
import { describe, expect, it } from 'vitest';
import { classifyStill, scoreDrift } from '../../../lib/posture/classify';
import { computeFeatures } from '../../../lib/posture/features';
import { initialEngineState, stepEngine } from '../../../lib/posture/engine';
import type { PoseFrame } from '../../../lib/posture/types';
import { baselineOf, kinds, run } from './engine-helpers';
import { fixture, rotate, zoomAt, type FixtureName } from './fixtures';

const judge = (calib: FixtureName, frame: PoseFrame) => {
  const r = computeFeatures(frame);
  return r.ok ? classifyStill(r.features, baselineOf(calib), 3) : r.reason;
};
const head = (name: FixtureName) => {
  const r = computeFeatures(fixture(name));
  if (!r.ok) throw new Error(r.reason);
  return { x: r.features.headX, y: r.features.headY };
};
/** The person tilted by `deg` about their own head (a head tilt, not a moved camera). */
const tilt = (name: FixtureName, deg: number, frame = fixture(name)) => {
  const h = head(name);
  return rotate(frame, deg, h.x, h.y);
};
/** The face `k` times larger about the head, then tilted: leaning in while tilted. */
const leanTilt = (name: FixtureName, k: number, deg: number) => {
  const h = head(name);
  return tilt(name, deg, zoomAt(fixture(name), k, h.x, h.y));
};

describe('frames tilted beyond the guardrail are judged on leaning in alone', () => {
  it.each([
    // Recorded tilts of other people, labelled "not forward head": judged, and neutral.
    ['pratyaksha-neutral', () => fixture('pratyaksha-chin-on-hand'), 'neutral'],
    ['gustavostz-neutral', () => fixture('gustavostz-shrug-tilt'), 'neutral'],
    ['abdulkader-neutral', () => fixture('abdulkader-lean'), 'neutral'],
    // A clear bow, face hardly closer (1.15x), tilted 25 deg: the bow cannot be read, so neutral.
    ['vincent-neutral-100', () => tilt('vincent-forward-120', 25), 'neutral'],
    // The same bow tilted 15 deg (inside the guardrail) still reads as forward head.
    ['vincent-neutral-100', () => tilt('vincent-forward-120', 15), 'forward-head'],
    // A neutral face 1.7x closer and tilted 25 deg: leaning in still decides.
    ['vincent-neutral-100', () => leanTilt('vincent-neutral-110', 1.7, 25), 'forward-head'],
    ['vincent-neutral-100', () => leanTilt('vincent-neutral-110', 1.2, 25), 'neutral'],
  ] as const)('calibrated on %s -> %s', (calib, make, expected) => {
    expect(judge(calib, make())).toBe(expected);
  });

  it('the face size cue is unchanged by the tilt itself', () => {
    const b = baselineOf('vincent-neutral-100');
    const lean = (f: PoseFrame) => {
      const r = computeFeatures(f);
      const s = r.ok ? scoreDrift(r.features, b) : null;
      return s ? s.cues.lean : NaN;
    };
    const close = leanTilt('vincent-neutral-110', 1.7, 0);
    expect(lean(leanTilt('vincent-neutral-110', 1.7, 25))).toBeCloseTo(lean(close), 6);
  });

  it('a deep bow tilted beyond the guardrail is not a deep bow (the bow is unreadable)', () => {
    const r = computeFeatures(tilt('lazybot-deep-bow-120', 30));
    const s = r.ok ? scoreDrift(r.features, baselineOf('lazybot-neutral-50')) : null;
    expect(s?.ok && s.deep).toBe(false);
  });

  it('leaning in while tilted is reported by the engine after the usual dwell', () => {
    const V = baselineOf('vincent-neutral-100');
    const frames = [
      fixture('vincent-neutral-110'),
      ...Array.from({ length: 6 }, () => leanTilt('vincent-neutral-110', 1.7, 25)),
    ];
    const k = kinds(run(frames, V, 5000));
    expect(k[0]).toBe('neutral');
    expect(k.slice(1, 3)).toEqual(['neutral', 'neutral']); // dwell: never at once
    expect(k.at(-1)).toBe('forward-head');
    // A fresh engine stepped once on the tilted frame judges instead of pausing.
    const one = stepEngine(
      initialEngineState(),
      leanTilt('vincent-neutral-110', 1.2, 25),
      V,
      { sensitivity: 3, awayAfterSec: 30 },
      0,
    );
    expect(one.posture.kind).toBe('neutral');
  });
});
