import { describe, expect, it } from 'vitest';
import {
  NECK_LOG_MAX,
  coerceExerciseStore,
  exerciseStoreWrite,
} from '../../../lib/exercises/store';

const session = (at: number) => ({ at, level: 1, repsDone: 5 });

describe('exercise store', () => {
  it('reads nothing stored as an empty store', () => {
    expect(coerceExerciseStore({})).toEqual({
      safetyAckAt: null,
      removed: [],
      neckLog: [],
      introduced: [],
    });
  });

  it('keeps valid values and drops corrupt ones field by field', () => {
    expect(
      coerceExerciseStore({
        safetyAckAt: 1234,
        removed: ['chin-tuck', 'no-such-exercise', 7],
        neckLog: [session(1), { at: 'x', level: 1, repsDone: 1 }, null, session(2)],
        introduced: ['levator-stretch', 'yoga'],
      }),
    ).toEqual({
      safetyAckAt: 1234,
      removed: ['chin-tuck'],
      neckLog: [session(1), session(2)],
      introduced: ['levator-stretch'],
    });
    expect(
      coerceExerciseStore({ safetyAckAt: Number.NaN, removed: 'x', neckLog: {}, introduced: 3 }),
    ).toEqual({
      safetyAckAt: null,
      removed: [],
      neckLog: [],
      introduced: [],
    });
  });

  it('keeps only the newest neck-training sessions, read or written', () => {
    const long = Array.from({ length: NECK_LOG_MAX + 5 }, (_, i) => session(i));
    expect(coerceExerciseStore({ neckLog: long }).neckLog[0]?.at).toBe(5);
    expect(exerciseStoreWrite({ neckLog: long }).neckLog).toHaveLength(NECK_LOG_MAX);
  });

  it('writes only the fields of a patch; null clears the acknowledgement', () => {
    expect(exerciseStoreWrite({ removed: ['chin-tuck'] })).toEqual({ removed: ['chin-tuck'] });
    expect(exerciseStoreWrite({ safetyAckAt: null })).toEqual({ safetyAckAt: null });
    expect(exerciseStoreWrite({ introduced: ['chin-tuck'] })).toEqual({
      introduced: ['chin-tuck'],
    });
  });
});
