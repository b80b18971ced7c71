/**
 * The Today tab's chart: how today's time splits (head upright, head forward, away from the desk)
 * and how today's breaks went, as proportional bars with their numbers written beside them.
 */
import { i18n } from '#i18n';
import { formatMinutes } from '../../components/format';
import { dayParts } from '../../lib/history/recorded';
import type { DayRecord } from '../../lib/history/types';

interface Part {
  key: string;
  label: string;
  value: number;
  text: string;
}

/** One bar of parts (widths by value) and a legend that says each value in words. */
function PartsBar({ caption, parts, testId }: { caption: string; parts: Part[]; testId: string }) {
  const total = parts.reduce((s, p) => s + p.value, 0);
  const shown = parts.filter((p) => p.value > 0);
  return (
    <figure class="parts" data-testid={testId}>
      <figcaption>{caption}</figcaption>
      <div class="parts-bar" aria-hidden="true">
        {shown.map((p) => (
          <span
            key={p.key}
            class={`part-${p.key}`}
            style={{ width: `${(p.value / total) * 100}%` }}
          />
        ))}
      </div>
      <ul class="parts-legend">
        {parts.map((p) => (
          <li key={p.key} data-part={p.key}>
            <span class={`swatch part-${p.key}`} aria-hidden="true" />
            {p.label}: <strong>{p.text}</strong>
          </li>
        ))}
      </ul>
    </figure>
  );
}

export function TodayChart({ day }: { day: DayRecord }) {
  const d = dayParts(day);
  const time: Part[] = [
    { key: 'upright', label: i18n.t('todayUpright'), value: d.uprightMin },
    { key: 'forward', label: i18n.t('todayForward'), value: d.forwardMin },
    { key: 'away', label: i18n.t('todayAway'), value: d.awayMin },
  ].map((p) => ({ ...p, text: formatMinutes(p.value) }));
  const breaks: Part[] = [
    { key: 'taken', label: i18n.t('statBreaksTaken'), value: d.taken },
    { key: 'snoozed', label: i18n.t('statBreaksSnoozed'), value: d.snoozed },
    { key: 'skipped', label: i18n.t('statBreaksSkipped'), value: d.skipped },
    { key: 'stopped', label: i18n.t('statBreaksStopped'), value: d.stopped },
  ].map((p) => ({ ...p, text: String(p.value) }));
  const hasTime = time.some((p) => p.value > 0);
  const hasBreaks = breaks.some((p) => p.value > 0);
  return (
    <div class="card stack" data-testid="today-chart">
      <h2>{i18n.t('todayHeading')}</h2>
      {hasTime ? (
        <PartsBar caption={i18n.t('todayTimeCaption')} parts={time} testId="today-time" />
      ) : (
        <p class="muted">{i18n.t('todayNoCamera')}</p>
      )}
      {hasBreaks ? (
        <PartsBar caption={i18n.t('todayBreaksCaption')} parts={breaks} testId="today-breaks" />
      ) : (
        <p class="muted">{i18n.t('todayNoBreaks')}</p>
      )}
    </div>
  );
}
