/** One exercise: figure, name, purpose, dose, steps, who should skip it and when to stop. */
import { i18n } from '#i18n';
import type { Dose, ExerciseId, ExerciseText } from '../lib/exercises/types';
import { ExerciseIllustration } from './illustrations/exercise-illustration';

/** "5 × 5 s hold", "8 repetitions per side", "120 s". */
export function doseLabel(d: Dose): string {
  const side = d.sides === 2 ? ` ${i18n.t('exerciseDosePerSide')}` : '';
  if (d.holdSec > 0 && d.reps > 1)
    return i18n.t('exerciseDoseHold', [String(d.reps), String(d.holdSec)]) + side;
  if (d.reps > 1) return i18n.t('exerciseDoseReps', [String(d.reps)]) + side;
  return i18n.t('exerciseDoseTimed', [String(d.durationSec)]);
}

export function ExerciseCard({
  id,
  text,
  dose,
  sources,
  still,
  compact,
}: {
  id: ExerciseId;
  text: ExerciseText;
  dose: Dose;
  sources: readonly string[];
  still?: boolean;
  /** Hide skip advice and sources (while the exercise runs). */
  compact?: boolean;
}) {
  return (
    <article class="exercise-card" data-testid="exercise-card" data-exercise={id}>
      <div class="exercise-figure">
        <ExerciseIllustration id={id} label={text.name} still={still} />
      </div>
      <div class="stack">
        <h2>{text.name}</h2>
        <p class="muted">{text.purpose}</p>
        <p>
          <strong>{doseLabel(dose)}</strong>
        </p>
        <ol class="exercise-steps">
          {text.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
        {!compact && text.skipIf.length > 0 && (
          <div class="small">
            <p>{i18n.t('exerciseSkipIf')}</p>
            <ul>
              {text.skipIf.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </div>
        )}
        <p class="small muted">
          {i18n.t('exerciseStopIf')} {text.stopSigns.join('; ')}
        </p>
        {!compact && (
          <p class="small muted">
            {i18n.t('exerciseSources')} {sources.join(', ')}
          </p>
        )}
      </div>
    </article>
  );
}
