/**
 * A time-of-day text field written on the page language's clock (24 h in de and es, AM/PM in
 * en-US). Commits on change (Enter or leaving the field) with minutes after midnight, or NaN when
 * the text is not a time. Props in, callbacks out.
 */
import { useState } from 'preact/hooks';
import { formatTimeOfDay, parseTimeOfDay } from './clock-time';
import { uiLocale } from './format';

export interface TimeInputProps {
  id: string;
  /** Minutes after midnight, 0..1439. */
  value: number;
  disabled?: boolean;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  onCommit: (minutes: number) => void;
}

export function TimeInput({ value, onCommit, ...rest }: TimeInputProps) {
  // What the person is typing, tied to the value it started from (as the number fields do).
  const [draft, setDraft] = useState<{ text: string; base: number } | null>(null);
  const text = draft && draft.base === value ? draft.text : formatTimeOfDay(value, uiLocale());
  return (
    <input
      type="text"
      autoComplete="off"
      spellcheck={false}
      size={9}
      {...rest}
      value={text}
      style={{ width: '8em' }}
      onInput={(e) => setDraft({ text: e.currentTarget.value, base: value })}
      onChange={(e) => {
        const min = parseTimeOfDay(e.currentTarget.value, uiLocale());
        // A valid time is shown as the clock writes it ("8" becomes "08:00").
        if (min !== null) setDraft(null);
        onCommit(min ?? NaN);
      }}
    />
  );
}
