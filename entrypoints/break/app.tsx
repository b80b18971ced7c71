/**
 * The break page the scheduler opens (`break.html?id=&kind=[&start=1]`), also used for routines a
 * person starts themselves (no id). Safety screen once, then the routine with the camera coach when
 * the camera is available and a timed guide otherwise; completion goes to the local history. A
 * break the person asked for (`start=1`) starts at once. The page never closes by itself: its last
 * screen (the summary, or the stop advice with its undo) stays until the person closes it.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ExerciseSafety, ExerciseSeekCare } from '../../components/exercise-safety';
import { ExerciseStopAdvice } from '../../components/exercise-stop-advice';
import { CATALOG } from '../../lib/exercises/catalog';
import { coachConfig } from '../../lib/exercises/coach-config';
import { exerciseText, generalStopSigns } from '../../lib/exercises/content/select';
import { guideAt } from '../../lib/exercises/guide';
import { stepResult, type StepResult } from '../../lib/exercises/session';
import type { ExerciseId } from '../../lib/exercises/types';
import type { Settings } from '../../lib/settings-schema';
import type { BreakAction, BreakDeps, ExerciseStore } from './deps';
import { setupBreak, type BreakSetup } from './routine-setup';
import { useBreakSounds } from './use-break-sounds';
import { useCoach } from './use-coach';
import { RunningView } from './running-view';
import { DoneView, IntroView, RestView } from './views';

/** Whether the routine has an exercise with "skip this if" advice the person has not seen yet. */
function hasNewAdvice(setup: BreakSetup, introduced: readonly string[]): boolean {
  return setup.routine.steps.some(
    (s) =>
      !introduced.includes(s.exerciseId) &&
      exerciseText(s.exerciseId, setup.lang).skipIf.length > 0,
  );
}

type Phase = 'loading' | 'safety' | 'seek-care' | 'intro' | 'running' | 'rest' | 'stopped' | 'done';

/** UI refresh period for timers, ms. */
export const TICK_MS = 250;
/** Nobody usable in view for this long hands the set to the timed guide, ms. */
export const LOST_TO_TIMER_MS = 8000;

