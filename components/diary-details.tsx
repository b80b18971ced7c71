/**
 * The diary's optional details: how long it lasted, whether a medicine was taken, possible
 * triggers. Controlled: value in, onChange out. Patterns, never causes.
 */
import { i18n } from '#i18n';
import { DURATIONS, TRIGGERS, type DiaryDetails, type Trigger } from '../lib/history/diary';
import { kebabKey, td } from './i18n-dynamic';

export const DURATION_KEY = {
  'under-1h': 'diaryDurationUnder1h',
  '1-4h': 'diaryDuration1to4h',
  '4-24h': 'diaryDuration4to24h',
  'over-24h': 'diaryDurationOver24h',
} as const;

export function DiaryDetailsFields(props: {
  value: DiaryDetails;
  onChange: (d: DiaryDetails) => void;
  idPrefix: string;
}) {
  const { value: v, onChange, idPrefix: p } = props;
  const toggle = (t: Trigger, on: boolean) => {
    const list = (v.triggers ?? []).filter((x) => x !== t);
    onChange({ ...v, triggers: on ? TRIGGERS.filter((x) => x === t || list.includes(x)) : list });
  };
  return (
    <>
      <div>
        <label for={`${p}-duration`}>{i18n.t('diaryDuration')}</label>
        <select
          id={`${p}-duration`}
          value={v.duration ?? ''}
          onChange={(e) => {
            const d = DURATIONS.find((x) => x === e.currentTarget.value);
            onChange({ ...v, duration: d });
          }}
        >
          <option value="">{i18n.t('diaryNotSaid')}</option>
          {DURATIONS.map((d) => (
            <option key={d} value={d}>
              {i18n.t(DURATION_KEY[d])}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>{i18n.t('diaryMedicine')}</legend>
        {(['yes', 'no'] as const).map((a) => (
          <label key={a} class="row">
            <input
              type="radio"
              name={`${p}-medicine`}
              checked={v.medicine === (a === 'yes')}
              onChange={() => onChange({ ...v, medicine: a === 'yes' })}
              data-testid={`${p}-medicine-${a}`}
            />
            {i18n.t(a === 'yes' ? 'answerYes' : 'answerNo')}
          </label>
        ))}
      </fieldset>
      <fieldset class="full">
        <legend>{i18n.t('diaryTriggers')}</legend>
        <div class="row">
          {TRIGGERS.map((t) => (
            <label key={t} class="row">
              <input
                type="checkbox"
                checked={v.triggers?.includes(t) ?? false}
                onChange={(e) => toggle(t, e.currentTarget.checked)}
                data-testid={`${p}-trigger-${t}`}
              />
              {td(kebabKey('trigger', t))}
            </label>
          ))}
        </div>
        <span class="muted small">{i18n.t('diaryTriggersHelp')}</span>
      </fieldset>
    </>
  );
}
