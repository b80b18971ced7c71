/**
 * Shown after "this hurts / I feel dizzy": stop-signs advice and the removal notice with its undo.
 * It never closes by itself: the person reads it and closes it.
 */
import { i18n } from '#i18n';

export function ExerciseStopAdvice({
  name,
  stopSigns,
  removed,
  onUndo,
  onClose,
}: {
  name: string;
  /** General stop signs followed by the exercise's own. */
  stopSigns: readonly string[];
  removed: boolean;
  onUndo: () => void;
  onClose: () => void;
}) {
  return (
    <section class="card stack" role="alert" data-testid="exercise-stopped">
      <h1>{i18n.t('breakStoppedTitle')}</h1>
      <p>{i18n.t('breakStoppedIntro')}</p>
      <ul>
        {stopSigns.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <p>
        <strong>{i18n.t('safetyNotMedical')}</strong>
      </p>
      <p class="notice" role="status" data-testid="removal-notice">
        {removed ? i18n.t('breakStoppedRemoved', [name]) : i18n.t('breakStoppedKept', [name])}
      </p>
      <div class="row">
        <button class="primary" onClick={onClose}>
          {i18n.t('breakClose')}
        </button>
        {removed && (
          <button onClick={onUndo} data-testid="undo-remove">
            {i18n.t('breakUndoRemove')}
          </button>
        )}
      </div>
    </section>
  );
}
