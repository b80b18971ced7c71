import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dayKey, shiftDay } from '../../../../lib/history/day';
import type { ChartProps } from '../../../../components/chart';
import { backgroundStub, resolved } from '../../support/fixtures';

vi.mock('#i18n', async () => (await import('../../support/i18n-en')).i18nMock);
const send = vi.fn();
vi.mock('../../../../lib/platform/messaging', () => ({
  sendToBackground: (...a: unknown[]) => send(...a),
}));
// uPlot draws on a real canvas; here we check what each chart is given.
const charts: ChartProps[] = [];
vi.mock('../../../../components/chart', () => ({
  Chart: (p: ChartProps) => {
    charts.push(p);
    return <figure data-testid="chart">{p.title}</figure>;
  },
}));

const { App } = await import('../../../../entrypoints/insights/app');
const today = dayKey(Date.now());

beforeEach(async () => {
  fakeBrowser.reset();
  charts.length = 0;
  send.mockReset();
  send.mockImplementation(backgroundStub(() => resolved().settings));
  const items: Record<string, unknown> = {};
  for (let i = 0; i < 3; i++) {
    const day = shiftDay(today, -i);
    items[`history:v1:${day}`] = {
      v: 1,
      day,
      monitoredMin: 60,
      forwardHeadMin: 15,
      nudges: 2,
      breaksTaken: 2,
      breaksSkipped: i === 0 ? 2 : 0,
      exerciseSec: 120,
      exercises: { 'chin-tuck': { sets: 1, reps: 8 + i, holdSec: 6, durationSec: 120 } },
      ...(i === 1 ? { headache: { intensity: 5 } } : {}),
    };
  }
  items[`history:v1:${shiftDay(today, -40)}`] = { day: shiftDay(today, -40), nudges: 50 };
  await fakeBrowser.storage.local.set(items);
});
afterEach(cleanup);

