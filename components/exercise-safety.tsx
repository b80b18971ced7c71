/**
 * The one-time red-flags screen shown before exercises are offered, and the "see a clinician"
 * answer when one applies. Props in, callbacks out.
 */
import { i18n } from '#i18n';
import { ButtonRow } from './button-row';
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
      <ButtonRow
        buttons={[
          {
            label: i18n.t('breakSafetyNoneApply'),
            onClick: onNoneApply,
            primary: true,
            testId: 'safety-none',
          },
          { label: i18n.t('breakSafetyOneApplies'), onClick: onOneApplies, testId: 'safety-one' },
        ]}
      />
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
