import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ResolvedSettings } from '../../../../lib/settings-policy';
import { resolved } from '../../support/fixtures';

vi.mock('#i18n', async () => (await import('../../support/i18n-en')).i18nMock);
const send = vi.fn();
vi.mock('../../../../lib/platform/messaging', () => ({
  sendToBackground: (...a: unknown[]) => send(...a),
}));
// The camera step's model needs WebGL and wasm: only the e2e suite runs it for real.
vi.mock('../../../../lib/pose/landmarker', () => ({
  WebGlUnavailableError: class extends Error {},
  createLandmarker: vi.fn(),
}));

const { App, initialStep } = await import('../../../../entrypoints/onboarding/app');

let current: ResolvedSettings;
beforeEach(() => {
  current = resolved();
  location.hash = '';
  send.mockReset();
  send.mockImplementation(async (name: string, data: { patch?: Record<string, unknown> }) => {
    if (name === 'settings:set')
      current = { ...current, settings: { ...current.settings, ...data.patch } };
    return current;
  });
});
afterEach(cleanup);

describe('onboarding', () => {
  it('welcome says what it does and never does, and offers both paths', async () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Sit easier, one small nudge at a time',
    );
    expect(screen.getByText(/Nothing leaves this device/)).toBeTruthy();
    expect(screen.getByTestId('use-camera')).toBeTruthy();
    expect(screen.getByTestId('no-camera')).toBeTruthy();
  });

  it('reminders-only path: camera off, explained, then schedule, safety and done', async () => {
    render(<App />);
    fireEvent.click(screen.getByTestId('no-camera'));
    await screen.findByTestId('reminders-only-note');
    expect(send).toHaveBeenCalledWith('settings:set', { patch: { cameraEnabled: false } });
    fireEvent.click(screen.getByLabelText(/Gentle/));
    fireEvent.click(screen.getByTestId('schedule-save'));
    await screen.findByText('When to see a clinician instead');
    const patch = send.mock.calls.find(
      ([n, d]) => n === 'settings:set' && 'strictness' in d.patch,
    )?.[1].patch;
    expect(patch).toMatchObject({
      strictness: 'gentle',
      microBreakEveryMin: 30,
      workHoursEnabled: false,
    });
    expect(screen.getByText(/not medical advice/)).toBeTruthy();
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(8);
    fireEvent.click(screen.getByTestId('safety-ok'));
    expect((await screen.findByTestId('onboarding-done')).textContent).toContain(
      'The camera stays off',
    );
  });

  it('the header names each step, and Back returns to the step before with focus on its heading', async () => {
    render(<App />);
    const name = () => screen.getByTestId('onboarding-step-name').textContent;
    expect(name()).toBe('· Welcome');
    expect(screen.queryByTestId('onboarding-back')).toBeNull();
    fireEvent.click(screen.getByTestId('no-camera'));
    await screen.findByTestId('reminders-only-note');
    expect(name()).toBe('· Breaks and working hours');
    await waitFor(() => expect(document.title).toBe('Breaks and working hours · Chin Up'));
    fireEvent.click(screen.getByTestId('schedule-save'));
    await screen.findByText('When to see a clinician instead');
    expect(name()).toBe('· Safety');
    fireEvent.click(screen.getByTestId('onboarding-back'));
    await waitFor(() => expect(name()).toBe('· Breaks and working hours'));
    await waitFor(() => expect(document.activeElement?.id).toBe('sched-h'));
    // The reminders-only path skipped the camera step: Back goes to the welcome.
    fireEvent.click(screen.getByTestId('onboarding-back'));
    await waitFor(() => expect(name()).toBe('· Welcome'));
    await waitFor(() => expect(document.activeElement?.id).toBe('welcome-h'));
  });

  it('working hours are saved with the preset, locked settings are left alone', async () => {
    current = resolved({ locked: ['strictness'] });
    render(<App />);
    await waitFor(() => expect(send).toHaveBeenCalledWith('settings:get', {}));
    fireEvent.click(screen.getByTestId('no-camera'));
    await screen.findByTestId('reminders-only-note');
    fireEvent.click(screen.getByLabelText('Only during working hours'));
    fireEvent.change(screen.getByLabelText('Start'), { target: { value: '07:15' } });
    fireEvent.change(screen.getByLabelText('End'), { target: { value: '15:45' } });
    fireEvent.click(screen.getByTestId('schedule-save'));
    await screen.findByText('When to see a clinician instead');
    const patch = send.mock.calls.filter(([n]) => n === 'settings:set').at(-1)?.[1].patch;
    expect(patch).toMatchObject({ workHoursEnabled: true, workStartMin: 435, workEndMin: 945 });
    expect(patch).not.toHaveProperty('strictness');
  });

  it('an organization that turned the camera off leaves only reminders', async () => {
    current = resolved({
      locked: ['cameraEnabled'],
      settings: { ...resolved().settings, cameraEnabled: false },
    });
    render(<App />);
    await screen.findByText(/Your organization has turned the camera off/);
    expect(screen.queryByTestId('use-camera')).toBeNull();
  });

  it('the camera step asks first, and explains a denied camera with a way out', async () => {
    const getUserMedia = vi
      .fn()
      .mockRejectedValue(Object.assign(new Error('denied'), { name: 'NotAllowedError' }));
    Object.defineProperty(navigator, 'mediaDevices', {
      value: { getUserMedia },
      configurable: true,
    });
    render(<App />);
    fireEvent.click(screen.getByTestId('use-camera'));
    fireEvent.click(await screen.findByTestId('allow-camera'));
    const err = await screen.findByTestId('camera-error');
    expect(getUserMedia).toHaveBeenCalledWith(expect.objectContaining({ audio: false }));
    expect(err.textContent).toContain('Camera access is blocked');
    expect(err.textContent).toContain('choose Allow');
    fireEvent.click(screen.getByRole('button', { name: 'Use reminders only' }));
    await screen.findByTestId('reminders-only-note');
  });

  it.each([
    ['', 'welcome', false],
    ['#calibrate', 'camera', true],
    ['#camera', 'camera', true],
    ['#other', 'welcome', false],
  ])('hash %j starts at %s', (hash, step, only) => {
    expect(initialStep(hash)).toEqual({ step, recalibrateOnly: only });
  });

  it('leaving the page while the camera starts releases the camera', async () => {
    let resolve!: (s: MediaStream) => void;
    const stopTrack = vi.fn();
    const stream = {
      getTracks: () => [{ stop: stopTrack }],
      getVideoTracks: () => [{ getSettings: () => ({ deviceId: 'cam' }), stop: stopTrack }],
    } as unknown as MediaStream;
    const getUserMedia = vi.fn(() => new Promise<MediaStream>((r) => (resolve = r)));
    Object.defineProperty(navigator, 'mediaDevices', {
      value: { getUserMedia },
      configurable: true,
    });
    location.hash = '#calibrate';
    const { unmount } = render(<App />);
    fireEvent.click(await screen.findByTestId('allow-camera'));
    expect(await screen.findByText(/Starting the camera/)).toBeTruthy();
    unmount();
    resolve(stream);
    await waitFor(() => expect(stopTrack).toHaveBeenCalled());
  });

  it('leaving while the model loads closes the model and the camera', async () => {
    const { createLandmarker } = await import('../../../../lib/pose/landmarker');
    let resolveModel!: (lm: unknown) => void;
    vi.mocked(createLandmarker).mockImplementation(
      () => new Promise((r) => (resolveModel = r as never)),
    );
    const stopTrack = vi.fn();
    const stream = {
      getTracks: () => [{ stop: stopTrack }],
      getVideoTracks: () => [{ getSettings: () => ({ deviceId: 'cam' }) }],
    } as unknown as MediaStream;
    Object.defineProperty(navigator, 'mediaDevices', {
      value: { getUserMedia: vi.fn().mockResolvedValue(stream) },
      configurable: true,
    });
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    // happy-dom accepts only its own MediaStream objects here.
    vi.spyOn(HTMLMediaElement.prototype, 'srcObject', 'set').mockImplementation(() => undefined);
    location.hash = '#calibrate';
    const { unmount } = render(<App />);
    fireEvent.click(await screen.findByTestId('allow-camera'));
    await waitFor(() => expect(createLandmarker).toHaveBeenCalled());
    unmount();
    expect(stopTrack).toHaveBeenCalled();
    const close = vi.fn();
    resolveModel({ close, detect: vi.fn(), loadMs: 1 });
    await waitFor(() => expect(close).toHaveBeenCalled());
  });
});
