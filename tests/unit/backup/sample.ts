/** A realistic backup to test with, and a helper that edits one field of its JSON. */
import { backupJson, type OwnedData } from '../../../lib/backup/format';
import { emptyDay } from '../../../lib/history/day';
import { BASELINE_VERSION, type Baseline } from '../../../lib/posture/calibration';

/** 2026-03-10 12:00 UTC. */
export const NOW = Date.UTC(2026, 2, 10, 12);
export const DAY_MS = 24 * 60 * 60_000;

export const baseline = (): Baseline => ({
  version: BASELINE_VERSION,
  frames: 40,
  bowRatio: 0.3,
  noseAboveShoulder: 0.4,
  earAboveShoulder: 0.3,
  faceScale: 0.2,
  faceSpan: 0.1,
  rollDeg: 1,
  yawDeg: 2,
  shoulderWidthFrac: 0.4,
  headX: 0.5,
  headY: 0.3,
  faceFrac: 0.1,
  spread: { bowRatio: 0.01, headY: 0.01 },
});

export function owned(): OwnedData {
  const d1 = { ...emptyDay('2026-03-08'), monitoredMin: 120, nudges: 3 };
  const d2 = {
    ...emptyDay('2026-03-09'),
    breaksTaken: 4,
    exercises: { 'chin-tuck': { reps: 10, holdSec: 5, durationSec: 60, sets: 0 } },
    headache: { intensity: 4, note: 'after lunch' },
  };
  return {
    settings: { retentionDays: 90, strictness: 'firm' },
    days: [d1, d2],
    baselines: { cam1: baseline() },
    exercises: {
      safetyAckAt: NOW - DAY_MS,
      removed: ['shoulder-rolls'],
      neckLog: [{ at: NOW - DAY_MS, level: 1, repsDone: 8 }],
      introduced: ['chin-tuck'],
    },
    desk: { last: null, previous: null },
  };
}

/** The sample file as parsed JSON, after `edit` changed it. */
export function fileWith(edit: (f: Record<string, unknown>) => void = () => undefined): string {
  const f = JSON.parse(backupJson(owned(), NOW - DAY_MS)) as Record<string, unknown>;
  edit(f);
  return JSON.stringify(f);
}
