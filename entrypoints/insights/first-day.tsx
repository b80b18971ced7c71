/** Insights before anything was recorded: one friendly note instead of rows of zeros. */
import { i18n } from '#i18n';

export function FirstDay() {
  return (
    <section class="card notice" aria-labelledby="first-day-h" data-testid="insights-first-day">
      <h2 id="first-day-h">{i18n.t('insightsFirstDayHeading')}</h2>
      <p>{i18n.t('insightsFirstDayText')}</p>
    </section>
  );
}
