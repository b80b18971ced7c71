/**
 * Medicine days per month from the diary, with a gentle note at 10 or more: frequent painkiller
 * use can keep headaches going (medication-overuse headache). A count, not a judgement.
 */
import { i18n } from '#i18n';
import { MEDICINE_NOTE_DAYS, medicineDaysByMonth } from '../../lib/history/diary';
import type { DayRecord } from '../../lib/history/types';

/** `2026-11` in the page's language: "November 2026". */
function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(y, m - 1, 1).toLocaleDateString(document.documentElement.lang || undefined, {
    month: 'long',
    year: 'numeric',
  });
}

export function MedicineDays({ records }: { records: DayRecord[] }) {
  const months = medicineDaysByMonth(records).slice(-3);
  if (months.length === 0) return null;
  const many = months.some((m) => m.days >= MEDICINE_NOTE_DAYS);
  return (
    <div class="stack" data-testid="medicine-days">
      <h3>{i18n.t('insightsMedicineHeading')}</h3>
      <ul>
        {months.map((m) => (
          <li key={m.month} data-month={m.month}>
            {i18n.t('insightsMedicineMonth', [
              monthLabel(m.month),
              String(m.days),
              String(m.entries),
            ])}
          </li>
        ))}
      </ul>
      {many && (
        <p class="notice" data-testid="medicine-note">
          {i18n.t('insightsMedicineNote')}
        </p>
      )}
      <p class="muted small">{i18n.t('diaryTriggersHelp')}</p>
    </div>
  );
}
