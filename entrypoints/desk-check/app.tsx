/**
 * The desk check: a few seconds with the camera while the person looks at the middle of the
 * screen, then what it measured (distance range, screen height, centring, light), a checklist of
 * what it cannot see, and on a re-check the change since last time. Kept on this device.
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { Brand } from '../../components/logo';
import { summarize, type ChecklistId, type DeskResult } from '../../lib/desk/result';
import type { DeskStore } from '../../lib/desk/store';
import type { DeskDeps } from './platform';
import { Checklist, Measurements } from './results';

type Phase = 'loading' | 'intro' | 'measuring' | 'results' | 'failed';

export function App({ deps }: { deps: DeskDeps }) {
  const [phase, setPhase] = useState<Phase>('loading');
  const [store, setStore] = useState<DeskStore>({ last: null, previous: null });
  const [current, setCurrent] = useState<DeskResult | null>(null);

  useEffect(() => {
    deps.load().then(
      (s) => {
        setStore(s);
        setPhase('intro');
      },
      () => setPhase('intro'),
    );
  }, []);

  async function run() {
    setPhase('measuring');
    try {
      const { frames, light, deviceId } = await deps.measure();
      // Screen height is judged against the person's own calibration when there is one.
      const own = await deps.ownLevel(deviceId).catch(() => null);
      const r = summarize(frames, light, deps.now(), own);
      r.checked = store.last?.checked ?? [];
      const next = { last: r, previous: store.last };
      setCurrent(r);
      setStore(next);
      setPhase('results');
      await deps.save(next);
    } catch {
      setPhase('failed');
    }
  }

  function check(id: ChecklistId, on: boolean) {
    if (!current) return;
    const checked = on
      ? [...new Set([...current.checked, id])]
      : current.checked.filter((x) => x !== id);
    const r = { ...current, checked };
    const next = { ...store, last: r };
    setCurrent(r);
    setStore(next);
    void deps.save(next);
  }

  return (
    <main
      class="page stack"
      data-phase={phase}
      aria-busy={phase === 'loading' || phase === 'measuring'}
    >
      <Brand title={i18n.t('deskTitle')} />
      <h1>{i18n.t('deskTitle')}</h1>
      <p class="muted">{i18n.t('deskIntro')}</p>
      {(phase === 'intro' || phase === 'failed') && (
        <section class="card stack" data-testid="desk-intro">
          <p>{i18n.t('deskHowTo')}</p>
          {phase === 'failed' && (
            <p class="notice bad" role="alert">
              {i18n.t('deskFailed')}
            </p>
          )}
          <div>
            <button class="primary" onClick={() => void run()} data-testid="desk-start">
              {store.last ? i18n.t('deskRecheck') : i18n.t('deskStart')}
            </button>
          </div>
          <p class="small muted">{i18n.t('deskPrivacy')}</p>
        </section>
      )}
      {phase === 'measuring' && (
        <section class="card" role="status" data-testid="desk-measuring">
          <p>{i18n.t('deskMeasuring')}</p>
        </section>
      )}
      {phase === 'results' && current && (
        <>
          <Measurements result={current} before={store.previous} />
          <Checklist checked={current.checked} onCheck={check} />
          <div class="row">
            <button onClick={() => void run()} data-testid="desk-recheck">
              {i18n.t('deskRecheck')}
            </button>
          </div>
        </>
      )}
    </main>
  );
}
