/**
 * "Headache now": two short questions that tell a migraine-like headache from a tension-type or
 * neck-related one, asked only after the red flags. Pure. Not a diagnosis: it picks which set of
 * self-help ideas to show first, and the more cautious set whenever a migraine feature is there.
 */

export type HeadacheType = 'migraine-like' | 'tension-type';

export interface HeadacheAnswers {
  /** Q1: throbbing or pulsing, or worse with moving about. */
  throbbing: boolean;
  /** Q2: light or noise bothers, nausea, or an aura (flickering lights, zigzags) before it. */
  sensitive: boolean;
}

export const HEADACHE_TYPES: readonly HeadacheType[] = ['migraine-like', 'tension-type'];

/**
 * Migraine-like when either question is answered yes (throbbing, worse on moving, light or sound
 * sensitivity, nausea, aura); tension-type or neck-related (pressing band, tight neck) otherwise.
 */
export function headacheType(a: HeadacheAnswers): HeadacheType {
  return a.throbbing || a.sensitive ? 'migraine-like' : 'tension-type';
}

/** Narrows a stored or posted value to a headache type. */
export function isHeadacheType(x: unknown): x is HeadacheType {
  return typeof x === 'string' && (HEADACHE_TYPES as readonly string[]).includes(x);
}

/** Diary score from which the red flags are asked again (0-10 scale). */
export const HIGH_DIARY_SCORE = 7;
