/** The popup's posture line: the headline and the one-line reason every page words alike. */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PostureState } from '../../../lib/posture/types';

vi.mock('#i18n', async () => (await import('../support/i18n-en')).i18nMock);
const { PostureIndicator } = await import('../../../components/posture-indicator');

afterEach(cleanup);

const line = (posture: PostureState) => {
  render(<PostureIndicator posture={posture} live />);
  const text = screen.getByTestId('posture').textContent ?? '';
  cleanup();
  return text;
};

describe('PostureIndicator', () => {
  it('says when only the face is judged, and what "nobody in view" can mean', () => {
    expect(line({ kind: 'neutral', faceOnly: true })).toContain('only your face is judged');
    expect(line({ kind: 'forward-head', faceOnly: true })).toContain('only your face is judged');
    expect(line({ kind: 'away' })).toContain('sit back a little');
  });

  it('names the reason for a setup change and adds nothing to a plain verdict', () => {
    expect(line({ kind: 'needs-calibration', reason: 'geometry-changed' })).not.toBe(
      line({ kind: 'needs-calibration', reason: 'no-baseline' }),
    );
    expect(line({ kind: 'neutral' })).toBe('Upright');
  });
});