interface Loaded {
  settings: Settings;
  store: ExerciseStore;
  setup: BreakSetup;
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function App({ deps, params }: { deps: BreakDeps; params: URLSearchParams }) {
  const [data, setData] = useState<Loaded | null>(null);
  const [phase, setPhase] = useState<Phase>('loading');
  const [index, setIndex] = useState(0);
  const [stepStart, setStepStart] = useState(0);
  const [breakStart, setBreakStart] = useState(0);
  const [now, setNow] = useState(() => deps.now());
  const [results, setResults] = useState<StepResult[]>([]);
  const [stopped, setStopped] = useState<{ id: ExerciseId; removed: boolean } | null>(null);
  const still = useMemo(prefersReducedMotion, []);
  const asked = params.get('start') === '1';

  /** Starts the routine now: the first exercise, or the plain rest when it has none. */
  const begin = (setup: BreakSetup) => {
    const t = deps.now();
    setBreakStart(t);
    setStepStart(t);
    setNow(t);
    setIndex(0);
    setPhase(setup.routine.steps.length > 0 ? 'running' : 'rest');
  };
  /**
   * After the safety screen: a break asked for starts; an offered one shows its intro first, and
   * so does any break with an exercise whose "skip this if" advice was never shown.
   */
  const ready = (setup: BreakSetup, introduced: readonly string[]) => {
    if (asked && !hasNewAdvice(setup, introduced)) begin(setup);
    else setPhase(setup.routine.steps.length > 0 ? 'intro' : 'rest');
  };

  useEffect(() => {
    void (async () => {
      const [settings, store] = await Promise.all([deps.loadSettings(), deps.loadStore()]);
      const setup = setupBreak(params, settings, store, deps.uiLanguage(), deps.now());
      setData({ settings, store, setup });
      setBreakStart(deps.now());
      if (store.safetyAckAt === null) setPhase('safety');
      else ready(setup, store.introduced);
    })();
  }, []);

  useEffect(() => {
    if (phase !== 'running' && phase !== 'rest') return;
    const t = setInterval(() => setNow(deps.now()), TICK_MS);
    return () => clearInterval(t);
  }, [phase]);

  const routine = data?.setup.routine;
  const step = phase === 'running' ? routine?.steps[index] : undefined;
  const spec = step ? CATALOG[step.exerciseId] : undefined;
  const laterNeedsCamera =
    phase === 'running' &&
    !!data?.settings.cameraEnabled &&
    !!routine?.steps.slice(index).some((s) => CATALOG[s.exerciseId].signal !== 'none');
  const cfg = step && spec && spec.signal !== 'none' ? coachConfig(spec.signal, step.dose) : null;
  const { camera, coach } = useCoach(
    deps,
    laterNeedsCamera,
    cfg,
    phase === 'running' ? stepStart : -1,
  );
  const seen = coach?.lastSeen ?? stepStart;
  const coaching =
    camera === 'on' && coach !== null && cfg !== null && now - seen < LOST_TO_TIMER_MS;
  const guide = step ? guideAt(step.dose, now - stepStart) : null;
  useBreakSounds({
    enabled: !!data?.settings.breakSounds,
    ...{ phase, index, guide, play: deps.play },
    exerciseId: step?.exerciseId ?? null,
    lang: data?.setup.lang ?? 'en',
  });

  const act = (action: BreakAction) => {
    const id = data?.setup.breakId;
    return id ? deps.sendAction(id, action).catch(() => undefined) : Promise.resolve();
  };

  /** Ends the current step, records it, and returns the updated results. */
  const finishStep = (): StepResult[] => {
    if (!step || !data) return results;
    const t = deps.now();
    // The camera's count when it saw the person at all; the timed guide's when it never did.
    const saw = camera === 'on' && coach !== null && coach.lastSeen !== null;
    const r = stepResult(step.exerciseId, step.dose, stepStart, t, saw ? coach : null);
    const next = [...results, r];
    setResults(next);
    if (data.settings.insightsEnabled && (r.reps > 0 || r.durationSec >= 5))
      void deps
        .record({ id: r.id, reps: r.reps, holdSec: r.holdSec, durationSec: r.durationSec })
        .catch(() => undefined);
    if (data.setup.progression && r.id === 'chin-tuck') {
      const session = { at: t, level: data.setup.progression.level, repsDone: r.reps };
      data.store.neckLog = [...data.store.neckLog, session];
      void deps.updateStore({ op: 'neck-session', session }).catch(() => undefined);
    }
    return next;
  };

  const advance = () => {
    finishStep();
    if (routine && index + 1 < routine.steps.length) {
      setIndex(index + 1);
      const t = deps.now();
      setStepStart(t);
      setNow(t);
    } else {
      setPhase('done');
      void act('done');
    }
  };

  // Auto-advance when the set is complete (camera coach done, or the timer ran out).
  const complete = coaching ? coach.phase === 'done' : guide?.phase === 'done';
  useEffect(() => {
    if (phase !== 'running' || !complete) return;
    const t = setTimeout(advance, coaching ? 1200 : 0);
    return () => clearTimeout(t);
  }, [complete, phase, index]);

  if (!data || phase === 'loading') return <main class="break-page" aria-busy="true" />;
  const { setup, store } = data;
  const calm = setup.routine.calm ? ' calm' : '';

  const start = () => {
    begin(setup);
    void act('start');
    const ids = setup.routine.steps.map((s) => s.exerciseId);
    const introduced = [...new Set([...store.introduced, ...ids])];
    if (introduced.length !== store.introduced.length) {
      store.introduced = introduced;
      void deps.updateStore({ op: 'introduce', ids }).catch(() => undefined);
    }
  };
  const defer = async (action: 'snooze' | 'skip') => {
    await act(action);
    deps.close();
  };
  const hurts = () => {
    if (!step) return;
    finishStep();
    const id = step.exerciseId;
    const removed = store.removed.includes(id) ? store.removed : [...store.removed, id];
    store.removed = removed;
    void deps.updateStore({ op: 'remove', id }).catch(() => undefined);
    setStopped({ id, removed: true });
    setPhase('stopped');
    // Recorded as stopped, not taken; the advice and its undo stay until the person closes them.
    void act('stop');
  };
  const undoRemove = () => {
    if (!stopped) return;
    const removed = store.removed.filter((x) => x !== stopped.id);
    store.removed = removed;
    void deps.updateStore({ op: 'restore', id: stopped.id }).catch(() => undefined);
    setStopped({ ...stopped, removed: false });
  };
  const ackSafety = () => {
    const t = deps.now();
    store.safetyAckAt = t;
    void deps.updateStore({ op: 'safety-ack', at: t }).catch(() => undefined);
    ready(setup, store.introduced);
  };

  return (
    <main class={`break-page${calm}`} data-phase={phase}>
      {phase === 'safety' && (
        <ExerciseSafety onNoneApply={ackSafety} onOneApplies={() => setPhase('seek-care')} />
      )}
      {phase === 'seek-care' && <ExerciseSeekCare onClose={() => setPhase('rest')} />}
      {phase === 'intro' && (
        <IntroView
          routine={setup.routine}
          lang={setup.lang}
          progression={setup.progression}
          introduced={store.introduced}
          canDefer={setup.breakId !== null}
          onStart={start}
          onSnooze={() => void defer('snooze')}
          onSkip={() => void defer('skip')}
        />
      )}
      {phase === 'running' && step && guide && (
        <RunningView
          routine={setup.routine}
          index={index}
          step={step}
          lang={setup.lang}
          guide={guide}
          coach={coaching ? coach : null}
          camera={cfg ? camera : 'off'}
          still={still}
          onNext={advance}
          onEnd={() => {
            finishStep();
            setPhase('done');
            void act('done');
          }}
          onHurts={hurts}
        />
      )}
      {phase === 'rest' && (
        <RestView
          leftSec={Math.max(0, Math.ceil(setup.restSec - (now - breakStart) / 1000))}
          onDone={() => {
            void act('done').then(() => deps.close());
          }}
        />
      )}
      {phase === 'stopped' && stopped && (
        <ExerciseStopAdvice
          name={exerciseText(stopped.id, setup.lang).name}
          stopSigns={[
            ...generalStopSigns(setup.lang),
            ...exerciseText(stopped.id, setup.lang).stopSigns,
          ]}
          removed={stopped.removed}
          onUndo={undoRemove}
          onClose={() => deps.close()}
        />
      )}
      {phase === 'done' && (
        <DoneView
          done={results.filter((r) => r.complete).length}
          total={setup.routine.steps.length}
          durationSec={Math.round((deps.now() - breakStart) / 1000)}
          onClose={() => deps.close()}
        />
      )}
    </main>
  );
}
