/** A small live dot plus words for the current posture state. */
import { postureDetailKey } from '../lib/posture/state-detail';
import type { PostureState } from '../lib/posture/types';
import { kebabKey, td } from './i18n-dynamic';

export type Tone = 'good' | 'warn' | 'bad' | 'idle';

/** Colour tone of a posture state. */
export function postureTone(p: PostureState): Tone {
  switch (p.kind) {
    case 'neutral':
      return 'good';
    case 'forward-head':
    case 'needs-calibration':
      return 'warn';
    case 'away':
    case 'calibrating':
    case 'unknown':
      return 'idle';
  }
}

/** The headline words for a posture state. */
export function postureLabel(p: PostureState): string {
  return td(kebabKey('posture', p.kind));
}

/** A second line explaining why, when the state has a reason (lib/posture/state-detail.ts). */
export function postureDetail(p: PostureState): string | null {
  const key = postureDetailKey(p);
  return key ? td(key) : null;
}

/**
 * @param checking calibrated just now, no sample judged yet: says so instead of "needs calibration"
 */
export function PostureIndicator({
  posture,
  live,
  checking = false,
}: {
  posture: PostureState;
  live: boolean;
  checking?: boolean;
}) {
  if (checking)
    return (
      <div class="posture" data-testid="posture" data-kind="checking" aria-live="polite">
        <span class={`dot good ${live ? 'live' : ''}`} aria-hidden="true" />
        <div>
          <div style={{ fontWeight: 650 }}>{td('postureChecking')}</div>
          <div class="muted small">{td('postureCheckingDetail')}</div>
        </div>
      </div>
    );
  const tone = postureTone(posture);
  const detail = postureDetail(posture);
  return (
    <div class="posture" data-testid="posture" data-kind={posture.kind} aria-live="polite">
      <span class={`dot ${tone === 'idle' ? '' : tone} ${live ? 'live' : ''}`} aria-hidden="true" />
      <div>
        <div style={{ fontWeight: 650 }}>{postureLabel(posture)}</div>
        {detail && <div class="muted small">{detail}</div>}
      </div>
    </div>
  );
}
