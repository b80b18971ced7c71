/**
 * Adaptive sampling: look often while the posture is uncertain or changing, rarely while it is
 * stable, and hardly at all while nobody is there. Posture changes over tens of seconds.
 */
import type { EngineState } from './engine';
import { EXIT_FRACTION } from './thresholds';

export const DENSE_MS = 4_000;
export const STABLE_MS = 15_000;
export const AWAY_MS = 45_000;
export const NO_BASELINE_MS = 20_000;
/** Low power multiplies every interval (the camera closes between samples). */
export const LOW_POWER_FACTOR = 2.5;
/** Stay dense this long after the reported posture changed. */
export const SETTLE_MS = 30_000;

/** True while the engine is close to a decision and more samples would change it soon. */
export function isUncertain(s: EngineState): boolean {
  if (s.posture.kind === 'unknown' || s.absentSince !== null) return true;
  if (s.overSince !== null || s.lookingDownSince !== null || s.geometrySince !== null) return true;
  if (s.changedAt !== null && s.lastT !== null && s.lastT - s.changedAt < SETTLE_MS) return true;
  if (s.ema === null) return true;
  // Near either threshold the next few samples decide.
  return s.ema > 0.8 * EXIT_FRACTION * s.entry && s.ema < 1.25 * s.entry;
}

/**
 * Milliseconds until the next sample: ~4 s while uncertain, 15 s while stable, 20 s without a
 * usable baseline, 45 s while away; low power multiplies by 2.5.
 */
export function recommendIntervalMs(state: EngineState, lowPower: boolean): number {
  const k = lowPower ? LOW_POWER_FACTOR : 1;
  switch (state.posture.kind) {
    case 'away':
      return AWAY_MS * k;
    case 'needs-calibration':
    case 'calibrating':
      return NO_BASELINE_MS * k;
    default:
      return (isUncertain(state) ? DENSE_MS : STABLE_MS) * k;
  }
}
