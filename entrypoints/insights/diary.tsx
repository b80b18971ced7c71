/** The optional headache diary: one entry per day, intensity 0-10 and a short note. */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { MAX_NOTE_CHARS, dayKey, isDayKey } from '../../lib/history/day';
import type { DayRecord } from '../../lib/history/types';
import { sendToBackground } from '../../lib/platform/messaging';
import { StatusLine } from '../../components/status-line';

export function Diary({ records, onSaved }: { records: DayRecord[]; onSaved: () => void }) {
  const today = dayKey(Date.now());
  const [day, setDay] = useState(today);
  const existing = records.find((r) => r.day === day)?.headache;
  const [intensity, setIntensity] = useState(existing?.intensity ?? 0);
  const [note, setNote] = useState(existing?.note ?? '');
  const [status, setStatus] = useState('');

  function pick(d: string) {
    setDay(d);
    const e = records.find((r) => r.day === d)?.headache;
    setIntensity(e?.intensity ?? 0);
    setNote(e?.note ?? '');
  }
  async function save(e: Event) {
    e.preventDefault();
    if (!isDayKey(day) || day > today) return setStatus(i18n.t('diaryBadDay'));
    try {
      await sendToBackground('history:diary', { day, intensity, note });
      setStatus(i18n.t('diarySaved'));
    } catch {
      setStatus(i18n.t('diaryNotSaved'));
    }
    onSaved();
  }
  async function clear() {
    try {
      await sendToBackground('history:diary', { day, intensity: null });
    } catch {
      return setStatus(i18n.t('diaryNotSaved'));
    }
    setIntensity(0);
    setNote('');
    setStatus(i18n.t('diaryCleared'));
    onSaved();
  }

  return (
    <section class="card stack" aria-labelledby="diary-h" data-testid="diary">
      <h2 id="diary-h">{i18n.t('diaryHeading')}</h2>
      <p class="muted">{i18n.t('diaryIntro')}</p>
      <form class="diary-form" onSubmit={(e) => void save(e)}>
        <div>
          <label for="diary-day">{i18n.t('diaryDay')}</label>
          <input
            id="diary-day"
            type="date"
            max={today}
            value={day}
            onChange={(e) => pick(e.currentTarget.value)}
          />
        </div>
        <div>
          <label for="diary-intensity">{i18n.t('diaryIntensity')}</label>
          <div class="intensity">
            <input
              id="diary-intensity"
              type="range"
              min={0}
              max={10}
              step={1}
              value={intensity}
              aria-valuetext={i18n.t('diaryIntensityValue', [String(intensity)])}
              onInput={(e) => setIntensity(Number(e.currentTarget.value))}
            />
            <output for="diary-intensity">{intensity}</output>
          </div>
          <span class="muted small">{i18n.t('diaryScale')}</span>
        </div>
        <div class="full">
          <label for="diary-note">{i18n.t('diaryNote')}</label>
          <textarea
            id="diary-note"
            rows={2}
            maxLength={MAX_NOTE_CHARS}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </div>
        <div class="row full">
          <button class="primary" type="submit" data-testid="diary-save">
            {i18n.t('actionSave')}
          </button>
          {existing && (
            <button type="button" onClick={() => void clear()}>
              {i18n.t('diaryClear')}
            </button>
          )}
        </div>
      </form>
      <StatusLine testId="diary-status" text={status} />
    </section>
  );
}
