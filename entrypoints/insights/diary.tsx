/**
 * The optional headache diary: one entry per day, intensity 0-10, a short note and optional
 * details (duration, medicine, possible triggers). A high score asks the red flags again.
 */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { IntensityField } from '../../components/intensity-field';
import { DiaryDetailsFields } from '../../components/diary-details';
import { HighScoreCheck } from '../../components/high-score-check';
import { MedicineDays } from './medicine-days';
import { HIGH_DIARY_SCORE } from '../../lib/exercises/headache';
import { MAX_NOTE_CHARS, dayKey, isDayKey, shiftDay } from '../../lib/history/day';
import { coerceDiaryDetails, type DiaryDetails } from '../../lib/history/diary';
import type { DayRecord } from '../../lib/history/types';
import { oldestKeptFrom } from '../../lib/history/retention';
import { sendToBackground } from '../../lib/platform/messaging';
import { DIARY_TOO_OLD } from '../../lib/messages';
import { StatusLine } from '../../components/status-line';
import { longDayLabel } from './series';

/** How many days back an entry can be made or changed (today included). */
const DIARY_DAYS = 31;

const tooOld = (days: number | undefined) => i18n.t('diaryTooOld', [String(days ?? '')]);

/**
 * @param retentionDays days of history kept (setting); an older day cannot be saved: the worker
 *   refuses it and the page says why instead of "Saved."
 */
export function Diary({
  records,
  onSaved,
  retentionDays,
}: {
  records: DayRecord[];
  onSaved: () => void;
  retentionDays?: number;
}) {
  const today = dayKey(Date.now());
  const oldest = retentionDays ? oldestKeptFrom(retentionDays, today) : undefined;
  const offered = Array.from({ length: DIARY_DAYS }, (_, i) => shiftDay(today, -i)).filter(
    (d) => !oldest || d >= oldest,
  );
  const [day, setDay] = useState(today);
  const existing = records.find((r) => r.day === day)?.headache;
  const [intensity, setIntensity] = useState(existing?.intensity ?? 0);
  const [note, setNote] = useState(existing?.note ?? '');
  const [details, setDetails] = useState<DiaryDetails>(coerceDiaryDetails(existing));
  const [status, setStatus] = useState('');
  const [high, setHigh] = useState(false);

  function pick(d: string) {
    setDay(d);
    const e = records.find((r) => r.day === d)?.headache;
    setIntensity(e?.intensity ?? 0);
    setNote(e?.note ?? '');
    setDetails(coerceDiaryDetails(e));
  }
  async function save(e: Event) {
    e.preventDefault();
    if (!isDayKey(day) || day > today) return setStatus(i18n.t('diaryBadDay'));
    if (oldest && day < oldest) return setStatus(tooOld(retentionDays));
    try {
      await sendToBackground('history:diary', { day, intensity, note, details });
      setStatus(i18n.t('diarySaved'));
      setHigh(intensity >= HIGH_DIARY_SCORE);
    } catch (err) {
      if (!(err instanceof Error) || err.message !== DIARY_TOO_OLD)
        setStatus(i18n.t('diaryNotSaved'));
      else {
        // The history kept was shortened since this page opened: say today's number of days.
        const kept = await sendToBackground('settings:get', {}).then(
          (r) => r.settings.retentionDays,
          () => retentionDays,
        );
        setStatus(tooOld(kept));
      }
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
    setDetails({});
    setHigh(false);
    setStatus(i18n.t('diaryCleared'));
    onSaved();
  }

  return (
    <section class="card stack" aria-labelledby="diary-h" data-testid="diary">
      <h2 id="diary-h">{i18n.t('diaryHeading')}</h2>
      <p class="muted">{i18n.t('diaryIntro')}</p>
      <form class="diary-form" noValidate onSubmit={(e) => void save(e)}>
        <div>
          <label for="diary-day">{i18n.t('diaryDay')}</label>
          {/* A list of days written in the page's language (a date field follows the browser's),
              none older than the history kept. */}
          <select id="diary-day" value={day} onChange={(e) => pick(e.currentTarget.value)}>
            {offered.map((d, i) => (
              <option key={d} value={d}>
                {i === 0 ? `${i18n.t('rangeToday')}, ${longDayLabel(d)}` : longDayLabel(d)}
              </option>
            ))}
          </select>
        </div>
        <IntensityField id="diary-intensity" value={intensity} onChange={setIntensity} />
        <DiaryDetailsFields value={details} onChange={setDetails} idPrefix="diary" />
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
      {high && <HighScoreCheck />}
      <MedicineDays records={records} />
    </section>
  );
}
