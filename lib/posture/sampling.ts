/**
 * Adaptive sampling: look often while the posture is uncertain or changing, rarely while it is
 * stable, and hardly at all while nobody is there. Posture changes over tens of seconds.
 */
import type { EngineState } from './engine';
import { EXIT_FRACTION } from './thresholds';

export const DENSE_MS = 4_000;
export const NEAR_THRESHOLD_MS = 8_000;
export const STABLE_MS = 15_000;
export const AWAY_MS = 45_000;
export const NO_BASELINE_MS = 20_000;
/** Low power multiplies every interval (the camera closes between samples). */
export const LOW_POWER_FACTOR = 2.5;
/** Stay dense this long after the reported posture changed or an episode began. */
export const SETTLE_MS = 30_000;
/** A pause (unknown) or pending episode older than this is the new normal: stop sampling densely. */
export const DENSE_LIMIT_MS = 60_000;

const within = (s: EngineState, since: number | null, limitMs: number) =>
  since !== null && s.lastT !== null && s.lastT - since < limitMs;

/** True while a decision is pending and more samples would settle it soon. */
export function isUncertain(s: EngineState): boolean {
  if (s.ema === null && s.posture.kind !== 'unknown') return true;
  if (s.overSince !== null || s.absentSince !== null) return true;
  if (within(s, s.lookingDownSince, DENSE_LIMIT_MS) || within(s, s.geometrySince, DENSE_LIMIT_MS)) {
    return true;
  }
  const limit = s.posture.kind === 'unknown' ? DENSE_LIMIT_MS : SETTLE_MS;
  return within(s, s.changedAt, limit);
}

/** True when the smoothed score sits close to the entry or exit threshold. */
export function isNearThreshold(s: EngineState): boolean {
  if (s.ema === null) return false;
  return s.ema > 0.9 * EXIT_FRACTION * s.entry && s.ema < 1.1 * s.entry;
}

/**
 * Milliseconds until the next sample: 4 s while a decision is pending (a forward episode
 * building up, a recent change, somebody just left, a fresh guardrail pause), 8 s while the
 * smoothed score sits near a threshold, 15 s while stable, 20 s without a usable baseline, 45 s
 * while away. Low power multiplies every interval by 2.5.
 */
export function recommendIntervalMs(state: EngineState, lowPower: boolean): number {
  const k = lowPower ? LOW_POWER_FACTOR : 1;
  switch (state.posture.kind) {
    case 'away':
      return AWAY_MS * k;
    case 'needs-calibration':
    case 'calibrating':
      return NO_BASELINE_MS * k;
    case 'forward-head':
    case 'neutral':
    case 'unknown':
      if (isUncertain(state)) return DENSE_MS * k;
      return (isNearThreshold(state) ? NEAR_THRESHOLD_MS : STABLE_MS) * k;
  }
}
