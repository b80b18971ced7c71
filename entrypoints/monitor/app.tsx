/**
 * The Firefox monitor tab: hosts the camera and the pose model (Firefox has no offscreen
 * documents). A calm page that says what it is for and how to stop; posture feedback stays in the
 * popup and the nudges.
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { CameraProblem, type CameraFix } from '../../components/camera-problem';
import { Brand } from '../../components/logo';
import { PostureIndicator } from '../../components/posture-indicator';
import { usePoll } from '../../components/use-poll';
import { consentItem } from '../../lib/camera-host/lifecycle';
import { sendToBackground } from '../../lib/platform/messaging';

const POLL_MS = 5000;

export function App() {
  const poll = usePoll(() => sendToBackground('status:get', {}), POLL_MS);
  const [consent, setConsent] = useState<boolean | null>(null);
  useEffect(() => {
    void consentItem.getValue().then(setConsent);
  }, []);
  const s = poll.value;
  const running = s?.monitoring === 'on' && (s.camera === 'on' || s.camera === 'starting');

  const fix = (f: CameraFix) => {
    // This tab is visible: reloading it asks for the camera again here.
    if (f === 'allow') return location.reload();
    if (f === 'retry') return void sendToBackground('camera:retry', {}).then(poll.refresh);
    return void sendToBackground('settings:set', { patch: { cameraEnabled: false } });
  };
  const toggle = (on: boolean) => void consentItem.setValue(on).then(() => setConsent(on));

  return (
    <div class="page stack" style={{ maxWidth: '40rem' }}>
      <Brand title={i18n.t('monitorTitle')} />
      <main class="card stack">
        <h1>{i18n.t('monitorHeading')}</h1>
        <p>{i18n.t('monitorIntro')}</p>
        <p data-testid="monitor-state">
          {running ? i18n.t('monitorRunning') : i18n.t('monitorWaiting')}
        </p>
        {s?.monitoring === 'on' && (
          <CameraProblem status={s.camera} detail={s.cameraDetail} onFix={fix} />
        )}
        {running && <PostureIndicator posture={s.posture} live={s.camera === 'on'} />}
        <p class="muted small">{i18n.t('monitorPrivacy')}</p>
      </main>
      {consent !== null && (
        <label class="row">
          <input
            type="checkbox"
            checked={consent}
            onChange={(e) => toggle((e.target as HTMLInputElement).checked)}
          />
          {i18n.t('monitorAutoOpen')}
        </label>
      )}
    </div>
  );
}
