/**
 * Thresholds of the camera coach per signal kind, and the per-exercise coach configuration.
 * Pure data. Entry and exit thresholds form a hysteresis band; a movement must also stay past the
 * entry threshold for `minHoldMs` before it counts, so jitter never makes a repetition.
 */
import type { Dose, SignalKind } from './types';

export type CoachSignal = Exclude<SignalKind, 'none'>;

export interface CoachConfig {
  signal: CoachSignal;
  /** Signal value that starts a hold (units of the signal: dimensionless or degrees). */
  enter: number;
  /** Signal value below which the hold has ended (smaller than `enter`). */
  exit: number;
  /** Hold wanted per repetition, ms; 0 for dynamic moves (counted after `minHoldMs`). */
  holdMs: number;
  /** Time past `enter` before a movement counts as real, ms. */
  minHoldMs: number;
  /** Repetitions per side. */
  reps: number;
  sides: 1 | 2;
  /** Length of the neutral reference window at the start of the set, ms. */
  neutralMs: number;
  /** A hold survives missing pose frames for this long, ms. */
  lostMs: number;
  /** The signal is the median over this window, ms: per-frame landmark jitter averages out. */
  smoothMs: number;
}

/**
 * Default bands. Retraction: a chin tuck of 2-3 cm at 60 cm from the camera shrinks the face
 * scale by about 3-5%. Yaw and roll in degrees from neutral. Shoulder lift in shoulder widths
 * (a shrug raises the shoulders by about a tenth of their width).
 */
export const SIGNAL_BANDS: Record<CoachSignal, { enter: number; exit: number }> = {
  retraction: { enter: 0.035, exit: 0.015 },
  yaw: { enter: 25, exit: 10 },
  roll: { enter: 15, exit: 7 },
  'shoulder-lift': { enter: 0.05, exit: 0.025 },
};

/** Coach configuration for an exercise's signal at a given dose. */
export function coachConfig(signal: CoachSignal, dose: Dose): CoachConfig {
  const band = SIGNAL_BANDS[signal];
  return {
    signal,
    enter: band.enter,
    exit: band.exit,
    holdMs: dose.holdSec * 1000,
    minHoldMs: 300,
    reps: dose.reps,
    sides: dose.sides,
    neutralMs: 1500,
    lostMs: 1000,
    smoothMs: 500,
  };
}
