import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../lib/exercises/catalog';
import { initialCoach } from '../../../lib/exercises/coach';
import { stepResult } from '../../../lib/exercises/session';

const T = 5_000_000;

describe('stepResult', () => {
  it('counts guided holds once each hold has passed', () => {
    const d = CATALOG['chin-tuck'].dose; // 5 x 5 s, 3 s rest
    expect(stepResult('chin-tuck', d, T, T + 4_000, null)).toMatchObject({ reps: 0, holdSec: 0 });
    expect(stepResult('chin-tuck', d, T, T + 5_000, null)).toMatchObject({ reps: 1, holdSec: 5 });
    expect(stepResult('chin-tuck', d, T, T + 40_000, null)).toMatchObject({
      reps: 5,
      holdSec: 25,
      durationSec: 40,
      complete: true,
    });
  });

  it('counts both sides of a stretch', () => {
    const d = CATALOG['upper-trap-stretch'].dose;
    expect(stepResult('upper-trap-stretch', d, T, T + 100_000, null)).toMatchObject({
      reps: 4,
      holdSec: 80,
      complete: true,
    });
  });

  it('treats a timed activity as one repetition once its time is up', () => {
    const d = CATALOG['far-focus'].dose;
    expect(stepResult('far-focus', d, T, T + 10_000, null)).toMatchObject({
      reps: 0,
      complete: false,
    });
    expect(stepResult('far-focus', d, T, T + 20_000, null)).toMatchObject({
      reps: 1,
      complete: true,
    });
  });

  it('uses what the camera saw when the coach ran', () => {
    const coach = { ...initialCoach(), totalReps: 3, heldMs: 15_400, phase: 'ready' as const };
    expect(stepResult('chin-tuck', CATALOG['chin-tuck'].dose, T, T + 60_000, coach)).toEqual({
      id: 'chin-tuck',
      reps: 3,
      holdSec: 15,
      durationSec: 60,
      complete: false,
    });
  });
});
