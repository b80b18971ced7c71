/** What Chin Up does and never does, and the choice between camera and reminders only. */
import { i18n } from '#i18n';

export function WelcomeStep({
  cameraAllowed,
  onCamera,
  onNoCamera,
}: {
  cameraAllowed: boolean;
  onCamera: () => void;
  onNoCamera: () => void;
}) {
  return (
    <section class="stack" aria-labelledby="welcome-h">
      <h1 id="welcome-h" tabIndex={-1}>
        {i18n.t('welcomeHeading')}
      </h1>
      <p class="lead">{i18n.t('welcomeIntro')}</p>
      <div class="two-col">
        <div class="card">
          <h2>{i18n.t('welcomeDoesHeading')}</h2>
          <ul>
            <li>{i18n.t('welcomeDoes1')}</li>
            <li>{i18n.t('welcomeDoes2')}</li>
            <li>{i18n.t('welcomeDoes3')}</li>
          </ul>
        </div>
        <div class="card">
          <h2>{i18n.t('welcomeNeverHeading')}</h2>
          <ul>
            <li>{i18n.t('welcomeNever1')}</li>
            <li>{i18n.t('welcomeNever2')}</li>
            <li>{i18n.t('welcomeNever3')}</li>
          </ul>
        </div>
      </div>
      <p class="muted">{i18n.t('welcomeHonest')}</p>
      {!cameraAllowed && <p class="notice">{i18n.t('welcomeCameraOffByOrg')}</p>}
      <div class="row">
        {cameraAllowed && (
          <button class="primary" onClick={onCamera} data-testid="use-camera">
            {i18n.t('welcomeUseCamera')}
          </button>
        )}
        <button onClick={onNoCamera} data-testid="no-camera">
          {i18n.t('welcomeNoCamera')}
        </button>
      </div>
      <p class="muted small">{i18n.t('welcomeNoCameraHelp')}</p>
    </section>
  );
}
