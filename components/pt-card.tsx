/**
 * "When to see a physical therapist": when self-help is not enough, and what only a clinician
 * does (outside what Chin Up offers).
 */
import { i18n } from '#i18n';
import { td } from './i18n-dynamic';

export const PT_WHEN_KEYS = ['ptWhenWeeks', 'ptWhenBack', 'ptWhenArm', 'ptWhenLimits'] as const;
export const PT_ONLY_KEYS = [
  'ptOnlyManual',
  'ptOnlyTrigger',
  'ptOnlyNeedling',
  'ptOnlyCupping',
  'ptOnlyVestibular',
  'ptOnlyMedicines',
] as const;

export function PtCard() {
  return (
    <section class="card stack" aria-labelledby="pt-h" data-testid="pt-card">
      <h2 id="pt-h">{i18n.t('ptHeading')}</h2>
      <p>{i18n.t('ptWhenIntro')}</p>
      <ul>
        {PT_WHEN_KEYS.map((k) => (
          <li key={k}>{td(k)}</li>
        ))}
      </ul>
      <p>{i18n.t('ptOnlyIntro')}</p>
      <ul>
        {PT_ONLY_KEYS.map((k) => (
          <li key={k}>{td(k)}</li>
        ))}
      </ul>
      <p class="muted small">{i18n.t('ptOutside')}</p>
    </section>
  );
}
