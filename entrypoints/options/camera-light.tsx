/**
 * What the camera light means in each mode, with the measured cost of each, beside the
 * `cameraLight` setting (the field itself comes from the settings table, so policy and locking
 * apply as for every setting). The mode in use is marked.
 */
import { i18n } from '#i18n';
import type { SectionProps } from './sections';

/**
 * Cost of monitoring at default settings in each mode, measured with
 * `npm run bench:perf -- --seconds 120` on the 2-core test machine, otherwise idle, on 2026-12-03,
 * in a browser nobody drives: `defaultCpuPct` 1.3 and `steadyCpuPct` 2.4 (share of one core above a
 * browser that does not monitor), `pssMb` 172 and `steadyPssMb` 169 (peak memory, PSS, of the
 * extension's processes).
 * Re-measure and update these with any change to sampling or the camera host.
 */
export const CAMERA_LIGHT_COST: Record<'brief' | 'steady', { cpuPct: number; memoryMb: number }> = {
  brief: { cpuPct: 1.3, memoryMb: 172 },
  steady: { cpuPct: 2.4, memoryMb: 169 },
};

const fmt = (n: number) =>
  n.toLocaleString(document.documentElement.lang || undefined, { maximumFractionDigits: 1 });

export function CameraLightInfo({ resolved }: SectionProps) {
  const mode = resolved.settings.cameraLight;
  const rows = [
    ['brief', `${i18n.t('cameraLightBrief')} ${cost('brief')}`],
    ['steady', `${i18n.t('cameraLightSteady')} ${cost('steady')}`],
  ] as const;
  return (
    <div class="stack-tight" data-testid="camera-light-info">
      <h3>{i18n.t('cameraLightHeading')}</h3>
      <ul class="stack-tight small camera-light-modes">
        {rows.map(([m, text]) => (
          <li key={m} data-testid={`camera-light-${m}`} aria-current={m === mode || undefined}>
            {m === mode ? <strong>{text}</strong> : text}
          </li>
        ))}
      </ul>
      <p class="small">{i18n.t('cameraLightBoth')}</p>
      <p class="small muted">{i18n.t('cameraLightNote')}</p>
    </div>
  );
}

/** The measured cost of `mode`, or that it was not measured (never a guess). */
function cost(mode: keyof typeof CAMERA_LIGHT_COST): string {
  const c = CAMERA_LIGHT_COST[mode];
  return c
    ? i18n.t('cameraLightCost', [fmt(c.cpuPct), fmt(Math.round(c.memoryMb))])
    : i18n.t('cameraLightCostUnknown');
}
