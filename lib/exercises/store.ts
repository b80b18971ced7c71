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
