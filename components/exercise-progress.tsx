/**
 * Where the current exercise stands: the camera coach's feedback when it runs, else the timed
 * guide (phase, side, repetition, seconds left). A polite live region announces changes.
 */
import { i18n } from '#i18n';
import type { CoachState } from '../lib/exercises/coach';
import type { GuideStatus } from '../lib/exercises/guide';
import type { Dose } from '../lib/exercises/types';
import { td } from './i18n-dynamic';

export type CameraState = 'off' | 'starting' | 'on' | 'failed';

const PHASE_KEY = {
  hold: 'breakPhaseHold',
  rest: 'breakPhaseRest',
  move: 'breakPhaseMove',
} as const;

export function ExerciseProgress({
  dose,
  guide,
  coach,
  camera,
}: {
  dose: Dose;
  guide: GuideStatus;
  coach: CoachState | null;
  camera: CameraState;
}) {
  const coaching = camera === 'on' && coach !== null;
  const side = dose.sides === 2 ? (coaching ? coach.side : guide.side) : null;
  const rep = coaching ? Math.min(dose.reps, coach.reps + 1) : guide.rep;
  return (
    <div class="exercise-progress stack" data-testid="exercise-progress">
      <div class="row" style={{ justifyContent: 'space-between' }}>
        <span>
          {side !== null && (
            <strong>{i18n.t(side === 0 ? 'breakSideLeft' : 'breakSideRight')} · </strong>
          )}
          {dose.reps > 1 && i18n.t('breakRepOf', [String(rep), String(dose.reps)])}
        </span>
        {!coaching && guide.phase !== 'done' && (
          <span class="timer" data-testid="phase-timer">
            {i18n.t(PHASE_KEY[guide.phase])} {i18n.t('breakSecLeft', [String(guide.phaseLeftSec)])}
          </span>
        )}
      </div>
      <div
        class="meter"
        role="progressbar"
        aria-label={i18n.t('breakSetProgress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(
          (coaching ? coach.totalReps / (dose.reps * dose.sides) : guide.progress) * 100,
        )}
      >
        <span
          style={{
            width: `${Math.round((coaching ? coach.totalReps / (dose.reps * dose.sides) : guide.progress) * 100)}%`,
          }}
        />
      </div>
      <p class="coach-message" aria-live="polite" data-testid="coach-message">
        {coaching
          ? td(
              coach.message.key,
              coach.message.params.length ? coach.message.params.map(String) : undefined,
            )
          : i18n.t(
              camera === 'starting'
                ? 'breakCameraStarting'
                : camera === 'on'
                  ? 'exerciseCoachNoPose' // camera runs but nobody usable is in view
                  : 'breakCameraOff',
            )}
      </p>
      {coaching && <p class="small muted">{i18n.t('breakCameraOn')}</p>}
    </div>
  );
}
