/** The insights charts for a range of (filled) days. */
import { i18n } from '#i18n';
import { Chart } from '../../components/chart';
import { maskBefore } from '../../lib/history/recorded';
import type { DayKey, DayRecord } from '../../lib/history/types';
import {
  adherenceSeries,
  chinTuckSeries,
  dayLabel,
  forwardShareSeries,
  headacheSeries,
  xOf,
} from './series';

const pct = (v: number | null) => (v === null ? '—' : `${v} %`);

/**
 * The charts of a range. `first` is the first day with data: earlier days are gaps (before
 * Chin Up recorded anything there is no data), never zeros.
 */
export function Charts(p: { days: DayRecord[]; diary: boolean; first: DayKey | null }) {
  const { days, diary } = p;
  const x = xOf(days);
  const labels = days.map((d) => dayLabel(d.day));
  const mask = <T,>(values: (T | null)[]) => maskBefore(days, values, p.first);
  const count = (f: (d: DayRecord) => number) => mask(days.map(f));
  const share = forwardShareSeries(days);
  const adherence = adherenceSeries(days);
  const tuck = chinTuckSeries(days);
  // What every chart shares: the days along x and the label of its table view.
  const axis = { tableLabel: i18n.t('chartShowTable'), x, xLabels: labels };
  return (
    <div class="card" data-testid="charts">
      <Chart
        title={i18n.t('chartPostureLoad')}
        {...axis}
        yRange={[0, 100]}
        format={pct}
        series={[
          { label: i18n.t('statForwardShare'), color: '--warn', kind: 'bars', values: share },
        ]}
      />
      <Chart
        title={i18n.t('chartBreaks')}
        {...axis}
        countAxes={['y']}
        series={[
          {
            label: i18n.t('statBreaksTaken'),
            color: '--good',
            kind: 'line',
            values: count((d) => d.breaksTaken),
          },
          {
            label: i18n.t('statBreaksSnoozed'),
            color: '--warn',
            kind: 'line',
            values: count((d) => d.breaksSnoozed),
          },
          {
            label: i18n.t('statBreaksSkipped'),
            color: '--bad',
            kind: 'line',
            values: count((d) => d.breaksSkipped),
          },
        ]}
      />
      <Chart
        title={i18n.t('chartChinTuck')}
        {...axis}
        countAxes={['y', 'y2']}
        series={[
          { label: i18n.t('chartReps'), color: '--accent', kind: 'bars', values: mask(tuck.reps) },
          {
            label: i18n.t('chartHoldSec'),
            color: '--text',
            kind: 'line',
            scale: 'y2',
            values: tuck.holdSec,
          },
        ]}
      />
      <p class="muted small">{i18n.t('chartChinTuckHelp')}</p>
      {diary && (
        <>
          <Chart
            title={i18n.t('chartDiary')}
            {...axis}
            yRange={[0, 10]}
            y2Range={[0, 100]}
            series={[
              {
                label: i18n.t('chartHeadache'),
                color: '--bad',
                kind: 'line',
                values: headacheSeries(days),
              },
              {
                label: i18n.t('statForwardShare'),
                color: '--warn',
                kind: 'line',
                scale: 'y2',
                values: share,
              },
              {
                label: i18n.t('chartAdherence'),
                color: '--good',
                kind: 'line',
                scale: 'y2',
                values: adherence,
              },
            ]}
          />
          <p class="notice small">{i18n.t('chartPatternsNotCauses')}</p>
        </>
      )}
    </div>
  );
}
