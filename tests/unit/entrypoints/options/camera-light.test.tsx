import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ResolvedSettings } from '../../../../lib/settings-policy';
import { backgroundStub, resolved } from '../../support/fixtures';

vi.mock('#i18n', async () => (await import('../../support/i18n-en')).i18nMock);
const send = vi.fn();
vi.mock('../../../../lib/platform/messaging', () => ({
  sendToBackground: (...a: unknown[]) => send(...a),
}));

const { App } = await import('../../../../entrypoints/options/app');
const { CAMERA_LIGHT_COST } = await import('../../../../entrypoints/options/camera-light');

let current: ResolvedSettings;
beforeEach(() => {
  fakeBrowser.reset();
  current = resolved();
  send.mockReset();
  send.mockImplementation(
    backgroundStub(
      () => current.settings,
      (name: string, data: { patch?: Record<string, unknown> }) => {
        if (name === 'settings:set')
          current = { ...current, settings: { ...current.settings, ...data.patch } };
        return current;
      },
    ),
  );
});
afterEach(cleanup);

describe('options: the camera light', () => {
  it('explains both modes with their measured cost, marks the one in use and saves a change', async () => {
    render(<App />);
    const brief = await screen.findByTestId('camera-light-brief');
    const steady = screen.getByTestId('camera-light-steady');
    // Each mode shows its measured cost, or says that it was not measured: never a made-up figure.
    for (const [el, c] of [
      [brief, CAMERA_LIGHT_COST.brief],
      [steady, CAMERA_LIGHT_COST.steady],
    ] as const)
      expect(el.textContent).toMatch(c ? `${c.memoryMb} MB` : /not been measured/);
    expect(steady.textContent).toMatch(/stays on/);
    expect(brief.getAttribute('aria-current')).toBe('true');
    expect(steady.getAttribute('aria-current')).toBeNull();

    const field = screen.getByLabelText('Camera light');
    fireEvent.change(field, { target: { value: 'steady' } });
    await waitFor(() => expect(current.settings.cameraLight).toBe('steady'));
    await waitFor(() =>
      expect(screen.getByTestId('camera-light-steady').getAttribute('aria-current')).toBe('true'),
    );
  });
});
