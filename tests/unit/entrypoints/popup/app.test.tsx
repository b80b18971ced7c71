import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { status } from '../../support/fixtures';

vi.mock('#i18n', async () => (await import('../../support/i18n-en')).i18nMock);
const send = vi.fn();
vi.mock('../../../../lib/platform/messaging', () => ({
  sendToBackground: (...a: unknown[]) => send(...a),
}));

const { App } = await import('../../../../entrypoints/popup/app');

let current = status();
beforeEach(() => {
  current = status();
  send.mockReset();
  send.mockImplementation(async (name: string, data: { choice?: string }) => {
    if (name === 'monitor:pause')
      current = status({ monitoring: 'paused', pausedUntil: Date.now() + 30 * 60_000 });
    if (name === 'monitor:resume') current = status();
    if (name === 'settings:set') current = status({ monitoring: 'reminders-only', camera: 'off' });
    void data;
    return current;
  });
});
afterEach(cleanup);

/** Stubs what the popup uses to open a page (`tabs.create`, then `window.close`). */
function stubOpenPage() {
  vi.spyOn(window, 'close').mockImplementation(() => undefined);
  return vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
}

describe('popup', () => {
  it('shows posture, next break and today', async () => {
    render(<App />);
    expect(await screen.findByText('Upright')).toBeTruthy();
    expect(screen.getByTestId('posture').dataset.kind).toBe('neutral');
    expect(screen.getByTestId('next-break').textContent).toMatch(/Next break in 12 min/);
    expect(screen.getByText('1 h 35 min')).toBeTruthy();
    expect(screen.getByText('20 %')).toBeTruthy(); // 19 of 95 minutes
  });

  it("names today's neck training when it is the next break", async () => {
    current = status({ nextBreakKind: 'neck-training' });
    render(<App />);
    await waitFor(() =>
      expect(screen.getByTestId('next-break').textContent).toMatch(/Neck training in 12 min/),
    );
  });

  it('pauses for 30 minutes and resumes', async () => {
    // Midday: a 30-minute pause started after 23:30 ends tomorrow and reads "rest of today".
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 1, 12, 0));
    onTestFinished(() => void vi.useRealTimers());
    render(<App />);
    const thirty = await screen.findByRole('button', { name: '30 min' });
    thirty.focus();
    fireEvent.click(thirty);
    await screen.findByTestId('paused');
    expect(send).toHaveBeenCalledWith('monitor:pause', { choice: '30m' });
    expect(screen.getByTestId('paused').textContent).toMatch(/Paused until/);
    // The focused button is gone: the focus moves to "Resume", not to the page.
    const resume = screen.getByRole('button', { name: 'Resume' });
    await waitFor(() => expect(document.activeElement).toBe(resume));
    fireEvent.click(resume);
    await waitFor(() => expect(screen.queryByTestId('paused')).toBeNull());
    expect(send).toHaveBeenCalledWith('monitor:resume', {});
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: '30 min' })),
    );
  });

  it('starts a break now', async () => {
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Take a break now' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith('break:start', { kind: 'movement' }));
  });

  it('starts neck training, and opens headache now, relaxation, safety and (after a setup change) the desk check', async () => {
    const create = stubOpenPage();
    current = status({ posture: { kind: 'needs-calibration', reason: 'geometry-changed' } });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Neck training' }));
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith('break:start', { kind: 'neck-training' }),
    );
    const opened = async (name: string | RegExp, path: string) => {
      fireEvent.click(screen.getByRole('button', { name }));
      await waitFor(() =>
        expect(create).toHaveBeenLastCalledWith({ url: expect.stringContaining(path) }),
      );
    };
    await opened('I have a headache', '/headache.html');
    await opened('Breathe and relax', '/break.html?kind=relaxation');
    await opened('Safety', '/safety.html');
    await opened(/Check your desk setup/, '/desk-check.html');
  });

  it.each([
    ['denied', 'Camera access is blocked', 'Allow the camera'],
    ['busy', 'The camera is in use by another app', 'Try again'],
    ['no-camera', 'No camera found', 'Use reminders only'],
    ['no-webgl', 'This browser has no WebGL (graphics acceleration)', 'Use reminders only'],
    ['model-error', 'The posture model could not start', 'Try again'],
    ['detection-error', 'The posture model stopped working', 'Try again'],
  ] as const)('camera %s: explains and offers one fix', async (camera, title, fix) => {
    current = status({ camera });
    render(<App />);
    const alert = await screen.findByTestId('camera-problem');
    expect(alert.textContent).toContain(title);
    expect(screen.getAllByRole('button', { name: fix })).toHaveLength(1);
    expect(screen.queryByTestId('posture')).toBeNull();
  });

  it.each(['model-error', 'detection-error', 'busy'] as const)(
    'camera %s: "Try again" starts the camera host over (the model reloads)',
    async (camera) => {
      current = status({ camera });
      render(<App />);
      fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
      await waitFor(() => expect(send).toHaveBeenCalledWith('camera:retry', {}));
    },
  );

  it('camera fix "reminders only" turns the camera setting off', async () => {
    current = status({ camera: 'no-camera' });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Use reminders only' }));
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith('settings:set', { patch: { cameraEnabled: false } }),
    );
    await screen.findByTestId('reminders-only');
  });

  it('asks for calibration when there is no baseline', async () => {
    current = status({
      hasBaseline: false,
      posture: { kind: 'needs-calibration', reason: 'no-baseline' },
    });
    render(<App />);
    expect(await screen.findByRole('button', { name: 'Calibrate to start' })).toBeTruthy();
    expect(screen.getByText(/Calibrate once/)).toBeTruthy();
  });

  it('says so when the service worker does not answer, and retries', async () => {
    send.mockRejectedValueOnce(new Error('No answer'));
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Upright')).toBeTruthy();
  });

  it('polls status every 2 seconds', async () => {
    vi.useFakeTimers();
    try {
      render(<App />);
      await vi.advanceTimersByTimeAsync(4100);
      expect(send.mock.calls.filter(([n]) => n === 'status:get').length).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('during a break, offers to go to it instead of starting another', async () => {
    const create = stubOpenPage();
    try {
      current = status({ activeBreak: { id: 'b 1', kind: 'micro', phase: 'running' } });
      render(<App />);
      fireEvent.click(await screen.findByRole('button', { name: 'Go to the break' }));
      await waitFor(() => expect(create).toHaveBeenCalled());
      expect(create.mock.calls[0]![0].url).toMatch(/\/break\.html\?id=b%201&kind=micro$/);
      // The break buttons give way to the one that matters: going to the break under way.
      expect(screen.queryByRole('button', { name: 'Take a break now' })).toBeNull();
      expect(screen.queryByRole('button', { name: 'Neck training' })).toBeNull();
    } finally {
      create.mockRestore();
    }
  });

  it('offers the live view when calibrated, not during a break or without a baseline', async () => {
    render(<App />);
    const toggle = await screen.findByTestId('live-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent).toBe('Live view');
    cleanup();
    current = status({ activeBreak: { id: 'b', kind: 'movement', phase: 'running' } });
    render(<App />);
    await screen.findByRole('button', { name: 'Go to the break' });
    expect(screen.queryByTestId('live-toggle')).toBeNull();
    cleanup();
    current = status({ hasBaseline: false });
    render(<App />);
    await screen.findByTestId('next-break');
    expect(screen.queryByTestId('live-toggle')).toBeNull();
  });

  it('says when storage is full, with a way to free space, and not otherwise', async () => {
    const create = stubOpenPage();
    try {
      render(<App />);
      await screen.findByText('Upright');
      expect(screen.queryByTestId('storage-full')).toBeNull();
      cleanup();
      current = status({ unsavedHistory: 3 });
      render(<App />);
      const notice = await screen.findByTestId('storage-full');
      expect(notice.getAttribute('role')).toBe('alert');
      expect(notice.textContent).toMatch(/can’t be saved/);
      expect(notice.textContent).toMatch(/kept and saved as soon as there is room/);
      fireEvent.click(screen.getByRole('button', { name: 'Manage your data' }));
      await waitFor(() => expect(create).toHaveBeenCalled());
      expect(create.mock.calls[0]![0].url).toMatch(/\/options\.html#data$/);
    } finally {
      create.mockRestore();
    }
  });

  it('a pause until midnight reads "rest of today"', async () => {
    const midnight = new Date();
    midnight.setHours(24, 0, 0, 0);
    current = status({ monitoring: 'paused', pausedUntil: midnight.getTime() });
    render(<App />);
    expect((await screen.findByTestId('paused')).textContent).toBe('Paused for the rest of today.');
  });
});
