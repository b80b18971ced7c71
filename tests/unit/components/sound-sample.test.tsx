import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('#i18n', async () => (await import('../support/i18n-en')).i18nMock);
const { SAMPLE_GAPS_MS, SoundSample } = await import('../../../components/sound-sample');

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('SoundSample', () => {
  it('plays the start chime, a tick and the end chime in turn', async () => {
    vi.useFakeTimers();
    const play = vi.fn();
    render(<SoundSample play={play} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play the break sounds' }));
    expect(play.mock.calls).toEqual([['start']]);
    await vi.advanceTimersByTimeAsync(SAMPLE_GAPS_MS[0]);
    expect(play.mock.calls).toEqual([['start'], ['tick']]);
    await vi.advanceTimersByTimeAsync(SAMPLE_GAPS_MS[1]);
    expect(play.mock.calls).toEqual([['start'], ['tick'], ['end']]);
  });

  it('starts over on a second click, and plays nothing more once it is gone', async () => {
    vi.useFakeTimers();
    const play = vi.fn();
    const { unmount } = render(<SoundSample play={play} />);
    const button = screen.getByRole('button', { name: 'Play the break sounds' });
    fireEvent.click(button);
    await vi.advanceTimersByTimeAsync(SAMPLE_GAPS_MS[0] - 1);
    fireEvent.click(button);
    await vi.advanceTimersByTimeAsync(SAMPLE_GAPS_MS[0] + SAMPLE_GAPS_MS[1]);
    expect(play.mock.calls).toEqual([['start'], ['start'], ['tick'], ['end']]);
    fireEvent.click(button);
    unmount();
    await vi.advanceTimersByTimeAsync(SAMPLE_GAPS_MS[0] + SAMPLE_GAPS_MS[1]);
    expect(play).toHaveBeenCalledTimes(5);
  });
});