describe('insights', () => {
  it('summarizes the last 7 days by default, with streaks and charts', async () => {
    render(<App />);
    expect((await screen.findByTestId('stat-nudges')).textContent).toContain('6');
    expect(screen.getByTestId('stat-monitored').textContent).toContain('3 h');
    expect(screen.getByTestId('stat-forward').textContent).toContain('25 %');
    expect(screen.getByTestId('stat-streak').textContent).toContain('3');
    expect(screen.getAllByTestId('chart')).toHaveLength(4);
    const diary = charts.find((c) => c.title.startsWith('Headache diary'))!;
    expect(diary.x).toHaveLength(7);
    expect(diary.series[0]!.values.slice(-3)).toEqual([null, 5, null]);
    expect(diary.series[2]!.values.at(-1)).toBe(50); // 2 taken of 4 prompts today
    expect(screen.getByText(/patterns, not causes/)).toBeTruthy();
  });

  it('switches ranges with the tabs, also by keyboard', async () => {
    render(<App />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Today' }));
    expect(screen.getByTestId('stat-nudges').textContent).toContain('2');
    // Today has its own chart: the day's time and breaks in parts, each number written out.
    expect(screen.queryAllByTestId('chart')).toHaveLength(0);
    const time = screen.getByTestId('today-time');
    expect([...time.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Time with the head upright: 45 min',
      'Time with the head forward: 15 min',
      'Time away from the desk: 0 min',
    ]);
    expect(screen.getByTestId('today-breaks').textContent).toContain('Breaks skipped: 2');
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Today' }), { key: 'ArrowLeft' });
    expect(screen.getByRole('tab', { name: 'Last 30 days' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(screen.getByTestId('stat-nudges').textContent).toContain('6'); // day -40 is outside 30 days
  });

  it('saves a diary entry for today', async () => {
    render(<App />);
    const slider = (await screen.findByLabelText('Intensity')) as HTMLInputElement;
    fireEvent.input(slider, { target: { value: '7' } });
    fireEvent.input(screen.getByLabelText('Note (optional)'), { target: { value: 'long call' } });
    fireEvent.click(screen.getByTestId('diary-save'));
    await waitFor(async () => {
      const got = await fakeBrowser.storage.local.get(`history:v1:${today}`);
      expect(got[`history:v1:${today}`]).toMatchObject({
        headache: { intensity: 7, note: 'long call' },
        nudges: 2,
      });
    });
    expect(screen.getByTestId('diary-status').textContent).toBe('Saved.');
  });

  it('lists diary days in the page language, and picking one loads its entry', async () => {
    document.documentElement.lang = 'de';
    try {
      render(<App />);
      const select = (await screen.findByLabelText('Day')) as HTMLSelectElement;
      expect(select.tagName).toBe('SELECT');
      expect(select.value).toBe(today);
      const weekday = new Date().toLocaleDateString('de', { weekday: 'long' });
      expect(select.options[0]!.textContent).toMatch(new RegExp(`^Today, ${weekday}, `));
      expect(select.options).toHaveLength(31);
      fireEvent.change(select, { target: { value: shiftDay(today, -1) } });
      await waitFor(() =>
        expect((screen.getByLabelText('Intensity') as HTMLInputElement).value).toBe('5'),
      );
    } finally {
      document.documentElement.lang = '';
    }
  });

  it('hides the diary when it is turned off and says when statistics are off', async () => {
    const off = resolved({
      settings: { ...resolved().settings, diaryEnabled: false, insightsEnabled: false },
    });
    send.mockImplementation(
      backgroundStub(
        () => off.settings,
        () => off,
      ),
    );
    render(<App />);
    await screen.findByTestId('insights-off');
    expect(screen.queryByTestId('diary')).toBeNull();
  });

  it('shows one friendly note, no zeros and no charts, until anything is recorded', async () => {
    fakeBrowser.reset();
    // A day stored without data (as after a restart) is not a day of data either.
    await fakeBrowser.storage.local.set({ [`history:v1:${today}`]: { v: 1, day: today } });
    render(<App />);
    expect((await screen.findByTestId('insights-first-day')).textContent).toMatch(
      /Nothing has been recorded yet/,
    );
    expect(screen.queryByTestId('summary')).toBeNull();
    expect(screen.queryByRole('tab')).toBeNull();
    expect(screen.queryAllByTestId('chart')).toHaveLength(0);
    // The diary is an input, not a statistic: it is there from day one.
    expect(screen.getByTestId('diary-save')).toBeTruthy();
  });

  it('leaves the days before the first recorded day empty, and counts on whole-number axes', async () => {
    fakeBrowser.reset();
    const yesterday = shiftDay(today, -1);
    await fakeBrowser.storage.local.set({
      [`history:v1:${yesterday}`]: { v: 1, day: yesterday, breaksTaken: 3, monitoredMin: 30 },
      [`history:v1:${today}`]: { v: 1, day: today, breaksTaken: 1 },
    });
    render(<App />);
    expect((await screen.findByTestId('insights-since')).textContent).toMatch(/recorded since/);
    const breaks = charts.find((c) => c.title === 'Breaks per day')!;
    expect(breaks.series[0]!.values).toEqual([null, null, null, null, null, 3, 1]);
    expect(breaks.series[2]!.values).toEqual([null, null, null, null, null, 0, 0]);
    expect(breaks.countAxes).toEqual(['y']);
    expect(charts.find((c) => c.title === 'Chin-tuck progression')!.series[0]!.values).toEqual([
      null,
      null,
      null,
      null,
      null,
      0,
      0,
    ]);
    // A share is not a count: the share chart has no count axis.
    expect(charts.find((c) => c.title.startsWith('Share of monitored'))!.countAxes).toBeUndefined();
  });

  it('gives each label one meaning: the share of breaks taken is not called "Breaks taken"', async () => {
    render(<App />);
    await screen.findByTestId('charts');
    const countLabels = charts
      .find((c) => c.title === 'Breaks per day')!
      .series.map((s) => s.label);
    const diary = charts.find((c) => c.title.startsWith('Headache diary'))!;
    const shareLabel = diary.series[2]!.label;
    expect(countLabels).toContain('Breaks taken');
    expect(countLabels).not.toContain(shareLabel);
    expect(shareLabel).toMatch(/%/);
  });

  it('counts exercise time for real exercises, not the micro-break’s look into the distance', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({
      [`history:v1:${today}`]: {
        v: 1,
        day: today,
        breaksTaken: 4,
        exerciseSec: 4 * 20 + 60,
        exercises: {
          'far-focus': { sets: 4, reps: 4, holdSec: 0, durationSec: 80 },
          'shoulder-rolls': { sets: 1, reps: 8, holdSec: 0, durationSec: 60 },
        },
      },
    });
    render(<App />);
    expect((await screen.findByTestId('stat-exercise-min')).textContent).toContain('1 min');
    const rows = screen.getByTestId('exercise-table').querySelectorAll('tbody tr');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toMatch(/shoulder roll/i);
  });

  it('lists the exercises of the range by name', async () => {
    render(<App />);
    const table = await screen.findByTestId('exercise-table');
    const rows = table.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toMatch(/chin tuck/i);
    // 3 sessions, 8 + 9 + 10 reps, 6 min, best hold 6 s
    expect([...rows[0]!.querySelectorAll('td')].map((c) => c.textContent)).toEqual([
      '3',
      '27',
      '6 min',
      '6',
    ]);
  });
});
