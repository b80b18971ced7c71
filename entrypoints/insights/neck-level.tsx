/**
 * The chin-tuck level actually reached in the daily neck training (from the exercise store's
 * session log), beside the 10 x 10 s goal. Nothing is promised: it shows where the person is.
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatClock } from '../../components/format';
import { NECK_LEVELS, nextProgression, type NeckSession } from '../../lib/exercises/progression';
import { coerceNeckLog } from '../../lib/exercises/store';
import { STORAGE } from '../../lib/platform/registry';

/** Loads the neck-training session log from storage.local. */
async function loadNeckLog(): Promise<NeckSession[]> {
  const key = STORAGE.exerciseNeckLog.key;
  return coerceNeckLog((await browser.storage.local.get(key))[key]);
}

export function NeckLevel({ load = loadNeckLog }: { load?: () => Promise<NeckSession[]> }) {
  const [log, setLog] = useState<NeckSession[] | null>(null);
  useEffect(() => {
    load().then(setLog, () => setLog([]));
  }, []);
  if (!log) return null;
  const last = [...log].sort((a, b) => a.at - b.at).pop();
  const next = nextProgression(log);
  const top = NECK_LEVELS.length;
  return (
    <section class="card stack" aria-labelledby="neck-level-h" data-testid="neck-level">
      <h2 id="neck-level-h">{i18n.t('insightsNeckHeading')}</h2>
      {last ? (
        <>
          <p data-testid="neck-level-value">
            <strong>
              {i18n.t('insightsNeckLevel', [
                String(next.level + 1),
                String(top),
                String(next.reps),
                String(next.holdSec),
              ])}
            </strong>
          </p>
          <p class="muted small">
            {i18n.t('insightsNeckSessions', [
              String(log.length),
              `${new Date(last.at).toLocaleDateString()} ${formatClock(last.at)}`,
            ])}
          </p>
        </>
      ) : (
        <p data-testid="neck-level-none">{i18n.t('insightsNeckNone')}</p>
      )}
      <p class="muted small">{i18n.t('chartChinTuckHelp')}</p>
    </section>
  );
}
