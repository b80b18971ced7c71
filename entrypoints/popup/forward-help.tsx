/**
 * What "Head drifting forward" means right now: how far from the person's own calibrated posture
 * (in words), for how long, and one thing to try.
 */
import { i18n } from '#i18n';
import { formatUntil } from '../../components/format';
import { td } from '../../components/i18n-dynamic';

/** How far the head is from the person's own neutral, in words. */
export type DriftLevel = 'slight' | 'clear';

const TIPS = ['ChinTuck', 'ShoulderRoll', 'RaiseScreen', 'SitBack'] as const;

/**
 * Ends a sentence with one full stop: German durations may end in an abbreviation ("5 Min.") or
 * a word ("weniger als einer Minute"), so the locale leaves the stop out.
 */
const endSentence = (s: string) => (/[.!?…]$/.test(s) ? s : `${s}.`);

export function ForwardHelp(props: {
  /** ms since epoch when the current forward-head run started, when known. */
  since: number | null;
  level: DriftLevel | null;
  now: number;
}) {
  const { since, level, now } = props;
  // One tip, changing every few minutes rather than on every poll.
  const tip = TIPS[Math.floor(now / 300_000) % TIPS.length] ?? 'ChinTuck';
  return (
    <div class="forward-help small" data-testid="forward-help">
      <p>
        {i18n.t(
          level === 'clear'
            ? 'popupForwardClear'
            : level === 'slight'
              ? 'popupForwardSlight'
              : 'popupForwardPlain',
        )}
        {since !== null && ` ${endSentence(i18n.t('popupForwardFor', [formatUntil(now, since)]))}`}
      </p>
      <p>{td(`scheduleTip${tip}`)}</p>
    </div>
  );
}
