/**
 * The red flags of the product brief (see a clinician instead of exercising), the stop rule and
 * "not medical advice": one list, shown by onboarding and before the first exercise break.
 */
import { i18n } from '#i18n';

export const RED_FLAG_KEYS = [
  'redFlagThunderclap',
  'redFlagNeuro',
  'redFlagFever',
  'redFlagInjury',
  'redFlagExertion',
  'redFlagChanged',
  'redFlagOver50',
  'redFlagConditions',
] as const;

export function RedFlags() {
  return (
    <>
      <p>{i18n.t('safetyIntro')}</p>
      <ul>
        {RED_FLAG_KEYS.map((k) => (
          <li key={k}>{i18n.t(k)}</li>
        ))}
      </ul>
      <p class="notice">{i18n.t('safetyStopExercise')}</p>
      <p>
        <strong>{i18n.t('safetyNotMedical')}</strong>
      </p>
    </>
  );
}
