/**
 * Local history: one aggregate record per local day, never frames or landmarks.
 * Pure types; the store lives in lib/worker/history-store.ts.
 */

import type { DiaryDetails } from './diary';

/** Local calendar day, `YYYY-MM-DD`. */
export type DayKey = string;

export interface ExerciseTally {
  /** Sets (recorded exercise events) that day. */
  sets: number;
  /** Total repetitions that day. */
  reps: number;
  /** Longest hold per repetition that day, in seconds (chin-tuck progression). */
  holdSec: number;
  /** Total time spent on the exercise that day, in seconds. */
  durationSec: number;
}

export interface DayRecord {
  day: DayKey;
  monitoredMin: number;
  forwardHeadMin: number;
  awayMin: number;
  nudges: number;
  breaksTaken: number;
  breaksSnoozed: number;
  breaksSkipped: number;
  /** Breaks stopped on "this hurts / I feel dizzy" (neither taken nor skipped). */
  breaksStopped: number;
  exerciseSec: number;
  exercises: Record<string, ExerciseTally>;
  /**
   * Optional headache diary entry for the day: intensity 0-10, a short note and the optional
   * details (type helper, duration, medicine taken, possible triggers).
   */
  headache?: { intensity: number; note?: string } & DiaryDetails;
}

/** Everything that can be recorded. Durations are in ms, measured by the caller. */
export type HistoryEvent =
  | { type: 'posture'; monitoredMs: number; forwardHeadMs: number; awayMs: number }
  | { type: 'nudge' }
  | { type: 'break'; outcome: 'taken' | 'snoozed' | 'skipped' | 'stopped' }
  | { type: 'exercise'; id: string; reps: number; holdSec: number; durationSec: number }
  | { type: 'diary'; day: DayKey; intensity: number; note?: string; details?: DiaryDetails }
  /** Removes the diary entry of a day. */
  | { type: 'diary-clear'; day: DayKey };
