/**
 * Onboarding (opens on install): what Chin Up does and never does, camera permission and
 * calibration (or reminders only), a schedule preset and working hours, and the safety screen.
 * `#calibrate` / `#camera` jump straight to the camera step (recalibration from the popup).
 */
import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Brand } from '../../components/logo';
import { useFocusOnChange } from '../../components/use-focus-on-change';
import { sendToBackground } from '../../lib/platform/messaging';
import type { ResolvedSettings } from '../../lib/settings-policy';
import type { Settings } from '../../lib/settings-schema';
import { CameraStep } from './camera-step';
import { DoneStep } from './done-step';
import { SafetyStep } from './safety-step';
import { ScheduleStep } from './schedule-step';
import { WelcomeStep } from './welcome-step';

export type Step = 'welcome' | 'camera' | 'schedule' | 'safety' | 'done';
const STEPS: Step[] = ['welcome', 'camera', 'schedule', 'safety', 'done'];
/** The step's name in the header and the tab title. */
const STEP_NAMES: Record<Step, () => string> = {
  welcome: () => i18n.t('onboardingStepWelcome'),
  camera: () => i18n.t('onboardingStepCamera'),
  schedule: () => i18n.t('onboardingStepSchedule'),
  safety: () => i18n.t('onboardingStepSafety'),
  done: () => i18n.t('onboardingStepDone'),
};

/** The first step for a location hash. */
export function initialStep(hash: string): { step: Step; recalibrateOnly: boolean } {
  const h = hash.replace(/^#/, '');
  return h === 'calibrate' || h === 'camera'
    ? { step: 'camera', recalibrateOnly: true }
    : { step: 'welcome', recalibrateOnly: false };
}

export function App() {
  const [{ step, recalibrateOnly }, setNav] = useState(() => initialStep(location.hash));
  // The steps that led here, for Back (the reminders-only path skips the camera step).
  const [trail, setTrail] = useState<Step[]>([]);
  const [resolved, setResolved] = useState<ResolvedSettings | null>(null);
  const [remindersOnly, setRemindersOnly] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mainRef = useRef<HTMLElement>(null);
  const go = (s: Step) => {
    setTrail((t) => [...t, step]);
    setNav({ step: s, recalibrateOnly });
  };
  const back = () => {
    const prev = trail.at(-1);
    if (!prev) return;
    setTrail((t) => t.slice(0, -1));
    setNav({ step: prev, recalibrateOnly });
  };
  const stepName = STEP_NAMES[step]();
  useEffect(() => {
    document.title = `${stepName} · ${i18n.t('extName')}`;
  }, [stepName]);

  useEffect(() => {
    sendToBackground('settings:get', {}).then(setResolved, () => undefined);
  }, []);
  useFocusOnChange(mainRef, 'h1, h2', step);

  const cameraAllowed = !(
    resolved?.locked.includes('cameraEnabled') && resolved.settings.cameraEnabled === false
  );

  async function save(patch: Partial<Settings>) {
    const next = await sendToBackground('settings:set', { patch });
    setResolved(next);
  }
  async function chooseRemindersOnly() {
    try {
      await save({ cameraEnabled: false });
      setRemindersOnly(true);
      setError(null);
      go(recalibrateOnly ? 'done' : 'schedule');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  async function chooseCamera() {
    try {
      if (resolved?.settings.cameraEnabled === false) await save({ cameraEnabled: true });
      setRemindersOnly(false);
      go('camera');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const index = STEPS.indexOf(step);
  return (
    <div class="page">
      <Brand title={stepName} testId="onboarding-step-name" />
      {!recalibrateOnly && step !== 'welcome' && (
        <div class="row onboarding-nav">
          {trail.length > 0 && step !== 'done' && (
            <button type="button" class="link" data-testid="onboarding-back" onClick={back}>
              ← {i18n.t('actionBack')}
            </button>
          )}
          <p class="muted small" data-testid="step-counter">
            {i18n.t('onboardingStep', [String(index + 1), String(STEPS.length)])}
          </p>
        </div>
      )}
      {error && (
        <p class="notice bad" role="alert">
          {error}
        </p>
      )}
      <main ref={mainRef} class="stack">
        {step === 'welcome' && (
          <WelcomeStep
            cameraAllowed={cameraAllowed}
            onCamera={() => void chooseCamera()}
            onNoCamera={() => void chooseRemindersOnly()}
          />
        )}
        {step === 'camera' && (
          <CameraStep
            onDone={() => go(recalibrateOnly ? 'done' : 'schedule')}
            onNoCamera={() => void chooseRemindersOnly()}
          />
        )}
        {step === 'schedule' && (
          <>
            {remindersOnly && (
              <p class="notice" data-testid="reminders-only-note">
                {i18n.t('onboardingRemindersOnly')}
              </p>
            )}
            <ScheduleStep
              locked={resolved?.locked ?? []}
              onSave={async (p) => {
                await save(p);
                go('safety');
              }}
            />
          </>
        )}
        {step === 'safety' && <SafetyStep onDone={() => go('done')} />}
        {step === 'done' && (
          <DoneStep recalibrated={recalibrateOnly} remindersOnly={remindersOnly} />
        )}
      </main>
    </div>
  );
}
