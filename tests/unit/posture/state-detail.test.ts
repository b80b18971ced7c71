// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { stepEngine, initialEngineState } from '../../../lib/posture/engine';
import { postureDetailKey } from '../../../lib/posture/state-detail';
import type { PostureState } from '../../../lib/posture/types';
import { loadLocale } from '../support/i18n-en';
import { baselineOf } from './engine-helpers';
import { fixture } from './fixtures';

describe('postureDetailKey', () => {
  it.each([
    [{ kind: 'neutral' }, null],
    [{ kind: 'neutral', faceOnly: true }, 'reasonFaceOnly'],
    [{ kind: 'forward-head' }, null],
    [{ kind: 'forward-head', faceOnly: true }, 'reasonFaceOnly'],
    [{ kind: 'forward-head', cue: 'too-close' }, 'reasonLeaningIn'],
    [{ kind: 'unknown', reason: 'too-close' }, 'reasonTooClose'],
    [{ kind: 'unknown', reason: 'shoulders-out-of-frame' }, 'reasonShouldersOutOfFrame'],
    [{ kind: 'needs-calibration', reason: 'geometry-changed' }, 'reasonGeometryChanged'],
    [{ kind: 'away' }, 'reasonAway'],
    [{ kind: 'calibrating' }, null],
  ] as [PostureState, string | null][])('%j -> %s', (p, key) => {
    expect(postureDetailKey(p)).toBe(key);
  });

  it.each(['en', 'es', 'de'] as const)('%s has every key it returns', (l) => {
    const locale = loadLocale(l);
    for (const k of ['reasonFaceOnly', 'reasonAway', 'reasonLeaningIn', 'reasonTooClose'])
      expect(locale[k], `${l}.${k}`).toBeTruthy();
  });
});

describe('the engine marks a verdict made on the face alone', () => {
  const V = baselineOf('vincent-neutral-100');
  const opts = { sensitivity: 3, awayAfterSec: 30 };
  /** Recorded frame with both shoulders moved past the bottom edge (MediaPipe invents them). */
  const cut = () => {
    const fr = fixture('vincent-neutral-110');
    const p = fr.poses[0]!;
    p[11] = { ...p[11]!, y: 1.02 };
    p[12] = { ...p[12]!, y: 1.03 };
    return fr;
  };

  it('shoulders out of frame: judged, with faceOnly', () => {
    const r = stepEngine(initialEngineState(), cut(), V, opts, 0);
    expect(r.posture).toEqual({ kind: 'neutral', faceOnly: true });
  });

  it('shoulders in frame: no flag', () => {
    const r = stepEngine(initialEngineState(), fixture('vincent-neutral-110'), V, opts, 0);
    expect(r.posture).toEqual({ kind: 'neutral' });
  });
});
