import { describe, expect, it } from 'vitest';
import {
  DRIFT_MAX_MS,
  DRIFT_MIN_FRAMES,
  DRIFT_MS,
  driftRecording,
} from '../../../../entrypoints/onboarding/drift-step';

describe('driftRecording', () => {
  it.each([
    // [elapsed ms, frames with a person, expected]
    [0, 0, 'recording'],
    [DRIFT_MS - 1, 50, 'recording'], // always the full few seconds of the pose
    [DRIFT_MS, DRIFT_MIN_FRAMES, 'send'],
    [DRIFT_MS, DRIFT_MIN_FRAMES - 1, 'recording'], // a slow computer: keep going
    [DRIFT_MAX_MS - 1, 3, 'recording'],
    [DRIFT_MAX_MS - 1, DRIFT_MIN_FRAMES, 'send'],
    [DRIFT_MAX_MS, DRIFT_MIN_FRAMES - 1, 'failed'], // nobody in view long enough: say so
    [DRIFT_MAX_MS * 3, 0, 'failed'],
  ] as const)('after %i ms with %i frames: %s', (elapsed, frames, expected) => {
    expect(driftRecording(elapsed, frames)).toBe(expected);
  });
});
