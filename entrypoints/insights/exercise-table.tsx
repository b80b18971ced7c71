/** Which exercises were done in the range: sets, repetitions, time and the best hold. */
import { i18n } from '#i18n';
import { formatMinutes, uiLocale } from '../../components/format';
import { isExerciseId } from '../../lib/exercises/catalog';
import { contentLanguage, exerciseText } from '../../lib/exercises/content/select';
import { exerciseTotals } from '../../lib/history/summary';
import type { DayRecord } from '../../lib/history/types';
import { isRealExercise } from './series';

export function ExerciseTable({ days }: { days: DayRecord[] }) {
  const totals = exerciseTotals(days, isRealExercise);
  if (totals.length === 0) return null;
  const lang = contentLanguage(uiLocale() ?? navigator.language);
  return (
    <section class="card" aria-labelledby="ex-h" data-testid="exercise-table">
      <h2 id="ex-h">{i18n.t('insightsExercisesHeading')}</h2>
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{i18n.t('insightsExerciseName')}</th>
            <th scope="col">{i18n.t('insightsExerciseSessions')}</th>
            <th scope="col">{i18n.t('chartReps')}</th>
            <th scope="col">{i18n.t('insightsExerciseTime')}</th>
            <th scope="col">{i18n.t('chartHoldSec')}</th>
          </tr>
        </thead>
        <tbody>
          {totals.map((t) => (
            <tr key={t.id}>
              <th scope="row">{isExerciseId(t.id) ? exerciseText(t.id, lang).name : t.id}</th>
              <td>{t.sets}</td>
              <td>{t.reps}</td>
              <td>{formatMinutes(t.durationSec / 60)}</td>
              <td>{t.bestHoldSec > 0 ? t.bestHoldSec : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
