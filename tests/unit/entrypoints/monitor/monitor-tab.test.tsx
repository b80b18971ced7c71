/**
 * The Firefox monitor tab's two faces: the popup's offer to start it, and the monitor page itself.
 * The fake browser has no `offscreen` API, like Firefox; Chrome is simulated by stubbing it in.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { status } from '../../support/fixtures';

vi.mock('#i18n', async () => (await import('../../support/i18n-en')).i18nMock);
const send = vi.fn();
vi.mock('../../../../lib/platform/messaging', () => ({
  sendToBackground: (...a: unknown[]) => send(...a),
}));
// The real check, observed: a test of "no offer" waits for the offer's own answer, not for time.
const needed = vi.fn<() => Promise<boolean>>();
vi.mock('../../../../lib/camera-host/lifecycle', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../lib/camera-host/lifecycle')>();
  needed.mockImplementation(real.monitorTabNeeded);
  return { ...real, monitorTabNeeded: needed };
});

const { MonitorTabOffer } = await import('../../../../components/monitor-tab-offer');
const { App } = await import('../../../../entrypoints/monitor/app');
const { DoneStep } = await import('../../../../entrypoints/onboarding/done-step');
const { consentItem, monitorTabNeeded, openMonitorTab } =
  await import('../../../../lib/camera-host/lifecycle');
/** The offer wired as the popup wires it. */
const Offer = ({ onOpened }: { onOpened: () => void }) => (
  <MonitorTabOffer needed={monitorTabNeeded} onStart={() => void openMonitorTab().then(onOpened)} />
);

const b = fakeBrowser as unknown as Record<string, unknown>;
/** Chrome/Edge with no offscreen document open yet: only the platform check can hide the offer. */
function simulateChrome() {
  b.offscreen = { createDocument: vi.fn(), closeDocument: vi.fn() };
  (fakeBrowser.runtime as unknown as Record<string, unknown>).getContexts = vi.fn(async () => []);
}
/** Waits until the mounted offer has asked whether it applies and rendered its answer. */
async function offerAnswer(): Promise<boolean> {
  await waitFor(() => expect(needed).toHaveBeenCalled());
  let answer: boolean | undefined;
  await act(async () => {
    answer = await (needed.mock.results.at(-1)!.value as Promise<boolean>);
  });
  return answer!;
}
const monitorTabs = () =>
  fakeBrowser.tabs.query({ url: fakeBrowser.runtime.getURL('/monitor.html') });

beforeEach(() => {
  fakeBrowser.reset();
  delete b.offscreen;
  delete (fakeBrowser.runtime as unknown as Record<string, unknown>).getContexts;
  send.mockReset();
  needed.mockClear();
});
afterEach(cleanup);

describe('popup offer', () => {
  it('Firefox without a monitor tab: the click records consent and opens one pinned tab', async () => {
    const opened = vi.fn();
    render(<Offer onOpened={opened} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Start monitoring in a tab' }));
    await waitFor(() => expect(opened).toHaveBeenCalled());
    expect(await consentItem.getValue()).toBe(true);
    const tabs = await monitorTabs();
    expect(tabs).toHaveLength(1);
    expect(tabs[0]?.pinned).toBe(true);
  });

  it('Firefox with the monitor tab open: no offer', async () => {
    await fakeBrowser.tabs.create({ url: fakeBrowser.runtime.getURL('/monitor.html') });
    const { container } = render(<Offer onOpened={() => undefined} />);
    expect(await offerAnswer()).toBe(false);
    expect(container.textContent).toBe('');
  });

  it('Chrome/Edge (offscreen documents): no offer', async () => {
    simulateChrome();
    const { container } = render(<Offer onOpened={() => undefined} />);
    expect(await offerAnswer()).toBe(false);
    expect(container.textContent).toBe('');
  });
});

describe('onboarding, last step', () => {
  it('Firefox: offers to start the monitor tab right away, which opens it pinned', async () => {
    render(<DoneStep recalibrated={false} remindersOnly={false} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Start monitoring in a tab' }));
    await waitFor(async () => expect(await monitorTabs()).toHaveLength(1));
    expect(await consentItem.getValue()).toBe(true);
  });

  it('no offer for reminders only, nor in Chrome/Edge', async () => {
    const { container } = render(<DoneStep recalibrated={false} remindersOnly />);
    // render() has run the effects: an offer mounted for reminders only would have asked already.
    expect(needed).not.toHaveBeenCalled();
    expect(screen.queryByTestId('monitor-offer')).toBeNull();
    expect(container.textContent).toContain('The camera stays off');
    cleanup();
    simulateChrome();
    render(<DoneStep recalibrated={false} remindersOnly={false} />);
    expect(await offerAnswer()).toBe(false);
    expect(screen.queryByTestId('monitor-offer')).toBeNull();
  });
});

describe('monitor page', () => {
  it('says what the tab is for and how to stop, and shows that monitoring runs', async () => {
    send.mockResolvedValue(status());
    render(<App />);
    expect(
      screen.getByText(/Keep this tab open for posture monitoring; close it to stop/),
    ).toBeTruthy();
    expect((await screen.findByTestId('monitor-state')).textContent).toMatch(/running/);
    await screen.findByTestId('posture');
  });

  it('while paused, it says it waits and the camera is off', async () => {
    send.mockResolvedValue(status({ monitoring: 'paused', camera: 'off' }));
    render(<App />);
    await waitFor(() => expect(screen.getByTestId('monitor-state').textContent).toMatch(/Waiting/));
    expect(screen.queryByTestId('posture')).toBeNull();
  });

  it('the box for reopening by itself shows and changes the stored consent', async () => {
    send.mockResolvedValue(status());
    await consentItem.setValue(true);
    render(<App />);
    const box = await screen.findByRole<HTMLInputElement>('checkbox');
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    await waitFor(async () => expect(await consentItem.getValue()).toBe(false));
  });
});
