/**
 * Collecting calibration frames: keep good frames for at least `MIN_MS`, stop once there are
 * enough, give up at `MAX_MS`. Pure logic, driven by the page's frame loop.
 */
import type { CalibrationIssue } from '../../lib/posture/calibration';
import type { PoseFrame } from '../../lib/posture/types';

export const MIN_MS = 6000;
export const MAX_MS = 15_000;
/** Good frames we aim for; the engine needs 30 (DEFAULT_CALIBRATION_FRAMES) and rejects some. */
export const TARGET_FRAMES = 40;
/** Fewer good frames than this at the time limit is not worth sending. */
export const MIN_FRAMES = 30;

export interface Collection {
  startedAt: number;
  frames: PoseFrame[];
  issues: Partial<Record<CalibrationIssue, number>>;
}

export const startCollection = (now: number): Collection => ({
  startedAt: now,
  frames: [],
  issues: {},
});

/** Adds one assessed frame (mutates and returns `c`). */
export function addFrame(
  c: Collection,
  frame: PoseFrame | null,
  assessment: { ok: boolean; issues: CalibrationIssue[] },
): Collection {
  if (frame && assessment.ok) c.frames.push(frame);
  else {
    const i = assessment.issues[0] ?? 'no-person';
    c.issues[i] = (c.issues[i] ?? 0) + 1;
  }
  return c;
}

export type CollectionState =
  | { kind: 'collecting'; progress: number }
  | { kind: 'ready' }
  | { kind: 'failed'; issue: CalibrationIssue };

/** Where a collection stands at `now`. `progress` is 0..1 for a progress bar. */
export function collectionState(c: Collection, now: number): CollectionState {
  const elapsed = now - c.startedAt;
  if (elapsed >= MIN_MS && c.frames.length >= TARGET_FRAMES) return { kind: 'ready' };
  if (elapsed >= MAX_MS) {
    if (c.frames.length >= MIN_FRAMES) return { kind: 'ready' };
    const worst = Object.entries(c.issues).sort((a, b) => b[1] - a[1])[0]?.[0] as
      CalibrationIssue | undefined;
    return { kind: 'failed', issue: worst ?? 'not-enough-frames' };
  }
  const progress = Math.min(elapsed / MIN_MS, c.frames.length / TARGET_FRAMES);
  return { kind: 'collecting', progress: Math.max(0, Math.min(1, progress)) };
}
