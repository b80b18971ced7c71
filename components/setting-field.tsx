/**
 * One setting, rendered from its row in the settings table: the control, its bounds, validation
 * and the organization lock. Props in, callbacks out.
 */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { SettingSpec } from '../lib/settings-schema';
import { coerceValue } from '../lib/settings';
import { uiLocale } from './format';
import { formatTimeOfDay } from './clock-time';
import { TimeInput } from './time-input';
import { kebabKey, settingKey, td } from './i18n-dynamic';

export interface SettingFieldProps {
  name: string;
  spec: SettingSpec;
  value: unknown;
  locked: boolean;
  managed: boolean;
  /** Narrower bounds set by the organization, for number settings. */
  limit?: { min: number; max: number };
  /** Called with a valid value only. */
  onChange: (value: unknown) => void;
}

const WEEKDAY_BASE = Date.UTC(2023, 0, 1); // a Sunday
/** Localized weekday name for 0 = Sunday .. 6 = Saturday. */
export function weekdayName(d: number): string {
  return new Date(WEEKDAY_BASE + d * 86_400_000).toLocaleDateString(uiLocale(), {
    weekday: 'long',
    timeZone: 'UTC',
  });
}

/** The error text for an invalid input, or null when `raw` is valid for `spec`. */
export function validate(spec: SettingSpec, raw: unknown): string | null {
  const { problem } = coerceValue(spec, raw);
  if (!problem) return null;
  if (spec.kind === 'int' && spec.unit === 'min after midnight')
    return i18n.t('optionsErrorTime', [formatTimeOfDay(17 * 60 + 30, uiLocale())]);
  if (problem.kind === 'range')
    return i18n.t('optionsErrorRange', [String(problem.min), String(problem.max)]);
  return i18n.t('optionsErrorInvalid');
}

/** The spec with the organization's narrower bounds applied, if any. */
export function effectiveSpec(
  spec: SettingSpec,
  limit?: { min: number; max: number },
): SettingSpec {
  if (!limit || spec.kind !== 'int') return spec;
  return { ...spec, min: Math.max(spec.min, limit.min), max: Math.min(spec.max, limit.max) };
}

export function SettingField(p: SettingFieldProps) {
  const id = `setting-${p.name}`;
  const label = td(settingKey(p.name));
  const help = td(settingKey(p.name, 'Help'));
  const [error, setError] = useState<string | null>(null);
  const s = effectiveSpec(p.spec, p.limit);
  const commit = (raw: unknown) => {
    const err = validate(s, raw);
    setError(err);
    if (!err) p.onChange(coerceValue(s, raw).value);
  };
  const describedBy = `${id}-help${error ? ` ${id}-err` : ''}${p.locked ? ` ${id}-lock` : ''}`;
  const common = {
    id,
    disabled: p.locked,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
  };

  let control;
  if (s.kind === 'bool') {
    control = (
      <input
        type="checkbox"
        {...common}
        checked={p.value === true}
        onChange={(e) => commit(e.currentTarget.checked)}
      />
    );
  } else if (s.kind === 'int' && s.unit === 'min after midnight') {
    control = <TimeInput {...common} value={Number(p.value)} onCommit={commit} />;
  } else if (s.kind === 'int') {
    control = (
      <IntInput
        {...common}
        value={Number(p.value)}
        min={s.min}
        max={s.max}
        unit={s.unit}
        onCommit={commit}
      />
    );
  } else if (s.kind === 'enum') {
    control = (
      <select {...common} value={String(p.value)} onChange={(e) => commit(e.currentTarget.value)}>
        {s.values.map((v) => (
          <option key={v} value={v}>
            {td(kebabKey(`option${settingKey(p.name).slice(7)}`, v))}
          </option>
        ))}
      </select>
    );
  } else {
    control = <ListInput {...p} id={id} describedBy={describedBy} onCommit={commit} />;
  }
  const inline = s.kind === 'bool';
  return (
    <div class="field" data-testid={id} data-locked={p.locked || undefined}>
      <div class={inline ? 'row' : 'stack-tight'}>
        {inline && control}
        {s.kind === 'intList' || (s.kind === 'stringList' && s.values) ? (
          <span class="field-label" id={`${id}-label`}>
            {label}
          </span>
        ) : (
          <label for={id}>{label}</label>
        )}
        {!inline && control}
      </div>
      <p id={`${id}-help`} class="muted small field-help">
        {help}
      </p>
      {error && (
        <p id={`${id}-err`} class="error-text" role="alert">
          {error}
        </p>
      )}
      {p.locked && (
        <p id={`${id}-lock`} class="small lock-note">
          🔒 {i18n.t('policyLocked')}
        </p>
      )}
      {!p.locked && p.limit && s.kind === 'int' && (
        <p class="small muted">{i18n.t('policyLimited', [String(s.min), String(s.max)])}</p>
      )}
      {!p.locked && p.managed && <p class="small muted">{i18n.t('optionsManagedDefault')}</p>}
    </div>
  );
}

