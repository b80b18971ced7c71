/**
 * The last onboarding step: what happens now. In Firefox, where the camera runs in a pinned tab,
 * it also offers to start that tab, so monitoring does not wait for a visit to the popup.
 */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { MonitorTabOffer } from '../../components/monitor-tab-offer';
import { monitorTabNeeded, openMonitorTab } from '../../lib/camera-host/lifecycle';
import { DoneHelp } from './done-help';

export function DoneStep(props: { recalibrated: boolean; remindersOnly: boolean }) {
  const { recalibrated, remindersOnly } = props;
  return (
    <section class="card stack" aria-labelledby="done-h" data-testid="onboarding-done">
      <h2 id="done-h" tabIndex={-1}>
        {recalibrated && !remindersOnly ? i18n.t('doneRecalibratedHeading') : i18n.t('doneHeading')}
      </h2>
      <p>{remindersOnly ? i18n.t('doneRemindersOnly') : i18n.t('doneCamera')}</p>
      {!remindersOnly && (
        <MonitorTabOffer needed={monitorTabNeeded} onStart={() => void openMonitorTab()} />
      )}
      {!remindersOnly && (
        <p>
          <a href="/desk-check.html" data-testid="desk-offer">
            {i18n.t('deskOffer')}
          </a>
        </p>
      )}
      <DoneHelp />
      <div class="row">
        <button class="primary" onClick={() => window.close()}>
          {i18n.t('doneClose')}
        </button>
        <button onClick={() => void browser.runtime.openOptionsPage()}>
          {i18n.t('popupOpenOptions')}
        </button>
      </div>
    </section>
  );
}
