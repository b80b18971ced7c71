/** Red flags that need a clinician rather than exercises, and "not medical advice". */
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

export function SafetyStep({ onDone }: { onDone: () => void }) {
  return (
    <section class="card stack" aria-labelledby="safety-h">
      <h2 id="safety-h" tabIndex={-1}>
        {i18n.t('safetyHeading')}
      </h2>
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
      <div>
        <button class="primary" onClick={onDone} data-testid="safety-ok">
          {i18n.t('safetyUnderstood')}
        </button>
      </div>
    </section>
  );
}
