/**
 * The toolbar popup: posture now, the next break, today at a glance, and the few actions people
 * reach for (pause, resume, break now, recalibrate, live view). Status is polled every 2 s.
 */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CameraFix } from '../../components/camera-problem';
import { Logo } from '../../components/logo';
import { usePoll } from '../../components/use-poll';
import type { PauseChoice } from '../../lib/messages';
import { sendToBackground } from '../../lib/platform/messaging';
import { StatusView } from './status-view';

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
    if (f === 'retry') return act(() => sendToBackground('camera:retry', {}));
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
      {s && (
        <StatusView s={s} busy={busy} onPause={pause} onFix={fix} act={act} openPage={openPage} />
      )}
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

const openPageCalibrate = () => openPage('/onboarding.html#calibrate');
