/**
 * Calibration: the person's own neutral posture from a few seconds of frames, with quality gates
 * that say what to fix, and robust statistics (median, MAD) so a stray frame cannot skew it.
 */
import type { LearnedDrift } from './drift';
import { measureFrame, type Features } from './features';
import { mad, median } from './geometry';
import {
  CALIBRATION_MAX_BOW_MAD,
  CALIBRATION_MAX_HEAD_MAD,
  CALIBRATION_MAX_ROLL_DEG,
  CALIBRATION_MAX_YAW_DEG,
  DEFAULT_CALIBRATION_FRAMES,
  MIN_VISIBILITY,
} from './thresholds';
import type { PoseFrame } from './types';

export type CalibrationIssue =
  | 'no-person'
  | 'shoulders-out-of-frame'
  | 'too-far'
  | 'too-close'
  | 'too-dark'
  | 'two-people'
  | 'turned-away'
  | 'tilted'
  | 'low-visibility'
  | 'unsteady' // good frames disagree: the person moved during calibration
  | 'not-enough-frames';

/** Current baseline format; bump with a migration (or a recalibration prompt) when it changes. */
export const BASELINE_VERSION = 1;

/** The features a baseline keeps the median of (see `Features` for what each one means). */
export type BaselineFeature =
  | 'bowRatio'
  | 'noseAboveShoulder'
  | 'earAboveShoulder'
  | 'faceScale'
  | 'faceSpan'
  | 'rollDeg'
  | 'yawDeg'
  | 'shoulderWidthFrac'
  | 'faceFrac'
  | 'headX'
  | 'headY';

/** The person's calibrated neutral: medians of the good frames' features. JSON-safe. */
export interface Baseline extends Pick<Features, BaselineFeature> {
  version: typeof BASELINE_VERSION;
  /** Good frames behind the medians. */
  frames: number;
  /** Median absolute deviations seen during calibration (noise floor). */
  spread: { bowRatio: number; headY: number };
  /** The person's own drift from a two-pose calibration; absent: the population rule applies. */
  drift?: LearnedDrift;
}

export interface CalibrationOptions {
  /** Good frames required; the product default suits ~5 s of dense sampling. */
  minFrames?: number;
}

export type CalibrationResult =
  { ok: true; baseline: Baseline } | { ok: false; issue: CalibrationIssue; goodFrames: number };

function gateIssues(frame: PoseFrame): { features: Features | null; issues: CalibrationIssue[] } {
  const m = measureFrame(frame);
  if (!m.features) return { features: null, issues: ['no-person'] };
  const issues: CalibrationIssue[] = [...m.issues];
  // The baseline's scale check (a moved camera) needs both shoulders, clearly seen.
  if (m.features.shoulderVisibility < MIN_VISIBILITY && !issues.includes('low-visibility'))
    issues.push('low-visibility');
  if (Math.abs(m.features.yawDeg) > CALIBRATION_MAX_YAW_DEG) issues.push('turned-away');
  if (Math.abs(m.features.rollDeg) > CALIBRATION_MAX_ROLL_DEG) issues.push('tilted');
  return { features: m.features, issues };
}

/** Live feedback for the calibration screen: is this frame usable, and if not, every reason why. */
export function assessCalibrationFrame(frame: PoseFrame): {
  ok: boolean;
  issues: CalibrationIssue[];
} {
  const { issues } = gateIssues(frame);
  return { ok: issues.length === 0, issues };
}

function mostCommon(issues: CalibrationIssue[]): CalibrationIssue | undefined {
  const counts = new Map<CalibrationIssue, number>();
  for (const i of issues) counts.set(i, (counts.get(i) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Builds a baseline from frames of neutral sitting. Rejects frames that fail a gate; fails with the
 * most common gate issue when fewer than `minFrames` (default 30) frames are good, or with
 * `unsteady` when the good frames disagree (bow MAD > 0.04 inter-ear, head height MAD > 0.06
 * shoulder widths).
 */
export function calibrate(frames: PoseFrame[], opts: CalibrationOptions = {}): CalibrationResult {
  const minFrames = Math.max(1, opts.minFrames ?? DEFAULT_CALIBRATION_FRAMES);
  const good: Features[] = [];
  const rejected: CalibrationIssue[] = [];
  for (const frame of frames) {
    const g = gateIssues(frame);
    if (g.features && g.issues.length === 0) good.push(g.features);
    else rejected.push(g.issues[0] ?? 'no-person');
  }
  if (good.length < minFrames) {
    return {
      ok: false,
      issue: mostCommon(rejected) ?? 'not-enough-frames',
      goodFrames: good.length,
    };
  }
  const med = (k: Exclude<keyof Features, 'shouldersInFrame' | 'shoulderVisibility'>) =>
    median(good.map((f) => f[k]));
  const shoulderWidthFrac = med('shoulderWidthFrac');
  const aspect = med('aspect');
  const bowMad = mad(good.map((f) => f.bowRatio));
  const headMad = mad(good.map((f) => (f.headY * aspect) / shoulderWidthFrac));
  if (bowMad > CALIBRATION_MAX_BOW_MAD || headMad > CALIBRATION_MAX_HEAD_MAD) {
    return { ok: false, issue: 'unsteady', goodFrames: good.length };
  }
  return {
    ok: true,
    baseline: {
      version: BASELINE_VERSION,
      frames: good.length,
      bowRatio: med('bowRatio'),
      noseAboveShoulder: med('noseAboveShoulder'),
      earAboveShoulder: med('earAboveShoulder'),
      faceScale: med('faceScale'),
      faceSpan: med('faceSpan'),
      rollDeg: med('rollDeg'),
      yawDeg: med('yawDeg'),
      shoulderWidthFrac,
      faceFrac: med('faceFrac'),
      headX: med('headX'),
      headY: med('headY'),
      spread: { bowRatio: bowMad, headY: headMad },
    },
  };
}

/** True when `x` looks like a baseline this engine version can use (storage may hold old ones). */
export function isBaseline(x: unknown): x is Baseline {
  if (typeof x !== 'object' || x === null) return false;
  const b = x as Record<string, unknown>;
  const nums = [
    'bowRatio',
    'noseAboveShoulder',
    'faceScale',
    'faceSpan',
    'rollDeg',
    'yawDeg',
    'shoulderWidthFrac',
    'headX',
    'headY',
    'faceFrac',
  ];
  const finite = (o: Record<string, unknown>, keys: string[]) =>
    keys.every((k) => typeof o[k] === 'number' && Number.isFinite(o[k]));
  const drift = b.drift;
  const driftOk =
    drift === undefined ||
    (typeof drift === 'object' &&
      drift !== null &&
      finite(drift as Record<string, unknown>, ['bow', 'sink', 'lean']));
  return b.version === BASELINE_VERSION && finite(b, nums) && driftOk;
}
