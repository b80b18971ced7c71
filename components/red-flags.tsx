/**
 * The safety texts in one place: the red flags (see a clinician instead of exercising), the stop
 * signs with their urgent rule, the pain rule and "not medical advice". Shown by onboarding, the
 * safety page, before the first exercise break, at every "headache now" and after a high diary
 * score.
 */
import { td } from './i18n-dynamic';
import { i18n } from '#i18n';
import { RED_FLAGS, STOP_SIGN_KEYS } from '../lib/exercises/red-flags';

/** The red-flag list with its introduction. */
export function RedFlagList() {
  return (
    <>
      <p>{i18n.t('safetyIntro')}</p>
      <ul data-testid="red-flags">
        {RED_FLAGS.map((f) => (
          <li key={f.id}>{td(f.key)}</li>
        ))}
      </ul>
    </>
  );
}

/** Stop signs during an exercise, urgent when they do not settle within minutes. */
export function StopSigns() {
  return (
    <div class="notice stack" data-testid="stop-signs">
      <p>
        <strong>{i18n.t('stopSignsIntro')}</strong>
      </p>
      <ul>
        {STOP_SIGN_KEYS.map((k) => (
          <li key={k}>{td(k)}</li>
        ))}
      </ul>
    </div>
  );
}

export function RedFlags() {
  return (
    <>
      <RedFlagList />
      <p class="notice">{i18n.t('safetyStopExercise')}</p>
      <p>
        <strong>{i18n.t('safetyNotMedical')}</strong>
      </p>
    </>
  );
}
