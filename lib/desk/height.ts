/**
 * Screen height from how far the head bows while the person looks at the middle of the screen.
 * Pure. The bow is the posture engine's own `bowRatio` (nose below the ear line, in ear spacings),
 * so it can be set against the person's calibration: faces differ (a level head measures 0.00 to
 * 0.21 across the recorded people), so a fixed threshold misjudges people at either end.
 *
 * With a calibration taken with a level head, the verdict counts the bow beyond the person's own
 * calibrated bow; without one (or when the calibration itself was bowed, so it cannot show what
 * level looks like for this face), it falls back to thresholds for a typical face.
 */
import type { Baseline } from '../posture/calibration';
import type { Verdict } from './measure';

/** Typical-face thresholds: from this bow the screen looks low... */
export const BOW_LOW = 0.25;
/** ...and from this one clearly too low. */
export const BOW_VERY_LOW = 0.4;
/**
 * A typical level head's bow: the median over the recorded neutral frames (tests/fixtures,
 * 16 people's frames; checked by the unit test). The typical thresholds sit this far above it.
 */
export const TYPICAL_LEVEL_BOW = 0.12;
/** Bow beyond the person's own calibrated bow from which the screen looks low (0.13)... */
export const LOW_EXCESS = BOW_LOW - TYPICAL_LEVEL_BOW;
/** ...and clearly too low (0.28): the typical thresholds' margins, moved to the person's level. */
export const VERY_LOW_EXCESS = BOW_VERY_LOW - TYPICAL_LEVEL_BOW;
/** An excess must also stand this many calibration spreads (MAD of the bow) above the noise. */
export const NOISE_SPREADS = 3;

/** What the desk check needs of a calibration: the calibrated bow and its spread. */
export interface OwnLevel {
  bowRatio: number;
  spread: number;
}

export interface ScreenHeight {
  /** The bow measured (`bowRatio`, rounded to 0.01). */
  bow: number;
  advice: 'ok' | 'low' | 'very-low';
  verdict: Verdict;
  /** 'own': judged against the person's calibration; 'typical': against a typical face. */
  basis: 'own' | 'typical';
  /** The bow beyond the calibrated one (rounded), with basis 'own'. */
  excess?: number;
}

/** The part of a calibration baseline the desk check uses (null without a baseline). */
export function ownLevel(b: Pick<Baseline, 'bowRatio' | 'spread'> | null): OwnLevel | null {
  if (!b || !Number.isFinite(b.bowRatio) || !Number.isFinite(b.spread.bowRatio)) return null;
  return { bowRatio: b.bowRatio, spread: Math.abs(b.spread.bowRatio) };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The screen-height verdict for a measured bow (`bowRatio`), against `own` (the person's
 * calibration) when it was taken with a level head, else against a typical face.
 */
export function heightFromBow(bow: number, own: OwnLevel | null = null): ScreenHeight {
  if (own && own.bowRatio < BOW_LOW) {
    const excess = bow - own.bowRatio;
    const low = Math.max(LOW_EXCESS, NOISE_SPREADS * own.spread);
    const veryLow = Math.max(VERY_LOW_EXCESS, low + (VERY_LOW_EXCESS - LOW_EXCESS));
    const advice = excess >= veryLow ? 'very-low' : excess >= low ? 'low' : 'ok';
    return {
      bow: round2(bow),
      advice,
      verdict: verdictOf(advice),
      basis: 'own',
      excess: round2(excess),
    };
  }
  const advice = bow >= BOW_VERY_LOW ? 'very-low' : bow >= BOW_LOW ? 'low' : 'ok';
  return { bow: round2(bow), advice, verdict: verdictOf(advice), basis: 'typical' };
}

const verdictOf = (advice: ScreenHeight['advice']): Verdict =>
  advice === 'ok' ? 'good' : 'adjust';
