import { describe, expect, it } from 'vitest';
import {
  MAX_MS,
  MIN_FRAMES,
  MIN_MS,
  TARGET_FRAMES,
  addFrame,
  collectionState,
  startCollection,
} from '../../../../entrypoints/onboarding/calibration';
import type { PoseFrame } from '../../../../lib/posture/types';

const frame = (t: number): PoseFrame => ({
  t,
  poses: [[]],
  brightness: 120,
  width: 640,
  height: 480,
});
const ok = { ok: true, issues: [] };

describe('calibration collection', () => {
  it('keeps collecting until both the minimum time and the target frames are reached', () => {
    const c = startCollection(0);
    for (let i = 0; i < TARGET_FRAMES; i++) addFrame(c, frame(i), ok);
    expect(collectionState(c, MIN_MS - 1).kind).toBe('collecting');
    expect(collectionState(c, MIN_MS)).toEqual({ kind: 'ready' });
  });

  it('reports progress between 0 and 1', () => {
    const c = startCollection(0);
    for (let i = 0; i < TARGET_FRAMES / 2; i++) addFrame(c, frame(i), ok);
    expect(collectionState(c, MIN_MS)).toEqual({ kind: 'collecting', progress: 0.5 });
  });

  it('at the time limit sends what it has if enough, else names the most common problem', () => {
    const enough = startCollection(0);
    for (let i = 0; i < MIN_FRAMES; i++) addFrame(enough, frame(i), ok);
    expect(collectionState(enough, MAX_MS)).toEqual({ kind: 'ready' });
    const poor = startCollection(0);
    addFrame(poor, frame(1), { ok: false, issues: ['too-dark'] });
    addFrame(poor, frame(2), { ok: false, issues: ['too-far', 'too-dark'] });
    addFrame(poor, frame(3), { ok: false, issues: ['too-far'] });
    addFrame(poor, null, { ok: false, issues: [] });
    addFrame(poor, frame(4), { ok: false, issues: ['too-far'] });
    expect(collectionState(poor, MAX_MS)).toEqual({ kind: 'failed', issue: 'too-far' });
    expect(poor.frames).toHaveLength(0);
  });
});
