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
    expect(screen.queryAllByTestId('chart')).toHaveLength(0);
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

  it('shows an empty state without data', async () => {
    fakeBrowser.reset();
    render(<App />);
    expect((await screen.findByTestId('no-data')).textContent).toMatch(/No data/);
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
