/**
 * The one-time red-flags screen shown before exercises are offered, and the "see a clinician"
 * answer when one applies. Props in, callbacks out.
 */
import { i18n } from '#i18n';
import { RedFlags } from './red-flags';

export function ExerciseSafety({
  onNoneApply,
  onOneApplies,
}: {
  onNoneApply: () => void;
  onOneApplies: () => void;
}) {
  return (
    <section class="card stack" aria-labelledby="ex-safety-h" data-testid="exercise-safety">
      <h1 id="ex-safety-h">{i18n.t('breakSafetyTitle')}</h1>
      <RedFlags />
      <div class="row">
        <button class="primary" onClick={onNoneApply} data-testid="safety-none">
          {i18n.t('breakSafetyNoneApply')}
        </button>
        <button onClick={onOneApplies} data-testid="safety-one">
          {i18n.t('breakSafetyOneApplies')}
        </button>
      </div>
    </section>
  );
}

export function ExerciseSeekCare({ onClose }: { onClose: () => void }) {
  return (
    <section class="card stack" role="alert" data-testid="exercise-seek-care">
      <h1>{i18n.t('breakSeekCareTitle')}</h1>
      <p>{i18n.t('breakSeekCareText')}</p>
      <div>
        <button class="primary" onClick={onClose}>
          {i18n.t('breakClose')}
        </button>
      </div>
    </section>
  );
}
