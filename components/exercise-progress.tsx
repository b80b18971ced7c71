/**
 * Where the current exercise stands: the camera coach's feedback when it runs, else the timed
 * guide (phase, side, repetition, seconds left). A polite live region announces changes.
 */
import { i18n } from '#i18n';
import type { CoachState } from '../lib/exercises/coach';
import type { GuideStatus } from '../lib/exercises/guide';
import type { Dose, ExerciseId } from '../lib/exercises/types';
import { td } from './i18n-dynamic';

export type CameraState = 'off' | 'starting' | 'on' | 'failed';

const PHASE_KEY = {
  hold: 'breakPhaseHold',
  rest: 'breakPhaseRest',
  move: 'breakPhaseMove',
} as const;

/** What a timed activity asks for, by exercise: "Look far away 17 s", "Breathe 3 min". */
const MOVE_KEY: Partial<Record<ExerciseId, string>> = {
  'far-focus': 'breakPhaseLook',
  'diaphragmatic-breathing': 'breakPhaseBreathe',
  'progressive-relaxation': 'breakPhaseRest',
  'stand-walk': 'breakPhaseWalk',
};

/** The timer's label for exercise `id` in `phase`. */
export function phaseLabel(id: ExerciseId, phase: 'hold' | 'rest' | 'move'): string {
  const key = phase === 'move' ? MOVE_KEY[id] : undefined;
  return key ? td(key) : i18n.t(PHASE_KEY[phase]);
}

/** Time left: seconds under 90 s ("17 s"), whole minutes rounded up beyond ("3 min"). */
export function timeLeft(sec: number): string {
  return sec < 90
    ? i18n.t('breakSecLeft', [String(sec)])
    : i18n.t('breakMinLeft', [String(Math.ceil(sec / 60))]);
}

export function ExerciseProgress({
  id,
  dose,
  guide,
  coach,
  camera,
}: {
  id: ExerciseId;
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
            {phaseLabel(id, guide.phase)} {timeLeft(guide.phaseLeftSec)}
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
      <p
        class={coaching ? 'coach-message' : 'coach-status muted small'}
        aria-live="polite"
        data-testid="coach-message"
      >
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
