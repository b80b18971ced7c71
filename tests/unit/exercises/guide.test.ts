import { describe, expect, it } from 'vitest';
import { guideAt, guideStepIndex, guideTotalSec } from '../../../lib/exercises/guide';
import type { Dose } from '../../../lib/exercises/types';

const held: Dose = { reps: 2, holdSec: 20, sides: 2, restSec: 5, durationSec: 100 };
const timed: Dose = { reps: 1, holdSec: 0, sides: 1, restSec: 0, durationSec: 20 };
const dynamic: Dose = { reps: 8, holdSec: 0, sides: 1, restSec: 0, durationSec: 32 };

describe('guideAt', () => {
  it.each([
    [0, { phase: 'hold', side: 0, rep: 1, phaseLeftSec: 20, totalLeftSec: 100 }],
    [19_500, { phase: 'hold', side: 0, rep: 1, phaseLeftSec: 1 }],
    [20_000, { phase: 'rest', side: 0, rep: 1, phaseLeftSec: 5 }],
    [25_000, { phase: 'hold', side: 0, rep: 2 }],
    [50_000, { phase: 'hold', side: 1, rep: 1, totalLeftSec: 50 }],
    [99_000, { phase: 'rest', side: 1, rep: 2, totalLeftSec: 1 }],
    [100_000, { phase: 'done', side: 1, rep: 2, totalLeftSec: 0, progress: 1 }],
  ])('held stretch at %s ms', (ms, want) => {
    expect(guideAt(held, ms)).toMatchObject(want);
  });

  it('times a plain activity', () => {
    expect(guideAt(timed, 5_000)).toMatchObject({ phase: 'move', phaseLeftSec: 15, rep: 1 });
    expect(guideAt(timed, 5_000).progress).toBeCloseTo(0.25);
    expect(guideAt(timed, 20_000).phase).toBe('done');
    expect(guideTotalSec(timed)).toBe(20);
  });

  it('paces dynamic repetitions evenly', () => {
    expect(guideAt(dynamic, 0)).toMatchObject({ phase: 'move', rep: 1, phaseLeftSec: 4 });
    expect(guideAt(dynamic, 12_100)).toMatchObject({ phase: 'move', rep: 4 });
    expect(guideAt(dynamic, -50).rep).toBe(1);
  });
});

describe('guideStepIndex', () => {
  const held: Dose = { reps: 3, holdSec: 5, sides: 1, durationSec: 30, restSec: 5 };
  const timed: Dose = { reps: 1, holdSec: 0, sides: 1, durationSec: 90, restSec: 0 };
  it.each([
    ['holding: the action step', guideAt(held, 1000), 4, 1],
    ['resting: the release step', guideAt(held, 6000), 4, 3],
    ['timed, start: the first step', guideAt(timed, 0), 3, 0],
    ['timed, middle: the second step', guideAt(timed, 45_000), 3, 1],
    ['timed, near the end: the last step', guideAt(timed, 89_000), 3, 2],
    ['done: the last step', guideAt(timed, 90_000), 3, 2],
    ['a single step', guideAt(held, 1000), 1, 0],
  ] as const)('%s', (_name, g, n, want) => {
    expect(guideStepIndex(g, n)).toBe(want);
  });
});
