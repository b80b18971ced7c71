/**
 * What the break page needs from the outside world, as one interface so component tests can
 * pass fakes. The real implementation lives in platform.ts.
 */
import type { NeckSession } from '../../lib/exercises/progression';
import type { PoseSignals } from '../../lib/exercises/signals';
import type { Settings } from '../../lib/settings-schema';

export type BreakAction = 'start' | 'snooze' | 'skip' | 'done';

/** The exercise library's own small record in storage.local. */
export interface ExerciseStore {
  /** The red-flags screen was acknowledged (ms since epoch), or null. */
  safetyAckAt: number | null;
  /** Exercise ids removed from automatic routines ("this hurts"). */
  removed: string[];
  /** Chin-tuck sessions of the daily neck training, oldest first (at most 120 kept). */
  neckLog: NeckSession[];
  /** Exercise ids whose "skip this if" advice was shown before a first run. */
  introduced: string[];
}

/** One analysed camera frame: null signals when nobody usable was in view. */
export interface PoseSample {
  t: number;
  signals: PoseSignals | null;
}

export interface PoseSource {
  /** Analyses the current frame; undefined while the video has no frame yet. */
  next(now: number): PoseSample | undefined;
  close(): void;
}

export interface BreakDeps {
  now(): number;
  uiLanguage(): string;
  loadSettings(): Promise<Settings>;
  loadStore(): Promise<ExerciseStore>;
  saveStore(patch: Partial<ExerciseStore>): Promise<void>;
  /** Tells the scheduler what happened to break `id`. */
  sendAction(id: string, action: BreakAction): Promise<void>;
  /** Adds one exercise to today's local history (the worker applies the retention setting). */
  record(e: { id: string; reps: number; holdSec: number; durationSec: number }): Promise<void>;
  /** Opens the camera and the pose model; rejects when either is unavailable. */
  openPose(onEnded: () => void): Promise<PoseSource>;
  /** Closes the break tab. */
  close(): void;
}
