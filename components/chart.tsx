/**
 * A small wrapper around uPlot. Why uPlot: about 50 KB minified (Chart.js is ~200 KB, ECharts
 * ~1 MB), draws on canvas so a month of daily points costs next to nothing, handles time axes in
 * local time, and is actively maintained. Every chart also gets a data table for screen readers.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { uiLocale } from './format';

export interface ChartSeries {
  label: string;
  /** CSS variable name (e.g. `--accent`) or colour. */
  color: string;
  kind: 'bars' | 'line';
  /** 'y' (left) or 'y2' (right axis). */
  scale?: 'y' | 'y2';
  values: (number | null)[];
}

export interface ChartProps {
  /** Accessible title (also the figure caption). */
  title: string;
  /** Day labels for the data table, same length as `x`. */
  xLabels: string[];
  /** x values in seconds since epoch. */
  x: number[];
  series: ChartSeries[];
  yRange?: [number, number];
  y2Range?: [number, number];
  format?: (v: number | null) => string;
  tableLabel: string;
  height?: number;
  /** Axes that count things (breaks, repetitions): ticks at whole numbers only. */
  countAxes?: ('y' | 'y2')[];
}

/** Tick steps for counting axes: whole numbers only, so no "1.5 breaks". */
export const COUNT_INCRS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

/** Counts start at zero; the top is rounded up so small values still show. */
const niceMax = (max: number | null): number => Math.max(1, Math.ceil((max ?? 1) * 1.1));

function cssColor(c: string): string {
  if (!c.startsWith('--')) return c;
  return getComputedStyle(document.documentElement).getPropertyValue(c).trim() || '#888';
}

/** Follows the system colour scheme so charts redraw with the right colours. */
function useScheme(): string {
  const mq = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  const [dark, setDark] = useState(mq?.matches ?? false);
  useEffect(() => {
    if (!mq) return;
    const on = () => setDark(mq.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  return dark ? 'dark' : 'light';
}

export function Chart(p: ChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const scheme = useScheme();
  useEffect(() => {
    const el = host.current;
    if (!el || !el.getBoundingClientRect) return;
    const axisColor = cssColor('--muted');
    const grid = cssColor('--border');
    const hasY2 = p.series.some((s) => s.scale === 'y2');
    const axis = (scale: string, side: 0 | 1 = 0): uPlot.Axis => ({
      scale,
      side: side === 0 ? 3 : 1,
      stroke: axisColor,
      grid: { show: side === 0, stroke: grid, width: 1 },
      ticks: { show: false },
      ...(p.countAxes?.includes(scale as 'y' | 'y2') ? { incrs: COUNT_INCRS } : {}),
    });
    const opts: uPlot.Options = {
      width: Math.max(280, el.clientWidth || 600),
      height: p.height ?? 220,
      // Static legend (labels only); values are in the table below each chart.
      legend: { show: true, live: false },
      cursor: { drag: { x: false, y: false } },
      scales: {
        // Half a day of padding so the first and last bars are not cut in half.
        x: { time: true, range: (_u, min, max) => [min - 43_200, max + 43_200] },
        y: { range: p.yRange ?? ((_u, _min, max) => [0, niceMax(max)]) },
        ...(hasY2 ? { y2: { range: p.y2Range ?? ((_u, _min, max) => [0, niceMax(max)]) } } : {}),
      },
      axes: [
        {
          stroke: axisColor,
          grid: { show: false },
          ticks: { show: false },
          // One tick per day (every few days for a month), labelled in the person's locale.
          splits: () => p.x.filter((_, i) => i % Math.ceil(p.x.length / 10) === 0),
          values: (_u, splits) =>
            splits.map((sec) =>
              new Date(sec * 1000).toLocaleDateString(uiLocale(), {
                month: 'short',
                day: 'numeric',
              }),
            ),
        },
        axis('y'),
        ...(hasY2 ? [axis('y2', 1)] : []),
      ],
      series: [
        {},
        ...p.series.map((s) => {
          const color = cssColor(s.color);
          return {
            label: s.label,
            scale: s.scale ?? 'y',
            stroke: color,
            width: s.kind === 'line' ? 2 : 0,
            fill: s.kind === 'bars' ? color : undefined,
            paths: s.kind === 'bars' ? uPlot.paths.bars?.({ size: [0.6, 40] }) : undefined,
            points: { show: s.kind === 'line', size: 6, fill: color },
            spanGaps: false,
            value: (_u: uPlot, v: number | null) =>
              p.format ? p.format(v) : v === null ? '—' : String(v),
          } satisfies uPlot.Series;
        }),
      ],
    };
    const plot = new uPlot(opts, [p.x, ...p.series.map((s) => s.values)] as uPlot.AlignedData, el);
    const ro =
      typeof ResizeObserver === 'function'
        ? new ResizeObserver(() =>
            plot.setSize({ width: Math.max(280, el.clientWidth), height: opts.height }),
          )
        : null;
    ro?.observe(el);
    return () => {
      ro?.disconnect();
      plot.destroy();
    };
  }, [p, scheme]);

  const fmt = p.format ?? ((v: number | null) => (v === null ? '—' : String(v)));
  return (
    <figure class="chart">
      <figcaption>{p.title}</figcaption>
      <div ref={host} role="img" aria-label={p.title} />
      <details>
        <summary>{p.tableLabel}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col" />
              {p.series.map((s) => (
                <th scope="col" key={s.label}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {p.xLabels.map((l, i) => (
              <tr key={l}>
                <th scope="row">{l}</th>
                {p.series.map((s) => (
                  <td key={s.label}>{fmt(s.values[i] ?? null)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
