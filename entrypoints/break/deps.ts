/**
 * What the break page needs from the outside world, as one interface so component tests can
 * pass fakes. The real implementation lives in platform.ts.
 */
import type { ExerciseOp, ExerciseStore } from '../../lib/exercises/store';
import type { PoseSignals } from '../../lib/exercises/signals';
import type { SoundCue } from '../../lib/exercises/sound-cues';
import type { BreakActionName } from '../../lib/schedule/types';
import type { Settings } from '../../lib/settings-schema';

export type BreakAction = BreakActionName;

/** The exercise library's own small record in storage.local (lib/exercises/store.ts). */
export type { ExerciseOp, ExerciseStore } from '../../lib/exercises/store';

/** One analysed camera frame: null signals when nobody usable was in view. */
export interface PoseSample {
  t: number;
  signals: PoseSignals | null;
}

export interface PoseSource {
  /** Analyses the current frame; undefined while the video has no frame yet. */
  next(now: number): Promise<PoseSample | undefined> | PoseSample | undefined;
  close(): void;
}

export interface BreakDeps {
  now(): number;
  uiLanguage(): string;
  loadSettings(): Promise<Settings>;
  loadStore(): Promise<ExerciseStore>;
  /** Changes the record through the worker's write queue (one operation, never a whole record). */
  updateStore(op: ExerciseOp): Promise<void>;
  /** Tells the scheduler what happened to break `id`. */
  sendAction(id: string, action: BreakAction): Promise<void>;
  /** Adds one exercise to today's local history (the worker applies the retention setting). */
  record(e: { id: string; reps: number; holdSec: number; durationSec: number }): Promise<void>;
  /** Opens the camera and the pose model; rejects when either is unavailable. */
  openPose(onEnded: () => void): Promise<PoseSource>;
  /** Plays one of the optional break sounds (only called when the setting is on). */
  play(cue: SoundCue): void;
  /** Closes the break tab. */
  close(): void;
}
