/**
 * Camera permission, live preview with the measured skeleton, live framing feedback, and guided
 * calibration. Sends only landmarks of good frames to the service worker (`calibration:save`).
 */
import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { kebabKey, td } from '../../components/i18n-dynamic';
import { drawSkeleton } from '../../components/skeleton';
import { useFocusOnChange } from '../../components/use-focus-on-change';
import { assessCalibrationFrame, type CalibrationIssue } from '../../lib/posture/calibration';
import type { PoseFrame } from '../../lib/posture/types';
import { sendToBackgroundIdempotent } from '../../lib/platform/messaging';
import { addFrame, collectionState, startCollection, type Collection } from './calibration';
import { DriftStep, useDriftStep } from './drift-step';
import { useCamera } from './use-camera';

type CalPhase = 'preview' | 'collecting' | 'saving' | 'done' | 'failed';

export function CameraStep({ onDone, onNoCamera }: { onDone: () => void; onNoCamera: () => void }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [issue, setIssue] = useState<CalibrationIssue | 'ok' | null>(null);
  const [cal, setCal] = useState<CalPhase>('preview');
  const [progress, setProgress] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const collection = useRef<Collection | null>(null);
  const drift = useDriftStep(() => cam.deviceId);
  const [driftOpen, setDriftOpen] = useState(true);
  useEffect(() => {
    if (drift.phase === 'learned') cam.stop();
  }, [drift.phase]);

  const cam = useCamera((frame) => {
    drift.onFrame(frame, Date.now());
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (canvas && frame) {
      canvas.width = frame.width;
      canvas.height = frame.height;
    }
    if (ctx)
      drawSkeleton(
        ctx,
        frame,
        getComputedStyle(document.documentElement).getPropertyValue('--accent') || '#2c6b5e',
      );
    const a =
      frame && frame.poses.length > 0
        ? assessCalibrationFrame(frame)
        : { ok: false, issues: ['no-person' as const] };
    setIssue(a.ok ? 'ok' : (a.issues[0] ?? 'no-person'));
    const c = collection.current;
    if (!c) return;
    addFrame(c, frame, a);
    const st = collectionState(c, Date.now());
    if (st.kind === 'collecting') setProgress(st.progress);
    else {
      collection.current = null;
      if (st.kind === 'ready') void save(c.frames);
      else fail(td(kebabKey('calibIssue', st.issue)));
    }
  });

  function fail(text: string) {
    setFailure(text);
    setCal('failed');
  }

  async function save(frames: PoseFrame[]) {
    setCal('saving');
    try {
      // Saving the same frames twice gives the same baseline: resend if the worker was stopped.
      const res = await sendToBackgroundIdempotent('calibration:save', {
        deviceId: cam.deviceId,
        frames,
      });
      // The camera stays on for the optional drift step; continuing turns it off.
      if (res.ok) setCal('done');
      else
        fail(
          res.reason ? td(kebabKey('calibIssue', res.reason)) || res.reason : i18n.t('calibFailed'),
        );
    } catch (e) {
      fail(e instanceof Error ? e.message : String(e));
    }
  }

  function startCalibration() {
    setFailure(null);
    setProgress(0);
    collection.current = startCollection(Date.now());
    setCal('collecting');
  }

  const camOn = cam.phase === 'on';
  // Each part of this step has its own heading, and focus follows it: the button just pressed
  // ("Turn on the camera", "Start calibration") disappears, and focus must not drop to the page.
  const part =
    cam.phase === 'error'
      ? 'error'
      : cal === 'done'
        ? 'done'
        : cal === 'collecting' || cal === 'saving'
          ? 'holding'
          : cam.phase === 'off'
            ? 'permission'
            : 'preview';
  const sectionRef = useRef<HTMLElement>(null);
  useFocusOnChange(sectionRef, '[data-part-heading]', part);

  return (
    <section class="card stack" aria-labelledby="cam-h" ref={sectionRef}>
      <h2 id="cam-h" tabIndex={-1}>
        {i18n.t('calibHeading')}
      </h2>
      <p>{i18n.t('calibIntro')}</p>
      <ul class="small muted">
        <li>{i18n.t('calibTipSit')}</li>
        <li>{i18n.t('calibTipFrame')}</li>
        <li>{i18n.t('calibTipLight')}</li>
      </ul>
      <div
        class="preview mirror-preview"
        hidden={cam.phase === 'off' || cam.phase === 'error' || cal === 'done'}
      >
        <video ref={cam.videoRef} muted playsInline aria-label={i18n.t('calibPreviewLabel')} />
        <canvas ref={canvasRef} aria-hidden="true" />
      </div>
      {part === 'preview' && (
        <h3 id="cal-preview-h" tabIndex={-1} data-part-heading>
          {i18n.t('calibPreviewHeading')}
        </h3>
      )}
      {cam.phase === 'starting' && <p role="status">{i18n.t('calibStarting')}</p>}
      {cam.phase === 'error' && cam.problem && (
        <div class="notice warn stack" role="alert" data-testid="camera-error">
          <h3 id="cal-error-h" tabIndex={-1} data-part-heading>
            {td(kebabKey('camera', cam.problem))}
          </h3>
          <p class="small">
            {cam.problem === 'denied'
              ? i18n.t('calibDeniedHelp')
              : td(kebabKey('camera', cam.problem) + 'Help')}
          </p>
          <div class="row">
            <button onClick={() => void cam.start()}>{i18n.t('actionRetry')}</button>
            <button onClick={onNoCamera}>{i18n.t('cameraFixRemindersOnly')}</button>
          </div>
        </div>
      )}
      {cam.phase === 'off' && cal !== 'done' && (
        <div class="row">
          <button class="primary" data-testid="allow-camera" onClick={() => void cam.start()}>
            {i18n.t('calibAllowCamera')}
          </button>
          <button onClick={onNoCamera}>{i18n.t('welcomeNoCamera')}</button>
        </div>
      )}
      {camOn && cal !== 'done' && (
        <p
          class={`notice ${issue === 'ok' ? '' : 'warn'}`}
          data-testid="calibration-feedback"
          aria-live="polite"
        >
          {issue === 'ok'
            ? i18n.t('calibLooksGood')
            : issue
              ? td(kebabKey('calibIssue', issue))
              : i18n.t('calibLooking')}
        </p>
      )}
      {camOn && (cal === 'preview' || cal === 'failed') && (
        <button class="primary" data-testid="start-calibration" onClick={startCalibration}>
          {cal === 'failed' ? i18n.t('calibTryAgain') : i18n.t('calibStart')}
        </button>
      )}
      {part === 'holding' && (
        <div class="stack">
          <h3 id="cal-hold-h" tabIndex={-1} data-part-heading>
            {i18n.t('calibHoldStill')}
          </h3>
          <progress
            max={1}
            value={cal === 'saving' ? 1 : progress}
            aria-label={i18n.t('calibProgress')}
          />
        </div>
      )}
      <div role="status" data-testid="calibration-status" class={cal === 'done' ? 'notice' : ''}>
        {cal === 'saving' && i18n.t('calibSaving')}
        {cal === 'done' && <strong>{i18n.t('calibDone')}</strong>}
        {cal === 'failed' && failure && <span>{i18n.t('calibFailedBecause', [failure])}</span>}
      </div>
      {cal === 'done' && (
        <>
          <h3 id="cal-done-h" tabIndex={-1} data-part-heading>
            {i18n.t('calibDoneHeading')}
          </h3>
          <p>{i18n.t('calibDoneText')}</p>
          <p data-testid="camera-light-meaning">{i18n.t('calibLightText')}</p>
          <p class="muted small">{i18n.t('calibRecalibrateExplain')}</p>
          {driftOpen && cam.phase === 'on' && (
            <DriftStep
              drift={drift}
              onFinish={() => {
                cam.stop();
                setDriftOpen(false);
              }}
            />
          )}
          <button
            class="primary"
            onClick={() => {
              cam.stop();
              onDone();
            }}
            data-testid="calibration-continue"
          >
            {i18n.t('actionContinue')}
          </button>
        </>
      )}
    </section>
  );
}
