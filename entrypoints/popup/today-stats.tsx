/**
 * Today at a glance in one compact row. Camera figures (time monitored, head forward, posture
 * nudges) only when the camera is in use: in reminders-only mode they would always read zero.
 */
import { i18n } from '#i18n';
import { CameraStats, Stat } from '../../components/stat';
import type { AppStatus } from '../../lib/messages';

export function TodayStats({ today, camera }: { today: AppStatus['today']; camera: boolean }) {
  const share = today.monitoredMin > 0 ? today.forwardHeadMin / today.monitoredMin : null;
  return (
    <section class="today" aria-labelledby="today-h" data-testid="today">
      <h2 id="today-h" class="small">
        {i18n.t('popupToday')}
      </h2>
      <div class={`today-grid${camera ? '' : ' single'}`}>
        {camera && (
          <CameraStats
            monitoredMin={today.monitoredMin}
            forwardShare={share}
            nudges={today.nudges}
          />
        )}
        <Stat
          label={i18n.t('statBreaksTaken')}
          value={String(today.breaksTaken)}
          testId="stat-breaks"
        />
      </div>
    </section>
  );
}
