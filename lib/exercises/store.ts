/**
 * The exercise library's own small record (red-flags acknowledgement, removed exercises, neck
 * training log) and the operations that change it. Pure: the worker applies operations in its one
 * write queue (lib/worker/exercise-store.ts); pages send operations, never whole records, so two
 * pages (or a page open across "delete everything") cannot write each other's changes away.
 */
import { isExerciseId } from './catalog';
import type { NeckSession } from './progression';

/** The record's keys in storage.local. */
export const STORE_KEYS = {
  safetyAckAt: 'exercise:safetyAckAt',
  removed: 'exercise:removed',
  neckLog: 'exercise:neckLog',
} as const;
export const NECK_LOG_MAX = 120;

export interface ExerciseStore {
  /** The red-flags screen was acknowledged (ms since epoch), or null. */
  safetyAckAt: number | null;
  /** Exercise ids removed from automatic routines ("this hurts"). */
  removed: string[];
  /** Chin-tuck sessions of the daily neck training, oldest first (at most 120 kept). */
  neckLog: NeckSession[];
}

/** One change to the record. */
export type ExerciseOp =
  | { op: 'safety-ack'; at: number }
  | { op: 'remove'; id: string }
  | { op: 'restore'; id: string }
  | { op: 'neck-session'; session: NeckSession };

export function isNeckSession(s: unknown): s is NeckSession {
  return (
    typeof s === 'object' &&
    s !== null &&
    Number.isFinite((s as NeckSession).at) &&
    Number.isInteger((s as NeckSession).level) &&
    Number.isFinite((s as NeckSession).repsDone)
  );
}

/** Coerces whatever storage holds into a valid store (corrupt values fall back to empty). */
export function coerceStore(raw: Record<string, unknown>): ExerciseStore {
  const ack = raw[STORE_KEYS.safetyAckAt];
  const removed = raw[STORE_KEYS.removed];
  const log = raw[STORE_KEYS.neckLog];
  return {
    safetyAckAt: typeof ack === 'number' && Number.isFinite(ack) ? ack : null,
    removed: Array.isArray(removed) ? removed.filter(isExerciseId) : [],
    neckLog: Array.isArray(log) ? log.filter(isNeckSession).slice(-NECK_LOG_MAX) : [],
  };
}

/** A well-formed operation from a message, or null. */
export function parseExerciseOp(x: unknown): ExerciseOp | null {
  if (typeof x !== 'object' || x === null) return null;
  const o = x as Record<string, unknown>;
  if (o.op === 'safety-ack' && typeof o.at === 'number' && Number.isFinite(o.at))
    return { op: 'safety-ack', at: o.at };
  if ((o.op === 'remove' || o.op === 'restore') && isExerciseId(o.id))
    return { op: o.op, id: o.id };
  if (o.op === 'neck-session' && isNeckSession(o.session)) {
    const { at, level, repsDone } = o.session;
    return { op: 'neck-session', session: { at, level, repsDone } };
  }
  return null;
}

/** The record after `op`. A neck session already logged (same time) is not logged twice. */
export function applyExerciseOp(store: ExerciseStore, op: ExerciseOp): ExerciseStore {
  switch (op.op) {
    case 'safety-ack':
      return { ...store, safetyAckAt: op.at };
    case 'remove':
      return store.removed.includes(op.id)
        ? store
        : { ...store, removed: [...store.removed, op.id] };
    case 'restore':
      return { ...store, removed: store.removed.filter((x) => x !== op.id) };
    case 'neck-session':
      if (store.neckLog.some((s) => s.at === op.session.at)) return store;
      return { ...store, neckLog: [...store.neckLog, op.session].slice(-NECK_LOG_MAX) };
  }
}
