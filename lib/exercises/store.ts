/**
 * The exercise library's own small record: what the break page keeps about the person between
 * breaks. Pure coercion of what storage holds; the storage keys of the fields are registry entries
 * (lib/platform/registry.ts), mapped by the break page's platform adapter.
 */
import { isExerciseId } from './catalog';
import type { NeckSession } from './progression';

export interface ExerciseStore {
  /** The red-flags screen was acknowledged (ms since epoch), or null. */
  safetyAckAt: number | null;
  /** Exercise ids removed from automatic routines ("this hurts"). */
  removed: string[];
  /** Chin-tuck sessions of the daily neck training, oldest first (at most `NECK_LOG_MAX` kept). */
  neckLog: NeckSession[];
  /** Exercise ids whose "skip this if" advice was shown before a first run. */
  introduced: string[];
}

export type ExerciseStoreField = keyof ExerciseStore;

/** Neck-training sessions kept: four months of daily sessions. */
export const NECK_LOG_MAX = 120;

function isNeckSession(s: unknown): s is NeckSession {
  if (typeof s !== 'object' || s === null) return false;
  const n = s as Record<string, unknown>;
  return Number.isFinite(n.at) && Number.isInteger(n.level) && Number.isFinite(n.repsDone);
}

/** The newest `NECK_LOG_MAX` valid sessions of `x`; anything else is an empty log. */
export function coerceNeckLog(x: unknown): NeckSession[] {
  return Array.isArray(x) ? x.filter(isNeckSession).slice(-NECK_LOG_MAX) : [];
}

/**
 * Coerces whatever storage holds, field by field, into a valid store: a corrupt or missing value
 * falls back to empty, never a crash.
 */
export function coerceExerciseStore(
  raw: Partial<Record<ExerciseStoreField, unknown>>,
): ExerciseStore {
  const { safetyAckAt: ack, removed, introduced } = raw;
  return {
    safetyAckAt: typeof ack === 'number' && Number.isFinite(ack) ? ack : null,
    removed: Array.isArray(removed) ? removed.filter(isExerciseId) : [],
    neckLog: coerceNeckLog(raw.neckLog),
    introduced: Array.isArray(introduced) ? introduced.filter(isExerciseId) : [],
  };
}

/** The fields of `patch` to write, trimmed to what is kept (the neck log to its newest sessions). */
export function exerciseStoreWrite(patch: Partial<ExerciseStore>): Partial<ExerciseStore> {
  const out: Partial<ExerciseStore> = {};
  if (patch.safetyAckAt !== undefined) out.safetyAckAt = patch.safetyAckAt;
  if (patch.removed) out.removed = patch.removed;
  if (patch.neckLog) out.neckLog = patch.neckLog.slice(-NECK_LOG_MAX);
  if (patch.introduced) out.introduced = patch.introduced;
  return out;
}

/**
 * One change to the record. Pages send operations, never whole records: the worker applies them
 * in its one write queue (lib/worker/exercise-store.ts), so two pages (or a page open across
 * "delete everything") cannot write each other's changes away.
 */
export type ExerciseOp =
  | { op: 'safety-ack'; at: number }
  | { op: 'remove'; id: string }
  | { op: 'restore'; id: string }
  | { op: 'introduce'; ids: string[] }
  | { op: 'neck-session'; session: NeckSession };

/** A well-formed operation from a message (a fresh copy), or null. */
export function parseExerciseOp(x: unknown): ExerciseOp | null {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return null;
  const o = x as Record<string, unknown>;
  if (o.op === 'safety-ack' && typeof o.at === 'number' && Number.isFinite(o.at))
    return { op: 'safety-ack', at: o.at };
  if ((o.op === 'remove' || o.op === 'restore') && isExerciseId(o.id))
    return { op: o.op, id: o.id };
  if (o.op === 'introduce' && Array.isArray(o.ids) && o.ids.length <= 100)
    return { op: 'introduce', ids: o.ids.filter(isExerciseId) };
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
    case 'introduce': {
      const introduced = [...new Set([...store.introduced, ...op.ids])];
      return introduced.length === store.introduced.length ? store : { ...store, introduced };
    }
    case 'neck-session':
      if (store.neckLog.some((s) => s.at === op.session.at)) return store;
      return { ...store, neckLog: [...store.neckLog, op.session].slice(-NECK_LOG_MAX) };
  }
}
