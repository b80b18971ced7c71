/**
 * One exercise: figure, name, the live part (instruction, timer, controls: `children`) beside the
 * figure, and the long text (purpose, dose, all steps, who should skip it, when to stop, sources)
 * in a fold below, so the live part fits a small break window.
 */
import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
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
  children,
}: {
  id: ExerciseId;
  text: ExerciseText;
  dose: Dose;
  sources: readonly string[];
  still?: boolean;
  /** Fold the long text and leave out skip advice and sources (while the exercise runs). */
  compact?: boolean;
  /** The live part shown under the name: instruction, progress, controls. */
  children?: ComponentChildren;
}) {
  return (
    <article class="exercise-card" data-testid="exercise-card" data-exercise={id}>
      <div class="exercise-figure" data-testid="exercise-figure">
        <ExerciseIllustration id={id} label={text.name} still={still} />
      </div>
      <div class="exercise-now stack">
        <h1 class="exercise-name">{text.name}</h1>
        {children}
      </div>
      <details class="exercise-more" open={!compact} data-testid="exercise-more">
        <summary>{i18n.t('breakHowTo')}</summary>
        <div class="stack">
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
      </details>
    </article>
  );
}
