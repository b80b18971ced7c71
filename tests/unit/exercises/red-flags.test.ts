import { describe, expect, it } from 'vitest';
import { RED_FLAGS, STOP_SIGN_KEYS } from '../../../lib/exercises/red-flags';
import { headacheType } from '../../../lib/exercises/headache';

import { loadLocale as locale } from '../support/i18n-en';

describe('red flags', () => {
  it('covers the product brief and the NICE CG150 / SNNOOP10 additions', () => {
    const ids = RED_FLAGS.map((f) => f.id);
    for (const id of [
      // product brief
      'thunderclap',
      'neuro',
      'fever-stiff-neck',
      'injury',
      'exertion',
      'changed',
      'over-50',
      'conditions',
      // added against NICE CG150 and SNNOOP10
      'positional',
      'confusion',
      'seizure',
      'fever',
      'giant-cell',
      'red-eye',
      'vomiting',
      'worsening',
      'pregnancy-childbirth',
      'painkillers',
    ])
      expect(ids, id).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(RED_FLAGS.map((f) => f.key)).size).toBe(ids.length);
    for (const f of RED_FLAGS) expect(f.basis.length, f.id).toBeGreaterThan(0);
  });

  it('has words in every language, and the giant-cell flag names jaw, scalp and vision', () => {
    for (const l of ['en', 'es', 'de']) {
      const m = locale(l);
      for (const f of RED_FLAGS) expect(m[f.key], `${l} ${f.key}`).toBeTruthy();
      for (const k of STOP_SIGN_KEYS) expect(m[k], `${l} ${k}`).toBeTruthy();
    }
    const en = locale('en');
    expect(en.redFlagGiantCell).toMatch(/jaw.*chewing.*scalp.*vision/i);
    expect(en.redFlagChildbirth).toMatch(/given birth/);
    expect(en.redFlagPainkillers).toMatch(/10 or more days/);
    // The stop signs of the issue, with urgent wording when they do not settle.
    expect(STOP_SIGN_KEYS.map((k) => en[k]).join(' ')).toMatch(
      /Dizziness.*Double.*speaking or swallowing.*Numbness.*Nausea/,
    );
    expect(en.stopSignsIntro).toMatch(/urgent/);
  });

  it('headache now: either migraine feature picks the migraine-like path', () => {
    expect(headacheType({ throbbing: false, sensitive: false })).toBe('tension-type');
    expect(headacheType({ throbbing: true, sensitive: false })).toBe('migraine-like');
    expect(headacheType({ throbbing: false, sensitive: true })).toBe('migraine-like');
  });

  it('no "relief" or promise in the headache and safety wording', () => {
    for (const [k, v] of Object.entries(locale('en')))
      if (/^(headache|routine|breakTitle|safety|badDay|pt)/.test(k))
        expect(v, k).not.toMatch(/relief|relieve|cure|guarantee/i);
  });
});
