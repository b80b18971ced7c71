/**
 * The red flags: signs that call for a clinician instead of exercises or self-help. Pure data.
 * Checked against NICE CG150 (headaches in over 12s, "features that may indicate a secondary
 * headache") and the SNNOOP10 list (Do et al., Neurology 2019). Each flag names its i18n key and
 * which list(s) it comes from. Shown by onboarding, the safety page, before the first exercises,
 * at every "headache now" and after a high diary score.
 */

import { kebabKey } from '../i18n-key';

/** The flags in the order a person reads them. */
export const RED_FLAG_IDS = [
  'thunderclap',
  'neuro',
  'confusion',
  'seizure',
  'fever-stiff-neck',
  'fever',
  'injury',
  'exertion',
  'positional',
  'worsening',
  'changed',
  'vomiting',
  'giant-cell',
  'red-eye',
  'over-50',
  'pregnancy-childbirth',
  'conditions',
  'painkillers',
] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

export interface RedFlag {
  id: RedFlagId;
  /** i18n key of the wording (locales/*.yml). */
  key: string;
  basis: readonly ('NICE CG150' | 'SNNOOP10' | 'product brief')[];
}

/** The flags that are not on both lists, and the list(s) they come from. */
const BASIS: Partial<Record<RedFlagId, RedFlag['basis']>> = {
  changed: ['SNNOOP10', 'product brief'],
  vomiting: ['NICE CG150'],
  painkillers: ['SNNOOP10'],
};

/** Wording keys other than `redFlag` and the id in PascalCase (`red-eye` -> `redFlagRedEye`). */
const KEY: Partial<Record<RedFlagId, string>> = {
  'fever-stiff-neck': 'redFlagFever',
  fever: 'redFlagFeverAlone',
  'pregnancy-childbirth': 'redFlagChildbirth',
};

export const RED_FLAGS: readonly RedFlag[] = RED_FLAG_IDS.map((id) => ({
  id,
  key: KEY[id] ?? kebabKey('redFlag', id),
  basis: BASIS[id] ?? ['NICE CG150', 'SNNOOP10'],
}));

/** The stop signs during an exercise (product brief, "Safety"): urgent if they do not settle. */
export const STOP_SIGN_KEYS = [
  'stopSignDizzy',
  'stopSignDoubleVision',
  'stopSignSpeech',
  'stopSignNumb',
  'stopSignNausea',
] as const;
