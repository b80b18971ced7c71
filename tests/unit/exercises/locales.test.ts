import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CoachMessageKey } from '../../../lib/exercises/coach';
import { CONTENT_LANGUAGES, generalStopSigns } from '../../../lib/exercises/content/select';
import { STOP_SIGN_KEYS } from '../../../lib/exercises/red-flags';

/** Flat `key: "value"` lines are all the locale files use; no YAML library is installed. */
function load(l: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of readFileSync(`locales/${l}.yml`, 'utf8').split('\n')) {
    const m = /^([A-Za-z0-9_]+):\s*(.*)$/.exec(line);
    if (m) out[m[1]!] = m[2]!.replace(/^"(.*)"$/, '$1');
  }
  return out;
}
const LOC = { en: load('en'), es: load('es'), de: load('de') };
const ours = (l: Record<string, string>) =>
  Object.keys(l).filter((k) => /^(break|exercise)[A-Z]/.test(k));

const COACH_KEYS: Record<CoachMessageKey, number> = {
  exerciseCoachNeutral: 0,
  exerciseCoachNoPose: 0,
  exerciseCoachMoveBack: 0,
  exerciseCoachTurnLeft: 0,
  exerciseCoachTurnRight: 0,
  exerciseCoachTiltLeft: 0,
  exerciseCoachTiltRight: 0,
  exerciseCoachLift: 0,
  exerciseCoachFurtherBack: 0,
  exerciseCoachFurther: 0,
  exerciseCoachHold: 1,
  exerciseCoachGood: 2,
  exerciseCoachHoldLonger: 0,
  exerciseCoachSwitchSide: 0,
  exerciseCoachDone: 0,
};

describe('break and exercise strings', () => {
  it('exist in en, es and de alike', () => {
    const en = ours(LOC.en).sort();
    expect(en.length).toBeGreaterThan(50);
    expect(ours(LOC.es).sort()).toEqual(en);
    expect(ours(LOC.de).sort()).toEqual(en);
  });

  it.each(Object.entries(COACH_KEYS))(
    '%s exists with %s placeholder(s) in every language',
    (k, n) => {
      for (const l of Object.values(LOC)) {
        expect(typeof l[k]).toBe('string');
        expect(l[k]!.match(/\$\d/g)?.length ?? 0).toBe(n);
      }
    },
  );

  it('keeps the same placeholders across languages', () => {
    for (const k of ours(LOC.en)) {
      const p = (s: string | undefined) => (s?.match(/\$\d/g) ?? []).sort().join();
      expect(p(LOC.es[k]), k).toBe(p(LOC.en[k]));
      expect(p(LOC.de[k]), k).toBe(p(LOC.en[k]));
    }
  });
});

describe('stop signs', () => {
  it("the break page's stop advice names every stop sign of the safety page, in its words", () => {
    for (const lang of CONTENT_LANGUAGES) {
      const general = generalStopSigns(lang);
      const words = (key: string) => (LOC[lang][key] ?? '').replace(/^'(.*)'$/, '$1');
      for (const key of STOP_SIGN_KEYS) expect(general, `${lang} ${key}`).toContain(words(key));
    }
  });
});
