/** The break page's screens other than safety, stop advice and the running exercise. Props in, callbacks out. */
import { i18n } from '#i18n';
import { exerciseText, type ContentLanguage } from '../../lib/exercises/content/select';
import type { Progression } from '../../lib/exercises/progression';
import type { Routine } from '../../lib/exercises/routines';

const TITLE = {
  micro: 'breakTitleMicro',
  movement: 'breakTitleMovement',
  'neck-training': 'breakTitleNeckTraining',
  relaxation: 'breakTitleRelaxation',
  'bad-day': 'breakTitleBadDay',
  'headache-now': 'breakTitleHeadacheNow',
} as const;

export function routineTitle(r: Routine): string {
  return i18n.t(TITLE[r.id]);
}

const LEVEL_KEY = {
  up: 'breakLevelUp',
  down: 'breakLevelDown',
  stay: 'breakLevelStay',
  start: 'breakLevelStay',
} as const;

export function IntroView(props: {
  routine: Routine;
  lang: ContentLanguage;
  progression: Progression | null;
  /** Exercises already run once: their "skip this if" advice is not repeated. */
  introduced: readonly string[];
  canDefer: boolean;
  onStart: () => void;
  onSnooze: () => void;
  onSkip: () => void;
}) {
  const { routine, lang, progression } = props;
  return (
    <section class="card stack" data-testid="break-intro">
      <h1>{routineTitle(routine)}</h1>
      <p class="muted">
        {i18n.t('breakAbout', [
          routine.totalSec < 90
            ? i18n.t('exerciseDoseTimed', [String(routine.totalSec)])
            : `${Math.round(routine.totalSec / 60)} min`,
        ])}
      </p>
      {progression && (
        <p class="notice" data-testid="progression">
          {i18n.t(LEVEL_KEY[progression.change], [
            String(progression.reps),
            String(progression.holdSec),
          ])}
        </p>
      )}
      <ol>
        {routine.steps.map((s) => (
          <li key={s.exerciseId}>{exerciseText(s.exerciseId, lang).name}</li>
        ))}
      </ol>
      <FirstTimeAdvice routine={routine} lang={lang} introduced={props.introduced} />
      <p class="small">{i18n.t('painRule')}</p>
      <p class="small muted">{i18n.t('breakNotMedical')}</p>
      <div class="row">
        <button class="primary" onClick={props.onStart} data-testid="break-start" autoFocus>
          {i18n.t('breakStart')}
        </button>
        {props.canDefer && (
          <>
            <button onClick={props.onSnooze} data-testid="break-snooze">
              {i18n.t('breakSnooze')}
            </button>
            <button onClick={props.onSkip} data-testid="break-skip">
              {i18n.t('breakSkip')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}

/** Before an exercise's first run: who should skip it (the running card leaves this out). */
function FirstTimeAdvice(props: {
  routine: Routine;
  lang: ContentLanguage;
  introduced: readonly string[];
}) {
  const fresh = props.routine.steps
    .map((s) => ({ id: s.exerciseId, text: exerciseText(s.exerciseId, props.lang) }))
    .filter((x) => !props.introduced.includes(x.id) && x.text.skipIf.length > 0);
  if (fresh.length === 0) return null;
  return (
    <div class="notice stack" data-testid="first-time-advice">
      <p>
        <strong>{i18n.t('breakFirstTime')}</strong>
      </p>
      {fresh.map((x) => (
        <div key={x.id} class="small" data-skip-for={x.id}>
          <p>
            {x.text.name}: {i18n.t('exerciseSkipIf')}
          </p>
          <ul>
            {x.text.skipIf.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

export function RestView(props: { leftSec: number; onDone: () => void }) {
  return (
    <section class="card stack" data-testid="break-rest">
      <h1>{i18n.t('breakRestTitle')}</h1>
      <p>{i18n.t('breakRestText')}</p>
      <p class="timer big" aria-live="polite">
        {i18n.t('breakSecLeft', [String(props.leftSec)])}
      </p>
      <div>
        <button class="primary" onClick={props.onDone} data-testid="rest-done">
          {i18n.t('breakClose')}
        </button>
      </div>
    </section>
  );
}

export function DoneView(props: {
  done: number;
  total: number;
  durationSec: number;
  onClose: () => void;
}) {
  const m = Math.floor(props.durationSec / 60);
  const s = props.durationSec % 60;
  return (
    <section class="card stack" data-testid="break-done">
      <h1>{i18n.t('breakDoneTitle')}</h1>
      <p>
        {i18n.t('breakDoneSummary', [
          String(props.done),
          String(props.total),
          `${m}:${String(s).padStart(2, '0')}`,
        ])}
      </p>
      <p class="small muted">{i18n.t('breakNotMedical')}</p>
      <div>
        <button class="primary" onClick={props.onClose} data-testid="break-close" autoFocus>
          {i18n.t('breakClose')}
        </button>
      </div>
    </section>
  );
}
