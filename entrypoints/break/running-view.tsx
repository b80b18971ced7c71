/**
 * One exercise while it runs, laid out to fit the 560x760 break window: the figure beside the
 * name, the instruction that matters now, the timer and the controls ("This hurts" included);
 * the long text is folded below. Props in, callbacks out.
 */
import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';
import { ExerciseCard } from '../../components/exercise-card';
import { ExerciseProgress, type CameraState } from '../../components/exercise-progress';
import { kebabKey, td } from '../../components/i18n-dynamic';
import { CATALOG } from '../../lib/exercises/catalog';
import type { CoachState } from '../../lib/exercises/coach';
import { exerciseText, type ContentLanguage } from '../../lib/exercises/content/select';
import { guideStepIndex, type GuideStatus } from '../../lib/exercises/guide';
import type { Routine, RoutineStep } from '../../lib/exercises/routines';
import { routineTitle } from './views';

export function RunningView(props: {
  routine: Routine;
  index: number;
  step: RoutineStep;
  lang: ContentLanguage;
  guide: GuideStatus;
  coach: CoachState | null;
  camera: CameraState;
  still: boolean;
  onNext: () => void;
  onEnd: () => void;
  onHurts: () => void;
}) {
  const { step, lang } = props;
  const spec = CATALOG[step.exerciseId];
  const text = exerciseText(step.exerciseId, lang);
  const instruction = text.steps[guideStepIndex(props.guide, text.steps.length)] ?? '';
  // Each new exercise takes the focus, so keyboard and screen-reader users land on it.
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), [props.index]);
  return (
    <section
      class="card stack running"
      data-testid="break-running"
      data-coaching={props.coach ? 'on' : 'off'}
      ref={ref}
      tabIndex={-1}
    >
      <p class="muted small" data-testid="break-progress">
        {routineTitle(props.routine)} ·{' '}
        {i18n.t('breakProgress', [String(props.index + 1), String(props.routine.steps.length)])}
      </p>
      <ExerciseCard
        id={step.exerciseId}
        text={text}
        dose={step.dose}
        sources={spec.sources}
        still={props.still}
        compact
      >
        <p class="instruction" data-testid="break-instruction">
          {instruction}
        </p>
        <ExerciseProgress
          id={step.exerciseId}
          dose={step.dose}
          guide={props.guide}
          coach={props.coach}
          camera={props.camera}
        />
        {spec.signal !== 'none' && props.camera !== 'off' && (
          <p class="small muted" data-testid="coach-limit">
            {td(kebabKey('coachLimit', spec.signal))}
          </p>
        )}
      </ExerciseCard>
      <div class="row break-controls" data-testid="break-controls">
        <button class="primary" onClick={props.onNext} data-testid="break-next">
          {i18n.t('breakNext')}
        </button>
        <button onClick={props.onEnd} data-testid="break-end">
          {i18n.t('breakEnd')}
        </button>
        <button class="danger" onClick={props.onHurts} data-testid="break-hurts">
          {i18n.t('breakHurts')}
        </button>
      </div>
      <p class="small muted">{i18n.t('breakNotMedical')}</p>
    </section>
  );
}
