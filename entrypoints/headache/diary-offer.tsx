/**
 * After "headache now": the offer to log it in the diary (today), with the type from the two
 * questions already filled in. Goes through the worker like every diary write.
 */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { IntensityField } from '../../components/intensity-field';
import { DiaryDetailsFields } from '../../components/diary-details';
import { HighScoreCheck } from '../../components/high-score-check';
import { sendToBackground } from '../../lib/platform/messaging';
import { HIGH_DIARY_SCORE, type HeadacheType } from '../../lib/exercises/headache';
import { dayKey } from '../../lib/history/day';
import type { DiaryDetails } from '../../lib/history/diary';

export function DiaryOffer({ type }: { type: HeadacheType }) {
  const [open, setOpen] = useState(false);
  const [intensity, setIntensity] = useState(5);
  const [details, setDetails] = useState<DiaryDetails>({ type });
  const [saved, setSaved] = useState<number | null>(null);
  const [status, setStatus] = useState('');

  async function save(e: Event) {
    e.preventDefault();
    try {
      await sendToBackground('history:diary', {
        day: dayKey(Date.now()),
        intensity,
        details: { ...details, type },
      });
      setSaved(intensity);
      setStatus(i18n.t('diarySaved'));
    } catch {
      setStatus(i18n.t('diaryNotSaved'));
    }
  }

  return (
    <section class="card stack" aria-labelledby="offer-h" data-testid="diary-offer">
      <h2 id="offer-h">{i18n.t('headacheDiaryHeading')}</h2>
      <p class="muted">{i18n.t('headacheDiaryText')}</p>
      {!open ? (
        <div>
          <button class="primary" onClick={() => setOpen(true)} data-testid="diary-offer-open">
            {i18n.t('headacheDiaryOpen')}
          </button>
        </div>
      ) : (
        <form class="diary-form" onSubmit={(e) => void save(e)}>
          <IntensityField id="offer-intensity" value={intensity} onChange={setIntensity} />
          <DiaryDetailsFields value={details} onChange={setDetails} idPrefix="offer" />
          <div class="row full">
            <button class="primary" type="submit" data-testid="diary-offer-save">
              {i18n.t('actionSave')}
            </button>
          </div>
        </form>
      )}
      <p role="status" class="small" data-testid="diary-offer-status">
        {status}
      </p>
      {saved !== null && saved >= HIGH_DIARY_SCORE && <HighScoreCheck />}
    </section>
  );
}
