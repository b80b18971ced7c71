import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BOW_LOW,
  LOW_EXCESS,
  TYPICAL_LEVEL_BOW,
  heightFromBow,
  ownLevel,
  type OwnLevel,
} from '../../../lib/desk/height';
import { summarize } from '../../../lib/desk/result';
import { measureFrame } from '../../../lib/posture/features';
import { median } from '../../../lib/posture/geometry';
import type { PoseFrame } from '../../../lib/posture/types';

const DIR = 'tests/fixtures/landmarks';
/** A frame recorded from real inference (tests/fixtures/landmarks). */
const frame = (name: string): PoseFrame =>
  (JSON.parse(readFileSync(`${DIR}/${name}.json`, 'utf8')) as { frame: PoseFrame }).frame;
const bowOf = (name: string) => measureFrame(frame(name)).features!.bowRatio;
/** A calibration taken on one neutral frame, with a small spread. */
const calibratedOn = (name: string): OwnLevel => ({ bowRatio: bowOf(name), spread: 0.01 });
const judge = (name: string, own: OwnLevel | null) => summarize([frame(name)], null, 0, own).height;

describe('screen height', () => {
  it("the typical level bow is the recorded neutral frames' median", () => {
    const neutral = readdirSync(DIR)
      .filter((f) => /-neutral(-\d+)?\.json$/.test(f))
      .map((f) => bowOf(f.replace(/\.json$/, '')));
    expect(neutral.length).toBeGreaterThanOrEqual(15);
    expect(Math.abs(median(neutral) - TYPICAL_LEVEL_BOW)).toBeLessThanOrEqual(0.015);
  });

  it('without a calibration: typical-face thresholds on real frames', () => {
    for (const n of ['vincent-neutral-100', 'motlabs-neutral', 'kirtijindal-neutral'])
      expect(judge(n, null), n).toMatchObject({ advice: 'ok', basis: 'typical' });
    expect(judge('motlabs-head-down', null)?.advice).toBe('very-low');
    expect(judge('vincent-forward-100', null)?.advice).toBe('low');
  });

  // Each person's own neutral frame stands in for their calibration.
  it.each([
    ['lazybot-neutral-50', 'lazybot-neutral-84', 'ok'],
    ['lazybot-neutral-50', 'lazybot-forward-100', 'low'],
    ['lazybot-neutral-50', 'lazybot-deep-bow-120', 'very-low'],
    ['motlabs-neutral', 'motlabs-head-down', 'very-low'],
    ['vincent-neutral-100', 'vincent-neutral-110', 'ok'],
    ['vincent-neutral-100', 'vincent-neutral-138', 'ok'],
    ['vincent-neutral-100', 'vincent-forward-100', 'low'],
    ['aang-neutral', 'aang-forward-close', 'low'],
    ['richardli-neutral', 'richardli-forward', 'low'],
  ] as const)('calibrated on %s, %s reads %s', (cal, n, advice) => {
    expect(judge(n, calibratedOn(cal))).toMatchObject({ advice, basis: 'own' });
  });

  it('judges the bow beyond the own calibration where the typical face would mislead', () => {
    // A face whose level head measures 0.03 (lazybot): 0.20 is a clear tip down for them.
    expect(heightFromBow(0.2, null).advice).toBe('ok');
    expect(heightFromBow(0.2, { bowRatio: 0.03, spread: 0.01 })).toMatchObject({
      advice: 'low',
      basis: 'own',
      excess: 0.17,
    });
    // A face whose level head measures 0.21 (vincent-neutral-110): 0.27 is hardly a change.
    expect(heightFromBow(0.27, null).advice).toBe('low');
    expect(heightFromBow(0.27, { bowRatio: 0.21, spread: 0.01 }).advice).toBe('ok');
  });

  it('falls back to the typical face when the calibration itself was bowed', () => {
    const bowed = { bowRatio: BOW_LOW + 0.05, spread: 0.01 };
    expect(heightFromBow(0.45, bowed)).toMatchObject({ advice: 'very-low', basis: 'typical' });
    expect(heightFromBow(0.2, bowed)).toMatchObject({ advice: 'ok', basis: 'typical' });
  });

  it('a noisy calibration needs a larger change before it says low', () => {
    const quiet = { bowRatio: 0.1, spread: 0.01 };
    const noisy = { bowRatio: 0.1, spread: 0.06 }; // 3 spreads = 0.18 > LOW_EXCESS
    const bow = 0.1 + LOW_EXCESS + 0.02;
    expect(heightFromBow(bow, quiet).advice).toBe('low');
    expect(heightFromBow(bow, noisy).advice).toBe('ok');
    expect(heightFromBow(0.1 + 0.19, noisy).advice).toBe('low');
  });

  it('takes the calibrated bow and its spread from a baseline', () => {
    expect(ownLevel(null)).toBeNull();
    expect(ownLevel({ bowRatio: 0.14, spread: { bowRatio: 0.02, headY: 0.01 } })).toEqual({
      bowRatio: 0.14,
      spread: 0.02,
    });
    expect(ownLevel({ bowRatio: NaN, spread: { bowRatio: 0.02, headY: 0 } })).toBeNull();
  });
});
