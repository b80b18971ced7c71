/** After a high diary score: the red flags asked once more, with where to go if one applies. */
import { i18n } from '#i18n';
import { RedFlagList } from './red-flags';

export function HighScoreCheck() {
  return (
    <div class="notice stack" role="alert" data-testid="high-score-check">
      <p>
        <strong>{i18n.t('diaryHighScore')}</strong>
      </p>
      <RedFlagList />
      <p>{i18n.t('headacheSeekCareText')}</p>
    </div>
  );
}
