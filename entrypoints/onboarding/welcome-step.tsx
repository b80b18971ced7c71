/** What Chin Up does and never does, and the choice between camera and reminders only. */
import { i18n } from '#i18n';
import { ButtonRow } from '../../components/button-row';

/** A card with a heading and a short list. */
function ListCard({ heading, items }: { heading: string; items: string[] }) {
  return (
    <div class="card">
      <h2>{heading}</h2>
      <ul>
        {items.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
    </div>
  );
}

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
        <ListCard
          heading={i18n.t('welcomeDoesHeading')}
          items={[i18n.t('welcomeDoes1'), i18n.t('welcomeDoes2'), i18n.t('welcomeDoes3')]}
        />
        <ListCard
          heading={i18n.t('welcomeNeverHeading')}
          items={[i18n.t('welcomeNever1'), i18n.t('welcomeNever2'), i18n.t('welcomeNever3')]}
        />
      </div>
      <p class="muted">{i18n.t('welcomeHonest')}</p>
      {!cameraAllowed && <p class="notice">{i18n.t('welcomeCameraOffByOrg')}</p>}
      <ButtonRow
        buttons={[
          cameraAllowed && {
            label: i18n.t('welcomeUseCamera'),
            onClick: onCamera,
            primary: true,
            testId: 'use-camera',
          },
          { label: i18n.t('welcomeNoCamera'), onClick: onNoCamera, testId: 'no-camera' },
        ]}
      />
      <p class="muted small">{i18n.t('welcomeNoCameraHelp')}</p>
    </section>
  );
}
