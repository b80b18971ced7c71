/** Choose a schedule preset and working hours; saved through `settings:set`. */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { kebabKey, td } from '../../components/i18n-dynamic';
import { RadioChoice } from '../../components/radio-choice';
import { TimeInput } from '../../components/time-input';
import type { Settings } from '../../lib/settings-schema';
import { PRESETS, PRESET_IDS, type PresetId } from './presets';

/** A labelled time-of-day field on the page language's clock. */
function TimeField(props: {
  id: string;
  label: string;
  value: number;
  onChange: (minutes: number) => void;
}) {
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <TimeInput id={props.id} value={props.value} onCommit={props.onChange} />
    </>
  );
}

export function ScheduleStep({
  onSave,
  locked,
}: {
  onSave: (patch: Partial<Settings>) => Promise<void>;
  locked: string[];
}) {
  const [preset, setPreset] = useState<PresetId>('balanced');
  const [hoursOn, setHoursOn] = useState(false);
  const [start, setStart] = useState(8 * 60);
  const [end, setEnd] = useState(18 * 60);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save(e: Event) {
    e.preventDefault();
    // The fields give NaN for text that is not a time.
    if (hoursOn && (Number.isNaN(start) || Number.isNaN(end)))
      return setError(i18n.t('scheduleHoursInvalid'));
    const patch: Partial<Settings> = { ...PRESETS[preset], workHoursEnabled: hoursOn };
    if (hoursOn) Object.assign(patch, { workStartMin: start, workEndMin: end });
    // Never try to change what the organization locked.
    for (const k of locked) delete (patch as Record<string, unknown>)[k];
    setSaving(true);
    try {
      await onSave(patch);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setSaving(false);
    }
  }

  return (
    <form class="card stack" aria-labelledby="sched-h" onSubmit={(e) => void save(e)}>
      <h2 id="sched-h" tabIndex={-1}>
        {i18n.t('scheduleHeading')}
      </h2>
      <fieldset>
        <legend>{i18n.t('schedulePresetLegend')}</legend>
        {PRESET_IDS.map((id) => (
          <RadioChoice
            key={id}
            name="preset"
            value={id}
            checked={preset === id}
            onChange={() => setPreset(id)}
            title={td(kebabKey('preset', id))}
            help={td(kebabKey('preset', id) + 'Help')}
            helpId={`preset-${id}-help`}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{i18n.t('scheduleHoursLegend')}</legend>
        <label class="row">
          <input
            type="checkbox"
            checked={hoursOn}
            onChange={(e) => setHoursOn(e.currentTarget.checked)}
          />
          {i18n.t('settingWorkHoursEnabled')}
        </label>
        {hoursOn && (
          <div class="row" style={{ marginTop: '8px' }}>
            <TimeField
              id="start"
              label={i18n.t('settingWorkStartMin')}
              value={start}
              onChange={setStart}
            />
            <TimeField id="end" label={i18n.t('settingWorkEndMin')} value={end} onChange={setEnd} />
          </div>
        )}
        <p class="muted small">{i18n.t('scheduleHoursHelp')}</p>
      </fieldset>
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
      <div>
        <button class="primary" type="submit" disabled={saving} data-testid="schedule-save">
          {i18n.t('actionContinue')}
        </button>
      </div>
    </form>
  );
}
