import { describe, expect, it } from 'vitest';
import { NECK_LEVELS, nextProgression, type NeckSession } from '../../../lib/exercises/progression';
import { DOSE_RANGES } from '../../../lib/exercises/evidence';

const DAY = 24 * 3600 * 1000;
const T0 = Date.UTC(2026, 0, 5, 9);

/** A person who does one complete set a day, every day, from level 0. */
function simulate(days: number, done: (level: number, day: number) => number): NeckSession[] {
  const log: NeckSession[] = [];
  for (let d = 0; d < days; d++) {
    const { level } = nextProgression(log);
    log.push({ at: T0 + d * DAY, level, repsDone: done(level, d) });
  }
  return log;
}

describe('nextProgression', () => {
  it('starts gently', () => {
    expect(nextProgression([])).toEqual({ level: 0, reps: 3, holdSec: 5, change: 'start' });
  });

  it('ends at 10 x 10 s and every level is within the chin-tuck range', () => {
    expect(NECK_LEVELS.at(-1)).toEqual({ reps: 10, holdSec: 10 });
    for (const l of NECK_LEVELS) {
      expect(l.reps).toBeLessThanOrEqual(DOSE_RANGES['chin-tuck'].reps[1]);
      expect(l.holdSec).toBeLessThanOrEqual(DOSE_RANGES['chin-tuck'].holdSec[1]);
    }
  });

  it('reaches 10 x 10 s over weeks of complete daily sets, not days', () => {
    const log = simulate(60, (level) => NECK_LEVELS[level]!.reps);
    const firstTop = log.findIndex((s) => s.level === NECK_LEVELS.length - 1);
    expect(firstTop).toBeGreaterThanOrEqual(14);
    expect(firstTop).toBeLessThan(30);
    expect(nextProgression(log).reps).toBe(10);
    // Never jumps more than one level at a time.
    for (let i = 1; i < log.length; i++)
      expect(Math.abs(log[i]!.level - log[i - 1]!.level)).toBeLessThanOrEqual(1);
  });

  it('does not advance on three sets done within one day', () => {
    const log = [0, 1, 2].map((i) => ({ at: T0 + i * 3600_000, level: 0, repsDone: 3 }));
    expect(nextProgression(log).change).toBe('stay');
    log.push({ at: T0 + 3 * DAY, level: 0, repsDone: 3 });
    expect(nextProgression(log)).toMatchObject({ level: 1, change: 'up' });
  });

  it('does not advance on incomplete sets', () => {
    const log = [0, 1, 2, 3].map((d) => ({ at: T0 + d * DAY, level: 2, repsDone: 5 }));
    expect(nextProgression(log)).toMatchObject({ level: 2, change: 'stay' });
  });

  it('steps down after two struggling sets, and the old streak does not push back up', () => {
    const log: NeckSession[] = [
      { at: T0, level: 2, repsDone: 6 },
      { at: T0 + 2 * DAY, level: 2, repsDone: 6 },
      { at: T0 + 3 * DAY, level: 3, repsDone: 2 },
      { at: T0 + 4 * DAY, level: 3, repsDone: 1 },
    ];
    expect(nextProgression(log)).toMatchObject({ level: 2, change: 'down' });
    log.push({ at: T0 + 5 * DAY, level: 2, repsDone: 6 });
    expect(nextProgression(log)).toMatchObject({ level: 2, change: 'stay' });
  });

  it('accepts the log in any order', () => {
    const log = simulate(12, (level) => NECK_LEVELS[level]!.reps);
    expect(nextProgression([...log].reverse())).toEqual(nextProgression(log));
  });
});
