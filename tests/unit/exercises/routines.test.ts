import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../lib/exercises/catalog';
import {
  buildRoutine,
  isRoutineId,
  LONG_RELAXATION_SEC,
  MOVEMENT_SEC,
} from '../../../lib/exercises/routines';
import { ROUTINE_IDS } from '../../../lib/settings-schema';

const ids = (r: ReturnType<typeof buildRoutine>) => r.steps.map((s) => s.exerciseId);

describe('buildRoutine', () => {
  it('builds every routine id of the settings table', () => {
    for (const id of ROUTINE_IDS) {
      expect(isRoutineId(id)).toBe(true);
      const r = buildRoutine(id);
      expect(r.id).toBe(id);
      expect(r.offered).toBe(true);
      expect(r.steps.length, id).toBeGreaterThan(0);
      expect(r.totalSec).toBe(r.steps.reduce((s, x) => s + x.dose.durationSec, 0));
    }
    expect(isRoutineId('yoga')).toBe(false);
  });

  it.each([
    [undefined, 20],
    [25, 25],
    [60, 30],
    [5, 20],
  ])('micro-break lasts 20-30 s (target %s -> %s s)', (target, want) => {
    const r = buildRoutine('micro', { targetSec: target });
    expect(ids(r)).toEqual(['far-focus']);
    expect(r.totalSec).toBe(want);
  });

  it.each([60, 120, 240, 300, 600])('movement routine of target %s s lasts 2-5 min', (target) => {
    const r = buildRoutine('movement', { targetSec: target });
    expect(r.totalSec).toBeGreaterThanOrEqual(MOVEMENT_SEC[0] * 0.75);
    expect(r.totalSec).toBeLessThanOrEqual(MOVEMENT_SEC[1]);
    expect(ids(r)[0]).toBe('stand-walk');
    expect(new Set(ids(r)).size).toBe(r.steps.length);
  });

  it('rotates movement content with the seed', () => {
    const a = ids(buildRoutine('movement', { seed: 0 }));
    const b = ids(buildRoutine('movement', { seed: 1 }));
    expect(a).not.toEqual(b);
    expect(ids(buildRoutine('movement', { seed: 5 }))[1]).toBe(a[1]); // five slots
  });

  it('skips exercises the person removed', () => {
    const r = buildRoutine('movement', { seed: 0, removed: ['chin-tuck', 'stand-walk'] });
    expect(ids(r)).not.toContain('chin-tuck');
    expect(ids(r)).not.toContain('stand-walk');
    expect(r.steps.length).toBeGreaterThan(0);
    expect(ids(buildRoutine('micro', { removed: ['far-focus'] }))).toEqual([]);
  });

  it('respects routinesOffered', () => {
    const r = buildRoutine('neck-training', { offered: ['micro', 'movement'] });
    expect(r.offered).toBe(false);
    expect(r.steps).toEqual([]);
    expect(buildRoutine('micro', { offered: ['micro'] }).offered).toBe(true);
  });

  it('headache-now is breathing and relaxation only, calm, at least 5 min', () => {
    const r = buildRoutine('headache-now');
    expect(r.calm).toBe(true);
    for (const s of r.steps) expect(CATALOG[s.exerciseId].category).toBe('relaxation');
    expect(r.totalSec).toBeGreaterThanOrEqual(300);
  });

  it('neck training uses the progression dose for chin tucks', () => {
    const r = buildRoutine('neck-training', { neckDose: { reps: 8, holdSec: 8 } });
    const tuck = r.steps.find((s) => s.exerciseId === 'chin-tuck');
    expect(tuck?.dose.reps).toBe(8);
    expect(tuck?.dose.holdSec).toBe(8);
    expect(tuck?.dose.durationSec).toBe(8 * (8 + CATALOG['chin-tuck'].dose.restSec));
    expect(ids(r)).toContain('shoulder-shrug-strength');
  });

  it('neck training builds shoulder strengthening from 1 min to 2 min with the level', () => {
    const shoulder = (level: number) =>
      buildRoutine('neck-training', { neckLevel: level }).steps.find(
        (s) => s.exerciseId === 'shoulder-shrug-strength',
      )?.dose;
    expect(shoulder(0)?.durationSec).toBe(60);
    expect(shoulder(3)?.durationSec).toBe(90);
    expect(shoulder(6)?.durationSec).toBe(120);
    expect(shoulder(6)?.reps).toBe(20);
    expect(ids(buildRoutine('neck-training'))).toEqual([
      'chin-tuck',
      'shoulder-shrug-strength',
      'scapular-squeeze',
    ]);
  });

  it('relaxation comes short (3 min) and long (10-15 min), calm', () => {
    const short = buildRoutine('relaxation');
    const long = buildRoutine('relaxation', { long: true });
    expect(short.calm && long.calm).toBe(true);
    expect(short.totalSec).toBe(180);
    expect(long.totalSec).toBe(LONG_RELAXATION_SEC);
    expect(long.totalSec).toBeGreaterThanOrEqual(600);
    expect(long.totalSec).toBeLessThanOrEqual(900);
    expect(ids(long)).toEqual(['diaphragmatic-breathing', 'progressive-relaxation']);
  });
});
