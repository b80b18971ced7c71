/**
 * Insights: local statistics for today, the last 7 and the last 30 days, charts, streaks, and the
 * optional headache diary shown beside posture load and break adherence. Reads storage directly;
 * nothing here leaves the device.
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatMinutes } from '../../components/format';
import { kebabKey, td } from '../../components/i18n-dynamic';
import { Brand } from '../../components/logo';
import { CameraStats, Stat } from '../../components/stat';
import {
  RANGE_DAYS,
  fillRange,
  streaks,
  summarize,
  type RangeName,
} from '../../lib/history/summary';
import type { DayRecord } from '../../lib/history/types';
import { sendToBackground } from '../../lib/platform/messaging';
import type { Settings } from '../../lib/settings-schema';
import { Charts } from './charts';
import { Diary } from './diary';
import { ExerciseTable } from './exercise-table';
import { NeckLevel } from './neck-level';

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
  const sum = summarize(days);
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
      {records && (
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
            {sum.monitoredMin === 0 &&
              sum.breaksTaken + sum.breaksSkipped + sum.breaksSnoozed === 0 && (
                <p class="notice" data-testid="no-data">
                  {i18n.t('insightsNoData')}
                </p>
              )}
            <div class="grid" data-testid="summary">
              <CameraStats
                monitoredMin={sum.monitoredMin}
                forwardShare={sum.forwardHeadShare}
                nudges={sum.nudges}
              />
              <Stat
                label={i18n.t('statBreaksTaken')}
                value={String(sum.breaksTaken)}
                testId="stat-taken"
              />
              <Stat label={i18n.t('statBreaksSnoozed')} value={String(sum.breaksSnoozed)} />
              <Stat label={i18n.t('statBreaksSkipped')} value={String(sum.breaksSkipped)} />
              <Stat label={i18n.t('statExerciseMin')} value={formatMinutes(sum.exerciseMin)} />
              <Stat label={i18n.t('statExerciseReps')} value={String(sum.exerciseReps)} />
              <Stat
                label={i18n.t('statStreak')}
                value={String(streak.current)}
                testId="stat-streak"
              />
              <Stat label={i18n.t('statBestStreak')} value={String(streak.best)} />
            </div>
            <p class="muted small">{i18n.t('insightsStreakHelp')}</p>
            {range === 'today' ? (
              <p class="muted">{i18n.t('insightsChartsHint')}</p>
            ) : (
              <Charts days={days} diary={settings?.diaryEnabled !== false} />
            )}
          </section>
          <NeckLevel />
          <ExerciseTable days={days} />
          {settings?.diaryEnabled !== false && (
            <Diary records={records} onSaved={() => void reload()} />
          )}
        </>
      )}
    </div>
  );
}
