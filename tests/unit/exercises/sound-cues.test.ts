import { describe, expect, it } from 'vitest';
import { CUE_NOTES, soundCue, type SoundMoment } from '../../../lib/exercises/sound-cues';

const m = (over: Partial<SoundMoment>): SoundMoment => ({
  active: false,
  done: false,
  stepKey: null,
  calming: false,
  ...over,
});

describe('soundCue', () => {
  it.each([
    ['page opens on the intro', null, m({}), null],
    ['a break asked for starts at once', null, m({ active: true, stepKey: '0:0' }), 'start'],
    ['Start on the intro', m({}), m({ active: true, stepKey: '0:0' }), 'start'],
    ['the plain rest begins', m({}), m({ active: true }), 'start'],
    [
      'the summary after the last exercise',
      m({ active: true, stepKey: '2:3' }),
      m({ done: true }),
      'end',
    ],
    [
      'the summary after ending early',
      m({ active: true, stepKey: '0:1' }),
      m({ done: true }),
      'end',
    ],
    ['nothing on a later render of the summary', m({ done: true }), m({ done: true }), null],
    [
      'the next step of relaxation',
      m({ active: true, stepKey: '0:0', calming: true }),
      m({ active: true, stepKey: '0:1', calming: true }),
      'tick',
    ],
    [
      'the same step again',
      m({ active: true, stepKey: '0:1', calming: true }),
      m({ active: true, stepKey: '0:1', calming: true }),
      null,
    ],
    [
      'the next step of an eyes-open exercise',
      m({ active: true, stepKey: '0:0' }),
      m({ active: true, stepKey: '0:1' }),
      null,
    ],
    ['stopped ("this hurts")', m({ active: true, stepKey: '0:1' }), m({}), null],
  ] as const)('%s', (_name, prev, next, want) => {
    expect(soundCue(prev, next)).toBe(want);
  });
});

describe('CUE_NOTES', () => {
  it('keeps every note quiet and short', () => {
    for (const notes of Object.values(CUE_NOTES))
      for (const n of notes) {
        expect(n.gain).toBeGreaterThan(0);
        expect(n.gain).toBeLessThanOrEqual(0.1);
        expect(n.atSec + n.sec).toBeLessThanOrEqual(2.5);
      }
  });
});
