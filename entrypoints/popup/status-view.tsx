/**
 * The popup's body: posture now (with what "head forward" means and, on demand, the live view),
 * the next break, today at a glance and the actions. The live view replaces the figures and the
 * actions while it is open, so the popup stays within Chrome's 600 px.
 */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { CameraProblem, cameraFix, type CameraFix } from '../../components/camera-problem';
import { formatClock, formatUntil } from '../../components/format';
import { MonitorTabOffer } from '../../components/monitor-tab-offer';
import { PostureIndicator } from '../../components/posture-indicator';
import { StorageFull } from '../../components/storage-full';
import { dayKey } from '../../lib/history/day';
import type { AppStatus, PauseChoice } from '../../lib/messages';
import { monitorTabNeeded, openMonitorTab } from '../../lib/camera-host/lifecycle';
import { ForwardHelp } from './forward-help';
import { LiveView } from './live-view';
import { PopupActions } from './popup-actions';
import { TodayStats } from './today-stats';

export function StatusView(props: {
  s: AppStatus;
  busy: boolean;
  onPause: (c: PauseChoice) => void;
  onFix: (f: CameraFix) => void;
  act: (run: () => Promise<unknown>) => Promise<void>;
  openPage: (path: string) => Promise<void>;
}) {
  const { s, openPage } = props;
  const [liveOpen, setLiveOpen] = useState(false);
  const now = Date.now();
  const paused = s.monitoring === 'paused';
  const cameraRuns = s.monitoring === 'on' && !cameraFix(s.camera);
  // Just calibrated: the engine has a baseline but has not judged a sample with it yet.
  const checking =
    s.hasBaseline && s.posture.kind === 'needs-calibration' && s.posture.reason === 'no-baseline';
  // Not during a break: its page may be using the camera for the coach.
  const canLive = cameraRuns && s.hasBaseline && !s.activeBreak;
  const live = liveOpen && canLive;
  return (
    <>
      <StorageFull
        unsaved={s.unsavedHistory}
        onManage={() => void openPage('/options.html#data')}
      />
      <section class="card stack" aria-labelledby="now-h">
        <h2 id="now-h" class="visually-hidden">
          {i18n.t('popupNowHeading')}
        </h2>
        {s.monitoring === 'reminders-only' && (
          <p data-testid="reminders-only">{i18n.t('popupRemindersOnly')}</p>
        )}
        {s.monitoring === 'off' && <p>{i18n.t('popupOff')}</p>}
        {paused && (
          <p data-testid="paused">
            {!s.pausedUntil
              ? i18n.t('popupPaused')
              : dayKey(s.pausedUntil) !== dayKey(now)
                ? i18n.t('popupPausedToday')
                : i18n.t('popupPausedUntil', [formatClock(s.pausedUntil)])}
          </p>
        )}
        {s.monitoring !== 'reminders-only' && (
          <CameraProblem status={s.camera} detail={s.cameraDetail} onFix={props.onFix} />
        )}
        {cameraRuns && s.camera === 'off' && !live && (
          <MonitorTabOffer
            needed={monitorTabNeeded}
            onStart={() => void openMonitorTab().then(() => window.close())}
          />
        )}
        {cameraRuns && (
          <div class="posture-row">
            <PostureIndicator posture={s.posture} live={s.camera === 'on'} checking={checking} />
            {canLive && (
              <button
                class="link small"
                data-testid="live-toggle"
                aria-expanded={live}
                aria-controls="live-view"
                onClick={() => setLiveOpen(!live)}
              >
                {i18n.t(live ? 'popupLiveClose' : 'popupLiveOpen')}
              </button>
            )}
          </div>
        )}
        {cameraRuns && s.posture.kind === 'forward-head' && (
          <ForwardHelp since={s.forwardSince ?? null} level={s.drift ?? null} now={now} />
        )}
        {live && <LiveView />}
        {cameraRuns &&
          s.posture.kind === 'needs-calibration' &&
          s.posture.reason === 'geometry-changed' && (
            <button
              class="link"
              data-testid="popup-desk-check"
              onClick={() => void openPage('/desk-check.html')}
            >
              {i18n.t('deskOffer')}
            </button>
          )}
        {cameraRuns && !s.hasBaseline && (
          <button class="primary" onClick={() => void openPage('/onboarding.html#calibrate')}>
            {i18n.t('popupCalibrateNow')}
          </button>
        )}
        {!live && <NextBreak s={s} now={now} />}
        {s.activeBreak && !live && (
          <button
            class="primary"
            onClick={() =>
              void openPage(
                `/break.html?id=${encodeURIComponent(s.activeBreak!.id)}&kind=${s.activeBreak!.kind}`,
              )
            }
          >
            {i18n.t('popupOpenBreak')}
          </button>
        )}
      </section>
      {!live && <TodayStats today={s.today} camera={s.monitoring !== 'reminders-only'} />}
      {!live && <PopupActions {...props} />}
    </>
  );
}

function NextBreak({ s, now }: { s: AppStatus; now: number }) {
  return (
    <p class="muted small" data-testid="next-break">
      {s.activeBreak
        ? i18n.t('popupBreakActive')
        : s.nextBreakAt && s.monitoring !== 'paused'
          ? i18n.t(s.nextBreakKind === 'neck-training' ? 'popupNextNeck' : 'popupNextBreak', [
              formatUntil(s.nextBreakAt, now),
            ])
          : i18n.t('popupNoBreakScheduled')}
      {s.held && ` · ${i18n.t('popupHeld')}`}
    </p>
  );
}
