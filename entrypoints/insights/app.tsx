/**
 * Insights: local statistics for today, the last 7 and the last 30 days, charts, streaks, and the
 * optional headache diary shown beside posture load and break adherence. Reads storage directly;
 * nothing here leaves the device.
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { kebabKey, td } from '../../components/i18n-dynamic';
import { Brand } from '../../components/logo';
import {
  RANGE_DAYS,
  fillRange,
  streaks,
  summarize,
  type RangeName,
} from '../../lib/history/summary';
import { firstRecordedDay } from '../../lib/history/recorded';
import type { DayRecord } from '../../lib/history/types';
import { sendToBackground } from '../../lib/platform/messaging';
import type { Settings } from '../../lib/settings-schema';
import { Diary } from './diary';
import { ExerciseTable } from './exercise-table';
import { FirstDay } from './first-day';
import { NeckLevel } from './neck-level';
import { RangePanel } from './range-panel';
import { isRealExercise } from './series';

const RANGES: RangeName[] = ['today', 'week', 'month'];

export function App() {
  const [records, setRecords] = useState<DayRecord[] | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [range, setRange] = useState<RangeName>('week');
  const [error, setError] = useState<string | null>(null);

  const reload = () =>
    sendToBackground('history:get', {}).then(setRecords, (e: unknown) => setError(String(e)));
  useEffect(() => {
    void reload();
    sendToBackground('settings:get', {}).then(
      (r) => setSettings(r.settings),
      () => undefined,
    );
  }, []);

  const now = Date.now();
  const days = records ? fillRange(records, RANGE_DAYS[range], now) : [];
  const sum = summarize(days, isRealExercise);
  const first = records ? firstRecordedDay(records) : null;
  const streak = records ? streaks(records, now) : { current: 0, best: 0 };

  function onTabKey(e: KeyboardEvent) {
    const i = RANGES.indexOf(range);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : null;
    if (next === null) return;
    const r = RANGES[(next + RANGES.length) % RANGES.length]!;
    setRange(r);
    document.getElementById(`tab-${r}`)?.focus();
  }

  return (
    <div class="page">
      <Brand title={i18n.t('insightsTitle')} />
      <h1>{i18n.t('insightsTitle')}</h1>
      <p class="muted">{i18n.t('insightsIntro')}</p>
      {settings?.insightsEnabled === false && (
        <p class="notice" data-testid="insights-off">
          {i18n.t('insightsOff')}{' '}
          <button class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {i18n.t('popupOpenOptions')}
          </button>
        </p>
      )}
      {error && (
        <p class="notice bad" role="alert">
          {error}
        </p>
      )}
      {!records && !error && <p>{i18n.t('loading')}</p>}
      {records && first === null && <FirstDay />}
      {records && first !== null && (
        <>
          <div
            role="tablist"
            class="tabs"
            aria-label={i18n.t('insightsRange')}
            onKeyDown={onTabKey}
          >
            {RANGES.map((r) => (
              <button
                key={r}
                id={`tab-${r}`}
                role="tab"
                aria-selected={range === r}
                aria-controls="range-panel"
                tabIndex={range === r ? 0 : -1}
                onClick={() => setRange(r)}
              >
                {td(kebabKey('range', r))}
              </button>
            ))}
          </div>
          <section id="range-panel" role="tabpanel" aria-labelledby={`tab-${range}`} class="stack">
            <RangePanel
              days={days}
              sum={sum}
              streak={streak}
              first={first}
              diary={settings?.diaryEnabled !== false}
            />
          </section>
          <NeckLevel />
          <ExerciseTable days={days} />
        </>
      )}
      {records && settings?.diaryEnabled !== false && (
        <Diary
          records={records}
          onSaved={() => void reload()}
          retentionDays={settings?.retentionDays}
        />
      )}
    </div>
  );
}
