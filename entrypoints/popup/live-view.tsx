/**
 * "Live view" in the popup: the camera preview (mirrored, like a mirror) with the measured points
 * and the person's own calibrated upright line, and one sentence saying where the nose is
 * against that line. Shown while the person keeps it open (the toggle beside the posture); see
 * use-live-view.ts for the camera.
 */
import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { kebabKey, td } from '../../components/i18n-dynamic';
import { noseOffset, type NoseOffset } from '../../lib/posture/neutral-line';
import { drawLiveFrame } from './live-draw';
import { useLiveView } from './use-live-view';

const OFFSET_KEY = {
  above: 'popupLiveAbove',
  on: 'popupLiveOn',
  below: 'popupLiveBelow',
} as const;

type Reading = NoseOffset | 'nobody' | 'no-baseline' | null;

/** Opens the camera when shown and releases it when closed (unmounted). */
export function LiveView() {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [reading, setReading] = useState<Reading>(null);
  const live = useLiveView((frame, baseline) => {
    const canvas = canvasRef.current;
    if (canvas) drawLiveFrame(canvas, frame, baseline);
    const pose = frame?.poses[0];
    const next: Reading = !baseline
      ? 'no-baseline'
      : !frame || !pose
        ? 'nobody'
        : noseOffset(pose, baseline, frame.height / frame.width);
    setReading(next); // Preact skips the render when it did not change
  });
  useEffect(() => {
    void live.start();
  }, []);
  return (
    <div id="live-view" class="live-view stack" data-testid="live-view" data-phase={live.phase}>
      <div class="live-preview mirror-preview">
        <video ref={live.videoRef} muted playsInline aria-label={i18n.t('popupLiveLabel')} />
        <canvas ref={canvasRef} aria-hidden="true" />
        {live.phase === 'starting' && (
          <p class="live-starting" role="status">
            {i18n.t('calibStarting')}
          </p>
        )}
      </div>
      {live.phase === 'error' && live.problem && (
        <p role="alert" data-testid="live-problem">
          {td(kebabKey('camera', live.problem))}
        </p>
      )}
      {live.phase === 'on' && reading && (
        <p class="small" data-testid="live-reading" data-reading={reading} aria-live="polite">
          {reading === 'nobody'
            ? i18n.t('popupLiveNobody')
            : reading === 'no-baseline'
              ? i18n.t('popupLiveNoBaseline')
              : i18n.t(OFFSET_KEY[reading])}
        </p>
      )}
      <p class="small muted">
        <span class="live-key points" aria-hidden="true" /> {i18n.t('popupLiveKeyPoints')}{' '}
        <span class="live-key line" aria-hidden="true" /> {i18n.t('popupLiveKeyLine')}{' '}
        {i18n.t('popupLivePrivacy')}
      </p>
    </div>
  );
}
