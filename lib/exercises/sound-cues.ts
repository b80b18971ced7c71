/**
 * Optional break sounds (setting `breakSounds`, off by default): which cue a moment of a break
 * calls for, and what each cue sounds like. The break page synthesises them with WebAudio; there
 * are no sound files. Pure.
 */

/** `start`/`end`: a soft chime as a break begins and ends; `tick`: the next step of an eyes-closed exercise. */
export type SoundCue = 'start' | 'end' | 'tick';

/** Where a break is, as far as sounds care. */
export interface SoundMoment {
  /** An exercise or the plain rest is under way. */
  active: boolean;
  /** The break's summary is showing (finished or ended early). */
  done: boolean;
  /** Identifies the written step that matters now (exercise and step); null outside exercises. */
  stepKey: string | null;
  /** The current exercise is one people may do with their eyes closed (breathing, relaxation). */
  calming: boolean;
}

/**
 * The cue for moving from `prev` to `next` (null: the page just opened), or null for silence:
 * `start` when a break becomes active, `end` when an active break reaches its summary, `tick`
 * when an eyes-closed exercise moves on to its next step.
 */
export function soundCue(prev: SoundMoment | null, next: SoundMoment): SoundCue | null {
  const wasActive = prev?.active ?? false;
  if (next.active && !wasActive) return 'start';
  if (next.done && wasActive) return 'end';
  if (
    next.active &&
    next.calming &&
    prev?.stepKey !== null &&
    prev?.stepKey !== undefined &&
    next.stepKey !== null &&
    next.stepKey !== prev.stepKey
  )
    return 'tick';
  return null;
}

/** One note of a cue: when it starts (s after the cue), frequency (Hz), length (s), peak gain 0..1. */
export interface Note {
  atSec: number;
  hz: number;
  sec: number;
  gain: number;
  wave: 'sine' | 'triangle';
}

/**
 * The cues: a rising fifth to begin (C5, G5), a falling one to end, a short quiet tick. Gains stay
 * low: these are meant to be heard, not to startle.
 */
export const CUE_NOTES: Readonly<Record<SoundCue, readonly Note[]>> = {
  start: [
    { atSec: 0, hz: 523.25, sec: 1.4, gain: 0.08, wave: 'sine' },
    { atSec: 0.16, hz: 783.99, sec: 1.6, gain: 0.06, wave: 'sine' },
  ],
  end: [
    { atSec: 0, hz: 783.99, sec: 1.4, gain: 0.06, wave: 'sine' },
    { atSec: 0.2, hz: 523.25, sec: 1.8, gain: 0.08, wave: 'sine' },
  ],
  tick: [{ atSec: 0, hz: 1046.5, sec: 0.07, gain: 0.04, wave: 'triangle' }],
};