function IntInput(props: {
  id: string;
  disabled: boolean;
  value: number;
  min: number;
  max: number;
  unit?: string;
  onCommit: (v: unknown) => void;
  'aria-describedby': string;
  'aria-invalid'?: boolean;
}) {
  const { onCommit, unit, value, ...rest } = props;
  // What the person is typing, tied to the value it started from: when the saved value changes
  // (a save came back, or policy clamped it) the field shows the new value, decided during
  // render so no late effect can overwrite fresh typing.
  const [draft, setDraft] = useState<{ text: string; base: number } | null>(null);
  const text = draft && draft.base === value ? draft.text : String(value);
  return (
    <span class="row">
      <input
        type="number"
        inputMode="numeric"
        step={1}
        {...rest}
        value={text}
        style={{ width: '7em' }}
        onInput={(e) => setDraft({ text: e.currentTarget.value, base: value })}
        onChange={(e) =>
          onCommit(e.currentTarget.value === '' ? NaN : Number(e.currentTarget.value))
        }
      />
      {unit && <span class="muted small">{td(kebabKey('unit', unit))}</span>}
      <span class="muted small">
        {i18n.t('optionsRange', [String(props.min), String(props.max)])}
      </span>
    </span>
  );
}

function ListInput(
  p: SettingFieldProps & { id: string; describedBy: string; onCommit: (v: unknown) => void },
) {
  const s = p.spec;
  const list = Array.isArray(p.value) ? (p.value as unknown[]) : [];
  if (s.kind === 'intList' || (s.kind === 'stringList' && s.values)) {
    const options: (string | number)[] =
      s.kind === 'intList'
        ? Array.from({ length: s.max - s.min + 1 }, (_, i) => s.min + i)
        : [...(s.values ?? [])];
    // Work days are listed Monday first, as most calendars in our languages do.
    if (p.name === 'workDays') options.push(options.shift() as number);
    const toggle = (v: string | number, on: boolean) =>
      p.onCommit(on ? [...list, v] : list.filter((x) => x !== v));
    return (
      <div
        role="group"
        aria-labelledby={`${p.id}-label`}
        aria-describedby={p.describedBy}
        class="row"
      >
        {options.map((v) => (
          <label key={v} class="row chip">
            <input
              type="checkbox"
              disabled={p.locked}
              checked={list.includes(v)}
              onChange={(e) => toggle(v, e.currentTarget.checked)}
            />
            {typeof v === 'number' ? weekdayName(v) : td(kebabKey('routine', v))}
          </label>
        ))}
      </div>
    );
  }
  return (
    <textarea
      id={p.id}
      rows={4}
      disabled={p.locked}
      aria-describedby={p.describedBy}
      value={list.join('\n')}
      onChange={(e) =>
        p.onCommit(
          e.currentTarget.value
            .split('\n')
            .map((x) => x.trim())
            .filter(Boolean),
        )
      }
    />
  );
}
