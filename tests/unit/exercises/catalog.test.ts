import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG, isExerciseId } from '../../../lib/exercises/catalog';
import { DOSE_RANGES } from '../../../lib/exercises/evidence';
import { guideTotalSec } from '../../../lib/exercises/guide';
import { EXERCISE_IDS } from '../../../lib/exercises/types';
import {
  CONTENT_LANGUAGES,
  contentLanguage,
  exerciseText,
  generalStopSigns,
  translatedIds,
} from '../../../lib/exercises/content/select';
import { haveShared, sharedPath } from '../../support/shared';

const SEEDS_DIR = sharedPath('seeds');
const seedsPresent = haveShared(SEEDS_DIR);

describe('exercise catalog', () => {
  it('has at least the 14 exercises of the brief, each complete', () => {
    expect(EXERCISE_IDS.length).toBeGreaterThanOrEqual(14);
    for (const id of EXERCISE_IDS) {
      const s = CATALOG[id];
      expect(s, id).toBeDefined();
      expect(s.id).toBe(id);
      expect(s.sources.length, id).toBeGreaterThan(0);
      expect(s.illustration, id).toBe(id);
      expect(['retraction', 'yaw', 'roll', 'shoulder-lift', 'none']).toContain(s.signal);
    }
  });

  it.each(EXERCISE_IDS)('%s: dose within its evidence range', (id) => {
    const { dose } = CATALOG[id];
    const r = DOSE_RANGES[id];
    expect(dose.reps).toBeGreaterThanOrEqual(r.reps[0]);
    expect(dose.reps).toBeLessThanOrEqual(r.reps[1]);
    expect(dose.holdSec).toBeGreaterThanOrEqual(r.holdSec[0]);
    expect(dose.holdSec).toBeLessThanOrEqual(r.holdSec[1]);
    expect(dose.durationSec).toBeGreaterThanOrEqual(r.durationSec[0]);
    expect(dose.durationSec).toBeLessThanOrEqual(r.durationSec[1]);
    expect([1, 2]).toContain(dose.sides);
    // The planned duration matches what the timed guide will actually run (within 20%).
    expect(Math.abs(guideTotalSec(dose) - dose.durationSec)).toBeLessThanOrEqual(
      0.2 * dose.durationSec,
    );
  });

  it('uses the evidence doses of the brief for the key exercises', () => {
    expect(DOSE_RANGES['chin-tuck'].reps[1]).toBe(10);
    expect(DOSE_RANGES['chin-tuck'].holdSec[1]).toBe(10);
    expect(DOSE_RANGES['upper-trap-stretch'].holdSec).toEqual([15, 30]);
    expect(DOSE_RANGES['far-focus'].durationSec).toEqual([20, 30]);
    expect(CATALOG['upper-trap-stretch'].dose.sides).toBe(2);
  });

  it('only relaxation exercises are calming', () => {
    for (const id of EXERCISE_IDS)
      expect(CATALOG[id].calming, id).toBe(CATALOG[id].category === 'relaxation');
  });

  it('narrows ids', () => {
    expect(isExerciseId('chin-tuck')).toBe(true);
    expect(isExerciseId('handstand')).toBe(false);
    expect(isExerciseId(3)).toBe(false);
  });
});

describe.skipIf(!seedsPresent)('exercise sources', () => {
  it('every source names an existing seed article', () => {
    const files = new Set(readdirSync(SEEDS_DIR));
    for (const id of EXERCISE_IDS)
      for (const src of CATALOG[id].sources) expect(files.has(src), `${id}: ${src}`).toBe(true);
  });

  it('no instruction copies 8 words in a row from a seed article', () => {
    const words = (s: string) => s.toLowerCase().match(/[a-z']+/g) ?? [];
    const grams = new Set<string>();
    for (const f of readdirSync(SEEDS_DIR)) {
      const w = words(readFileSync(`${SEEDS_DIR}/${f}`, 'utf8'));
      for (let i = 0; i + 8 <= w.length; i++) grams.add(w.slice(i, i + 8).join(' '));
    }
    expect(grams.size).toBeGreaterThan(1000);
    for (const id of EXERCISE_IDS) {
      const t = exerciseText(id, 'en');
      const w = words([t.purpose, ...t.steps, ...t.skipIf, ...t.stopSigns].join(' '));
      for (let i = 0; i + 8 <= w.length; i++)
        expect(
          grams.has(w.slice(i, i + 8).join(' ')),
          `${id}: ${w.slice(i, i + 8).join(' ')}`,
        ).toBe(false);
    }
  });
});

describe('exercise text', () => {
  it.each(CONTENT_LANGUAGES)('%s translates every exercise completely', (lang) => {
    expect(translatedIds(lang).sort()).toEqual([...EXERCISE_IDS].sort());
    for (const id of EXERCISE_IDS) {
      const t = exerciseText(id, lang);
      expect(t.name.length, id).toBeGreaterThan(2);
      expect(t.purpose.length, id).toBeGreaterThan(20);
      expect(t.steps.length, id).toBeGreaterThanOrEqual(3);
      expect(t.stopSigns.length, id).toBeGreaterThanOrEqual(1);
      expect(Array.isArray(t.skipIf)).toBe(true);
    }
    expect(generalStopSigns(lang)).toHaveLength(6);
  });

  it('translations differ from English (not copies)', () => {
    for (const lang of ['es', 'de'] as const)
      for (const id of EXERCISE_IDS)
        expect(exerciseText(id, lang).name).not.toBe(exerciseText(id, 'en').name);
  });

  it('every exercise needs someone-should-skip advice except the eye break', () => {
    for (const id of EXERCISE_IDS)
      if (id !== 'far-focus') expect(exerciseText(id, 'en').skipIf.length, id).toBeGreaterThan(0);
  });

  it.each([
    ['de-AT', 'de'],
    ['es_419', 'es'],
    ['ES', 'es'],
    ['fr', 'en'],
    ['auto', 'en'],
    [undefined, 'en'],
  ])('maps locale %s to %s', (tag, want) => {
    expect(contentLanguage(tag)).toBe(want);
  });
});
