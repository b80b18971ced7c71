/**
 * The red flags: signs that call for a clinician instead of exercises or self-help. Pure data.
 * Checked against NICE CG150 (headaches in over 12s, "features that may indicate a secondary
 * headache") and the SNNOOP10 list (Do et al., Neurology 2019). Each flag names its i18n key and
 * which list(s) it comes from. Shown by onboarding, the safety page, before the first exercises,
 * at every "headache now" and after a high diary score.
 */

export interface RedFlag {
  id: string;
  /** i18n key of the wording (locales/*.yml). */
  key: string;
  basis: readonly ('NICE CG150' | 'SNNOOP10' | 'product brief')[];
}

const flag = (id: string, key: string, ...basis: RedFlag['basis'][number][]): RedFlag => ({
  id,
  key,
  basis,
});

export const RED_FLAGS: readonly RedFlag[] = [
  flag('thunderclap', 'redFlagThunderclap', 'NICE CG150', 'SNNOOP10'),
  flag('neuro', 'redFlagNeuro', 'NICE CG150', 'SNNOOP10'),
  flag('confusion', 'redFlagConfusion', 'NICE CG150', 'SNNOOP10'),
  flag('seizure', 'redFlagSeizure', 'NICE CG150', 'SNNOOP10'),
  flag('fever-stiff-neck', 'redFlagFever', 'NICE CG150', 'SNNOOP10'),
  flag('fever', 'redFlagFeverAlone', 'NICE CG150', 'SNNOOP10'),
  flag('injury', 'redFlagInjury', 'NICE CG150', 'SNNOOP10'),
  flag('exertion', 'redFlagExertion', 'NICE CG150', 'SNNOOP10'),
  flag('positional', 'redFlagPositional', 'NICE CG150', 'SNNOOP10'),
  flag('worsening', 'redFlagWorsening', 'NICE CG150', 'SNNOOP10'),
  flag('changed', 'redFlagChanged', 'SNNOOP10', 'product brief'),
  flag('vomiting', 'redFlagVomiting', 'NICE CG150'),
  flag('giant-cell', 'redFlagGiantCell', 'NICE CG150', 'SNNOOP10'),
  flag('red-eye', 'redFlagRedEye', 'NICE CG150', 'SNNOOP10'),
  flag('over-50', 'redFlagOver50', 'NICE CG150', 'SNNOOP10'),
  flag('pregnancy-childbirth', 'redFlagChildbirth', 'NICE CG150', 'SNNOOP10'),
  flag('conditions', 'redFlagConditions', 'NICE CG150', 'SNNOOP10'),
  flag('painkillers', 'redFlagPainkillers', 'SNNOOP10'),
];

/** The stop signs during an exercise (product brief, "Safety"): urgent if they do not settle. */
export const STOP_SIGN_KEYS = [
  'stopSignDizzy',
  'stopSignDoubleVision',
  'stopSignSpeech',
  'stopSignNumb',
  'stopSignNausea',
] as const;
