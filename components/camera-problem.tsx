/** Camera and model problems, each with the one action that fixes it. */
import type { CameraStatus } from '../lib/posture/types';
import { kebabKey, td } from './i18n-dynamic';

export type CameraFix = 'allow' | 'retry' | 'reminders-only';
export type CameraProblemStatus =
  'denied' | 'busy' | 'ended' | 'no-camera' | 'no-webgl' | 'model-error' | 'detection-error';

const FIX: Record<CameraProblemStatus, CameraFix> = {
  denied: 'allow', // the grant lives with the extension origin: ask again from a visible page
  busy: 'retry', // another app (often a call) holds the camera; nudges are held meanwhile
  ended: 'retry', // unplugged or the track ended
  'no-camera': 'reminders-only',
  'no-webgl': 'reminders-only', // the pose model needs WebGL; turning on acceleration is up to the person
  'model-error': 'retry', // the popup's Try again reloads the model (camera:retry)
  'detection-error': 'retry', // reloaded with backoff by itself; Try again reloads now
};

/** Whether a camera status is a problem worth showing, and which action fixes it. */
export function cameraFix(status: CameraStatus): CameraFix | null {
  return status in FIX ? FIX[status as CameraProblemStatus] : null;
}

export function CameraProblem({
  status,
  detail,
  onFix,
}: {
  status: CameraStatus;
  detail?: string;
  onFix: (fix: CameraFix) => void;
}) {
  const fix = cameraFix(status);
  if (!fix) return null;
  return (
    <div class="notice warn stack" role="alert" data-testid="camera-problem" data-status={status}>
      <div>
        <strong>{td(kebabKey('camera', status))}</strong>
        <p class="small" style={{ margin: '4px 0 0' }}>
          {td(kebabKey('camera', status) + 'Help')}
        </p>
        {detail && <p class="muted small">{detail}</p>}
      </div>
      <button class="primary" onClick={() => onFix(fix)}>
        {td(kebabKey('cameraFix', fix))}
      </button>
    </div>
  );
}
