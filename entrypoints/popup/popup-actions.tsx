/**
 * The popup's actions: pause (or resume) and the breaks people start on demand: a movement break,
 * a short eye break, neck training, relaxation, and "I have a headache".
 */
import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';
import type { AppStatus, PauseChoice } from '../../lib/messages';
import { sendToBackground } from '../../lib/platform/messaging';
import type { BreakKind } from '../../lib/schedule/types';

export function PopupActions(props: {
  s: AppStatus;
  busy: boolean;
  onPause: (c: PauseChoice) => void;
  act: (run: () => Promise<unknown>) => Promise<void>;
  openPage: (path: string) => Promise<void>;
}) {
  const { s, busy } = props;
  const paused = s.monitoring === 'paused';
  const start = (kind: BreakKind) =>
    void props.act(() => sendToBackground('break:start', { kind }));
  const resumeRef = useRef<HTMLButtonElement>(null);
  const pauseRef = useRef<HTMLButtonElement>(null);
  const shownPaused = useRef(paused);
  const refocus = useRef(false);
  // Pausing swaps the pause buttons for "Resume" (and back): the button that had the focus is gone,
  // so the focus moves to the one that replaced it once it is enabled, instead of to the page.
  useEffect(() => {
    if (shownPaused.current !== paused) {
      shownPaused.current = paused;
      const active = document.activeElement;
      refocus.current = !active || active === document.body || !active.isConnected;
    }
    if (!refocus.current || busy) return;
    refocus.current = false;
    (paused ? resumeRef : pauseRef).current?.focus();
  }, [paused, busy]);
  return (
    <section class="stack popup-actions" aria-label={i18n.t('popupActions')}>
      {paused ? (
        <button
          ref={resumeRef}
          class="primary"
          disabled={busy}
          onClick={() => void props.act(() => sendToBackground('monitor:resume', {}))}
        >
          {i18n.t('actionResume')}
        </button>
      ) : (
        <div role="group" aria-labelledby="pause-l" class="row pause-group">
          <span id="pause-l" class="small muted">
            {i18n.t('popupPauseFor')}
          </span>
          <span class="row pause-buttons">
            <button ref={pauseRef} disabled={busy} onClick={() => props.onPause('30m')}>
              {i18n.t('pause30m')}
            </button>
            <button disabled={busy} onClick={() => props.onPause('1h')}>
              {i18n.t('pause1h')}
            </button>
            <button disabled={busy} onClick={() => props.onPause('today')}>
              {i18n.t('pauseToday')}
            </button>
          </span>
        </div>
      )}
      {/* During a break the break buttons could only be disabled: the card offers "go to it". */}
      {!s.activeBreak && (
        <div class="break-buttons">
          <button class={paused ? '' : 'primary'} disabled={busy} onClick={() => start('movement')}>
            {i18n.t('popupBreakNow')}
          </button>
          <button disabled={busy} onClick={() => start('micro')}>
            {i18n.t('popupMicroBreakNow')}
          </button>
          <button
            data-testid="popup-neck-training"
            disabled={busy}
            onClick={() => start('neck-training')}
          >
            {i18n.t('popupNeckTraining')}
          </button>
          <button
            data-testid="popup-relaxation"
            disabled={busy}
            onClick={() => void props.openPage('/break.html?kind=relaxation')}
          >
            {i18n.t('popupRelaxation')}
          </button>
          <button
            data-testid="popup-headache"
            onClick={() => void props.openPage('/headache.html')}
          >
            {i18n.t('popupHeadache')}
          </button>
        </div>
      )}
    </section>
  );
}
