/** Red flags that need a clinician rather than exercises, and "not medical advice". */
import { i18n } from '#i18n';
import { RedFlags } from '../../components/red-flags';

export function SafetyStep({ onDone }: { onDone: () => void }) {
  return (
    <section class="card stack" aria-labelledby="safety-h">
      <h2 id="safety-h" tabIndex={-1}>
        {i18n.t('safetyHeading')}
      </h2>
      <RedFlags />
      <div>
        <button class="primary" onClick={onDone} data-testid="safety-ok">
          {i18n.t('safetyUnderstood')}
        </button>
      </div>
    </section>
  );
}
