import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

const made: {
  opts: { series: { label?: string }[]; axes: { scale?: string; incrs?: number[] }[] };
  data: unknown[];
  destroy: ReturnType<typeof vi.fn>;
}[] = [];
vi.mock('uplot', () => {
  class FakePlot {
    static paths = { bars: () => () => null };
    destroy = vi.fn();
    setSize = vi.fn();
    constructor(opts: never, data: unknown[]) {
      made.push({ opts, data, destroy: this.destroy });
    }
  }
  return { default: FakePlot };
});

const { Chart } = await import('../../../components/chart');
afterEach(() => {
  cleanup();
  made.length = 0;
});

describe('Chart', () => {
  const props = {
    title: 'Head forward per day',
    tableLabel: 'Show as a table',
    x: [100, 200],
    xLabels: ['Mon', 'Tue'],
    format: (v: number | null) => (v === null ? '—' : `${v} %`),
    series: [{ label: 'Head forward', color: '#123', kind: 'bars' as const, values: [12, null] }],
  };

  it('hands aligned data to uPlot and destroys it on unmount', () => {
    const { unmount } = render(<Chart {...props} />);
    expect(made).toHaveLength(1);
    expect(made[0]!.data).toEqual([
      [100, 200],
      [12, null],
    ]);
    expect(made[0]!.opts.series.map((s) => s.label)).toEqual([undefined, 'Head forward']);
    unmount();
    expect(made[0]!.destroy).toHaveBeenCalled();
  });

  it('offers the same numbers as an accessible table', () => {
    render(<Chart {...props} />);
    expect(screen.getByRole('img', { name: 'Head forward per day' })).toBeTruthy();
    const rows = screen.getAllByRole('row').map((r) => r.textContent);
    expect(rows).toEqual(['Head forward', 'Mon12 %', 'Tue—']);
  });

  it('counting axes tick at whole numbers only; other axes are left to uPlot', () => {
    render(<Chart {...props} countAxes={['y']} />);
    const y = made[0]!.opts.axes.find((a) => a.scale === 'y')!;
    expect(y.incrs).toBeDefined();
    expect(y.incrs!.every((n) => Number.isInteger(n) && n >= 1)).toBe(true);
    cleanup();
    render(<Chart {...props} />);
    expect(made[1]!.opts.axes.find((a) => a.scale === 'y')!.incrs).toBeUndefined();
  });
});
