/**
 * The safety page, reachable at any time from the popup and the options page: the red flags, the
 * stop signs, the pain rule, a lighter routine for a bad day and when to see a physical therapist.
 */
import { i18n } from '#i18n';
import { Brand } from '../../components/logo';
import { PtCard } from '../../components/pt-card';
import { RedFlagList, StopSigns } from '../../components/red-flags';

export function App() {
  return (
    <main class="page stack">
      <Brand title={i18n.t('safetyPageTitle')} />
      <h1>{i18n.t('safetyPageTitle')}</h1>
      <section class="card stack" aria-labelledby="flags-h">
        <h2 id="flags-h">{i18n.t('safetyHeading')}</h2>
        <RedFlagList />
        <p>{i18n.t('breakSeekCareText')}</p>
      </section>
      <section class="card stack" aria-labelledby="stop-h">
        <h2 id="stop-h">{i18n.t('safetyDuringHeading')}</h2>
        <StopSigns />
        <p data-testid="pain-rule">{i18n.t('painRule')}</p>
      </section>
      <section class="card stack" aria-labelledby="bad-day-h">
        <h2 id="bad-day-h">{i18n.t('badDayHeading')}</h2>
        <p>{i18n.t('badDayText')}</p>
        <div>
          <a class="button" href="/break.html?kind=bad-day" data-testid="bad-day-start">
            {i18n.t('badDayStart')}
          </a>
        </div>
      </section>
      <PtCard />
      <p>
        <strong>{i18n.t('safetyNotMedical')}</strong>
      </p>
    </main>
  );
}
