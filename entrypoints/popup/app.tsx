/**
 * The toolbar popup: posture now, the next break, today at a glance, and the few actions people
 * reach for (pause, resume, break now, recalibrate). Status is polled every 2 s.
 */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CameraProblem, cameraFix, type CameraFix } from '../../components/camera-problem';
import { formatClock, formatUntil } from '../../components/format';
import { Logo } from '../../components/logo';
import { MonitorTabOffer } from '../../components/monitor-tab-offer';
import { PostureIndicator } from '../../components/posture-indicator';
import { StorageFull } from '../../components/storage-full';
import { usePoll } from '../../components/use-poll';
import { dayKey } from '../../lib/history/day';
import type { AppStatus, PauseChoice } from '../../lib/messages';
import { monitorTabNeeded, openMonitorTab } from '../../lib/camera-host/lifecycle';
import { sendToBackground } from '../../lib/platform/messaging';
import { ForwardHelp } from './forward-help';
import { TodayStats } from './today-stats';

export const POLL_MS = 2000;

/** Opens an extension page in a tab and closes the popup. */
async function openPage(path: string) {
  await browser.tabs.create({ url: browser.runtime.getURL(path as '/') });
  window.close();
}

export function App() {
  const poll = usePoll(() => sendToBackground('status:get', {}), POLL_MS);
  const [busy, setBusy] = useState(false);
  const s = poll.value;

  async function act(run: () => Promise<unknown>) {
    setBusy(true);
    try {
      await run();
    } finally {
      await poll.refresh();
      setBusy(false);
    }
  }
  const pause = (choice: PauseChoice) => act(() => sendToBackground('monitor:pause', { choice }));
  const fix = (f: CameraFix) => {
    if (f === 'allow') return openPage('/onboarding.html#camera');
    if (f === 'retry') return act(() => sendToBackground('monitor:resume', {}));
    return act(() => sendToBackground('settings:set', { patch: { cameraEnabled: false } }));
  };

  return (
    <main class="popup stack" aria-busy={busy || !s}>
      <header class="row popup-header">
        <span class="row">
          <Logo size={24} />
          <strong>{i18n.t('extName')}</strong>
        </span>
        <span class="muted small">{i18n.t('popupLocalOnly')}</span>
      </header>
      {poll.error && !s && (
        <div class="notice bad" role="alert">
          {i18n.t('popupNoBackground')}{' '}
          <button class="link" onClick={() => void poll.refresh()}>
            {i18n.t('actionRetry')}
          </button>
        </div>
      )}
      {!s && !poll.error && <p class="muted">{i18n.t('loading')}</p>}
      {s && <StatusView s={s} busy={busy} onPause={pause} onFix={fix} act={act} />}
      <nav class="row popup-nav" aria-label={i18n.t('popupMoreNav')}>
        <button class="link" onClick={() => void openPage('/insights.html')}>
          {i18n.t('popupOpenInsights')}
        </button>
        <button class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {i18n.t('popupOpenOptions')}
        </button>
        <button class="link" onClick={() => void openPage('/safety.html')}>
          {i18n.t('popupOpenSafety')}
        </button>
        {s && s.monitoring !== 'reminders-only' && (
          <button class="link" onClick={() => void openPageCalibrate()}>
            {i18n.t('actionRecalibrate')}
          </button>
        )}
      </nav>
    </main>
  );
}

function StatusView(props: {
  s: AppStatus;
  busy: boolean;
  onPause: (c: PauseChoice) => void;
  onFix: (f: CameraFix) => void;
  act: (run: () => Promise<unknown>) => Promise<void>;
}) {
  const { s, busy } = props;
  const now = Date.now();
  const paused = s.monitoring === 'paused';
  const cameraRuns = s.monitoring === 'on' && !cameraFix(s.camera);
  // Just calibrated: the engine has a baseline but has not judged a sample with it yet.
  const checking =
    s.hasBaseline && s.posture.kind === 'needs-calibration' && s.posture.reason === 'no-baseline';
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
        {cameraRuns && s.camera === 'off' && (
          <MonitorTabOffer
            needed={monitorTabNeeded}
            onStart={() => void openMonitorTab().then(() => window.close())}
          />
        )}
        {cameraRuns && (
          <PostureIndicator posture={s.posture} live={s.camera === 'on'} checking={checking} />
        )}
        {cameraRuns && s.posture.kind === 'forward-head' && (
          <ForwardHelp since={s.forwardSince ?? null} level={s.drift ?? null} now={now} />
        )}
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
          <button class="primary" onClick={() => void openPageCalibrate()}>
            {i18n.t('popupCalibrateNow')}
          </button>
        )}
        <p class="muted small" data-testid="next-break">
          {s.activeBreak
            ? i18n.t('popupBreakActive')
            : s.nextBreakAt && !paused
              ? i18n.t('popupNextBreak', [formatUntil(s.nextBreakAt, now)])
              : i18n.t('popupNoBreakScheduled')}
          {s.held && ` · ${i18n.t('popupHeld')}`}
        </p>
        {s.activeBreak && (
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

      <TodayStats today={s.today} camera={s.monitoring !== 'reminders-only'} />

      <section class="stack popup-actions" aria-label={i18n.t('popupActions')}>
        {paused ? (
          <button
            class="primary"
            disabled={busy}
            onClick={() => void props.act(() => sendToBackground('monitor:resume', {}))}
          >
            {i18n.t('actionResume')}
          </button>
        ) : (
          <div role="group" aria-labelledby="pause-l" class="row pause-group">
            <span id="pause-l" class="small muted">
              {i18n.t('popupPauseFor')}
            </span>
            <span class="row pause-buttons">
              <button disabled={busy} onClick={() => props.onPause('30m')}>
                {i18n.t('pause30m')}
              </button>
              <button disabled={busy} onClick={() => props.onPause('1h')}>
                {i18n.t('pause1h')}
              </button>
              <button disabled={busy} onClick={() => props.onPause('today')}>
                {i18n.t('pauseToday')}
              </button>
            </span>
          </div>
        )}
        <div class="break-buttons">
          <button
            class={paused ? '' : 'primary'}
            disabled={busy || !!s.activeBreak}
            onClick={() =>
              void props.act(() => sendToBackground('break:start', { kind: 'movement' }))
            }
          >
            {i18n.t('popupBreakNow')}
          </button>
          <button
            disabled={busy || !!s.activeBreak}
            onClick={() => void props.act(() => sendToBackground('break:start', { kind: 'micro' }))}
          >
            {i18n.t('popupMicroBreakNow')}
          </button>
          <button
            data-testid="popup-neck-training"
            disabled={busy || !!s.activeBreak}
            onClick={() =>
              void props.act(() => sendToBackground('break:start', { kind: 'neck-training' }))
            }
          >
            {i18n.t('popupNeckTraining')}
          </button>
          <button data-testid="popup-headache" onClick={() => void openPage('/headache.html')}>
            {i18n.t('popupHeadache')}
          </button>
        </div>
      </section>
    </>
  );
}

const openPageCalibrate = () => openPage('/onboarding.html#calibrate');
