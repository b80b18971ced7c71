import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../lib/exercises/catalog';
import { initialCoach } from '../../../lib/exercises/coach';
import { applyEvent, emptyDay } from '../../../lib/history/day';
import { summarize } from '../../../lib/history/summary';
import { maxStepSec, stepResult } from '../../../lib/exercises/session';

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

describe('exercise time of a step', () => {
  it('counts a step left open for 20 minutes as its planned length plus the grace, not 20 minutes', () => {
    const d = CATALOG['chin-tuck'].dose; // planned 40 s
    expect(maxStepSec(d)).toBe(70);
    const left = T + 20 * 60_000;
    expect(stepResult('chin-tuck', d, T, left, null)).toMatchObject({ durationSec: 70, reps: 5 });
    const coach = { ...initialCoach(), totalReps: 1, heldMs: 20 * 60_000, phase: 'ready' as const };
    expect(stepResult('chin-tuck', d, T, left, coach)).toMatchObject({
      durationSec: 70,
      holdSec: 70,
      reps: 1,
    });
  });

  it.each([
    ['far-focus', 50],
    ['diaphragmatic-breathing', 180],
    ['progressive-relaxation', 270],
    ['upper-trap-stretch', 150],
  ] as const)('caps %s at %i s and leaves a set within it as it was', (id, cap) => {
    const d = CATALOG[id].dose;
    expect(maxStepSec(d)).toBe(cap);
    expect(stepResult(id, d, T, T + 3_600_000, null).durationSec).toBe(cap);
    expect(stepResult(id, d, T, T + (cap - 1) * 1000, null).durationSec).toBe(cap - 1);
  });
});

describe("Insights' exercise minutes", () => {
  it('count a chin-tuck set left open for 20 minutes as 70 s of exercise', () => {
    const r = stepResult('chin-tuck', CATALOG['chin-tuck'].dose, T, T + 20 * 60_000, null);
    const { id, reps, holdSec, durationSec } = r;
    const day = applyEvent(emptyDay('2026-11-23'), {
      type: 'exercise',
      ...{ id, reps, holdSec, durationSec },
    });
    expect(summarize([day]).exerciseMin).toBe(1.2);
  });
});
