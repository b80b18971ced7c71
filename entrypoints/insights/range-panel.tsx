/** One range of the insights page (today, 7 or 30 days): the figures, then its chart(s). */
import { i18n } from '#i18n';
import { formatMinutes } from '../../components/format';
import { CameraStats, Stat } from '../../components/stat';
import type { Streaks, Summary } from '../../lib/history/summary';
import type { DayKey, DayRecord } from '../../lib/history/types';
import { Charts } from './charts';
import { longDayLabel } from './series';
import { TodayChart } from './today-chart';

export interface RangePanelProps {
  /** The range's days, oldest first (filled: a day without a record is an empty record). */
  days: DayRecord[];
  sum: Summary;
  streak: Streaks;
  /** The first day with data (never null here: the page shows its first-day state instead). */
  first: DayKey;
  diary: boolean;
}

export function RangePanel({ days, sum, streak, first, diary }: RangePanelProps) {
  const today = days.at(-1);
  const startsBeforeFirst = days.length > 1 && (days[0]?.day ?? first) < first;
  return (
    <>
      {startsBeforeFirst && (
        <p class="muted small" data-testid="insights-since">
          {i18n.t('insightsSince', [longDayLabel(first)])}
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
        <Stat
          label={i18n.t('statExerciseMin')}
          value={formatMinutes(sum.exerciseMin)}
          testId="stat-exercise-min"
        />
        <Stat label={i18n.t('statExerciseReps')} value={String(sum.exerciseReps)} />
        <Stat label={i18n.t('statStreak')} value={String(streak.current)} testId="stat-streak" />
        <Stat label={i18n.t('statBestStreak')} value={String(streak.best)} />
      </div>
      <p class="muted small">{i18n.t('insightsStreakHelp')}</p>
      {days.length === 1 && today ? (
        <TodayChart day={today} />
      ) : (
        <Charts days={days} diary={diary} first={first} />
      )}
    </>
  );
}
