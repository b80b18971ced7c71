import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dayKey } from '../../../../lib/history/day';

vi.mock('#i18n', async () => (await import('../../support/i18n-en')).i18nMock);
const send = vi.fn();
vi.mock('../../../../lib/platform/messaging', () => ({
  sendToBackground: (...a: unknown[]) => send(...a),
}));

const { App } = await import('../../../../entrypoints/headache/app');

beforeEach(() => {
  send.mockReset();
  send.mockResolvedValue(undefined);
});
afterEach(cleanup);

describe('headache now', () => {
  it('a red flag stops at seek care, with nothing else', () => {
    render(<App />);
    expect(screen.getByTestId('red-flags').textContent).toMatch(/painful red eye/);
    fireEvent.click(screen.getByTestId('flags-one'));
    expect(screen.getByTestId('headache-seek-care').textContent).toMatch(/emergency services/);
    expect(screen.queryByTestId('q1')).toBeNull();
    expect(screen.queryByTestId('diary-offer')).toBeNull();
    expect(document.querySelector('a[href*="break.html"]')).toBeNull();
  });

  it.each([
    ['yes', 'no', 'path-migraine'],
    ['no', 'yes', 'path-migraine'],
    ['no', 'no', 'path-tension'],
  ])('Q1 %s, Q2 %s -> %s', (q1, q2, path) => {
    render(<App />);
    fireEvent.click(screen.getByTestId('flags-none'));
    fireEvent.click(screen.getByTestId(`q1-${q1}`));
    fireEvent.click(screen.getByTestId(`q2-${q2}`));
    expect(screen.getByTestId(path).textContent).toMatch(/may help/);
    expect(document.body.textContent).not.toMatch(/relief/i);
    expect(screen.getByTestId('diary-offer')).toBeTruthy();
  });

  it('logs the diary entry with the type through the worker; a high score re-asks the red flags', async () => {
    render(<App />);
    fireEvent.click(screen.getByTestId('flags-none'));
    fireEvent.click(screen.getByTestId('q1-no'));
    fireEvent.click(screen.getByTestId('q2-no'));
    fireEvent.click(screen.getByTestId('diary-offer-open'));
    fireEvent.input(document.getElementById('offer-intensity')!, { target: { value: '8' } });
    fireEvent.click(screen.getByTestId('offer-medicine-no'));
    fireEvent.click(screen.getByTestId('diary-offer-save'));
    expect(await screen.findByTestId('high-score-check')).toBeTruthy();
    expect(send).toHaveBeenCalledWith('history:diary', {
      day: dayKey(Date.now()),
      intensity: 8,
      details: { type: 'tension-type', medicine: false },
    });
  });
});
