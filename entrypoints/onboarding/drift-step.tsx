/**
 * Optional second pose after the neutral calibration: a few seconds of the person letting their
 * head drift toward the screen the way they do when tired. The worker learns that person's own
 * direction and size of drift (`calibration:drift`); skipping keeps the general rule.
 */
import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import type { PoseFrame } from '../../lib/posture/types';
import { sendToBackgroundIdempotent } from '../../lib/platform/messaging';

/** How long the drifted pose is recorded, and the fewest frames with a person worth sending. */
export const DRIFT_MS = 5000;
export const DRIFT_MIN_FRAMES = 10;
/** A slow computer reads fewer frames a second: recording goes on up to this long to get enough. */
export const DRIFT_MAX_MS = 20_000;

/**
 * Where a recording stands after `elapsed` ms with `frames` frames that had a person: at least
 * DRIFT_MS of the pose, longer (up to DRIFT_MAX_MS) while too few frames came, then send or fail.
 */
export function driftRecording(elapsed: number, frames: number): 'recording' | 'send' | 'failed' {
  if (elapsed < DRIFT_MS) return 'recording';
  if (frames >= DRIFT_MIN_FRAMES) return 'send';
  return elapsed < DRIFT_MAX_MS ? 'recording' : 'failed';
}

type Phase = 'offer' | 'collecting' | 'saving' | 'learned' | 'failed' | 'unseen';

/** The drift step's state and the frame sink the camera loop feeds while it records. */
export function useDriftStep(deviceId: () => string | null) {
  const [phase, setPhase] = useState<Phase>('offer');
  const [progress, setProgress] = useState(0);
  const rec = useRef<{ startedAt: number; frames: PoseFrame[] } | null>(null);

  async function send(frames: PoseFrame[]) {
    setPhase('saving');
    try {
      const id = deviceId();
      const res = id
        ? await sendToBackgroundIdempotent('calibration:drift', { deviceId: id, frames })
        : { ok: false };
      setPhase(res.ok ? 'learned' : 'failed');
    } catch {
      setPhase('failed');
    }
  }

  /** Called with every camera frame; records while collecting. */
  function onFrame(frame: PoseFrame | null, now: number) {
    const r = rec.current;
    if (!r) return;
    if (frame && frame.poses.length > 0) r.frames.push(frame);
    const elapsed = now - r.startedAt;
    // Progress counts both the time held and the frames read, so a slow computer's bar still moves.
    setProgress(Math.min(elapsed / DRIFT_MS, r.frames.length / DRIFT_MIN_FRAMES, 1));
    const state = driftRecording(elapsed, r.frames.length);
    if (state === 'recording') return;
    rec.current = null;
    if (state === 'send') void send(r.frames);
    else setPhase('unseen');
  }

  function start(now: number) {
    rec.current = { startedAt: now, frames: [] };
    setProgress(0);
    setPhase('collecting');
  }
  return { phase, progress, onFrame, start };
}

export function DriftStep({
  drift,
  onFinish,
}: {
  drift: ReturnType<typeof useDriftStep>;
  onFinish: () => void;
}) {
  const { phase } = drift;
  return (
    <div class="stack" data-testid="drift-step" data-phase={phase}>
      <h3>{i18n.t('driftHeading')}</h3>
      <p>{i18n.t('driftIntro')}</p>
      {phase === 'collecting' && (
        <div class="stack">
          <p>{i18n.t('driftHold')}</p>
          <progress max={1} value={drift.progress} aria-label={i18n.t('driftProgress')} />
        </div>
      )}
      <div role="status" data-testid="drift-status">
        {phase === 'saving' && i18n.t('calibSaving')}
        {phase === 'learned' && <strong>{i18n.t('driftLearned')}</strong>}
        {phase === 'failed' && i18n.t('driftFailed')}
        {phase === 'unseen' && i18n.t('driftUnseen')}
      </div>
      {(phase === 'offer' || phase === 'failed' || phase === 'unseen') && (
        <div class="row">
          <button data-testid="drift-start" onClick={() => drift.start(Date.now())}>
            {phase === 'offer' ? i18n.t('driftStart') : i18n.t('calibTryAgain')}
          </button>
          <button data-testid="drift-skip" onClick={onFinish}>
            {i18n.t('driftSkip')}
          </button>
        </div>
      )}
    </div>
  );
}
