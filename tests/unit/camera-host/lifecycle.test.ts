/**
 * Camera host on both platforms, on the WXT fake browser. The fake browser has no `offscreen`
 * API, which is exactly Firefox's situation; the Chrome tests stub it in.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  closeCameraHost,
  consentItem,
  ensureCameraHost,
  hasCameraHost,
  monitorTabNeeded,
  openMonitorTab,
  watchCameraHost,
} from '../../../lib/camera-host/lifecycle';
import { usesOffscreen } from '../../../lib/platform/features';
import { PORTS } from '../../../lib/platform/registry';
import { fakeEvent } from '../worker/schedule-harness';

const MONITOR_PORT = PORTS.monitorTab;

const b = fakeBrowser as unknown as Record<string, unknown>;
const monitorUrl = () => fakeBrowser.runtime.getURL('/monitor.html');
/** Tabs beyond the fake browser's one blank start tab. */
const allTabs = async () => (await fakeBrowser.tabs.query({})).filter((t) => t.url !== undefined);

/** A port as the background sees it; `close()` is the monitor page going away. */
function fakePort(name: string, tabId?: number) {
  const onDisconnect = fakeEvent();
  const sender = tabId === undefined ? {} : { tab: { id: tabId } };
  return { name, sender, onDisconnect, close: () => onDisconnect.trigger() };
}

/** Stubs runtime.onConnect (missing in the fake browser) and returns its trigger. */
function stubOnConnect() {
  const onConnect = fakeEvent();
  (fakeBrowser.runtime as unknown as Record<string, unknown>).onConnect = onConnect;
  return onConnect;
}

/** Lets the storage writes behind a port event settle. */
const settle = () => new Promise((r) => setTimeout(r, 0));

// The fake's tabs.remove looks the tab's window up by the tab id and throws: hide closed tabs instead.
const closed = new Set<number>();
const closeTab = (id: number | undefined) => void closed.add(id!);

beforeEach(() => {
  fakeBrowser.reset();
  delete b.offscreen;
  closed.clear();
  const query = fakeBrowser.tabs.query.bind(fakeBrowser.tabs);
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (q) =>
    (await query(q)).filter((t) => !closed.has(t.id!)),
  );
});

describe('Firefox (no offscreen API): the monitor tab', () => {
  it('detects the platform by the missing offscreen API', () => {
    expect(usesOffscreen()).toBe(false);
  });

  it('opens no tab without the person’s consent', async () => {
    expect(await ensureCameraHost()).toBe(false);
    expect(await allTabs()).toHaveLength(0);
    expect(await hasCameraHost()).toBe(false);
    expect(await monitorTabNeeded()).toBe(true);
  });

  it('with consent, opens one pinned background tab and configures it once it is there', async () => {
    await consentItem.setValue(true);
    // The new page is still loading: it asks for its configuration by connecting its port.
    expect(await ensureCameraHost()).toBe(false);
    const tabs = await allTabs();
    expect(tabs).toHaveLength(1);
    expect(tabs[0]).toMatchObject({ url: monitorUrl(), pinned: true });
    expect(await hasCameraHost()).toBe(true);
    expect(await ensureCameraHost()).toBe(true); // first sight of the page: configure it
    expect(await ensureCameraHost()).toBe(false); // configured already
    expect(await allTabs()).toHaveLength(1);
    expect(await monitorTabNeeded()).toBe(false);
  });

  it('never closes the person’s tab; a stop means the next start configures it again', async () => {
    await fakeBrowser.tabs.create({ url: monitorUrl() });
    expect(await ensureCameraHost()).toBe(true);
    await closeCameraHost();
    expect(await allTabs()).toHaveLength(1);
    expect(await ensureCameraHost()).toBe(true);
  });

  it('a page that connects gets configured; a closed tab is reported and not reopened', async () => {
    const onConnect = stubOnConnect();
    const changes: boolean[] = [];
    watchCameraHost((open) => changes.push(open));
    await consentItem.setValue(true);
    const tab = await fakeBrowser.tabs.create({ url: monitorUrl() });
    expect(await ensureCameraHost()).toBe(true);

    const port = fakePort(MONITOR_PORT);
    onConnect.trigger(port); // e.g. the page reloaded: it needs its configuration again
    await settle();
    expect(changes).toEqual([true]);
    expect(await ensureCameraHost()).toBe(true);

    closeTab(tab.id);
    port.close();
    await settle();
    expect(changes).toEqual([true, false]);
    expect(await ensureCameraHost()).toBe(false);
    expect(await allTabs()).toHaveLength(0); // closing it means stop, despite the consent
  });

  it('ignores ports of other names (the sensing loop’s own link)', async () => {
    const onConnect = stubOnConnect();
    const changes: boolean[] = [];
    watchCameraHost((open) => changes.push(open));
    const port = fakePort('camera-host');
    onConnect.trigger(port);
    port.close();
    await settle();
    expect(changes).toEqual([]);
  });

  it('"Start monitoring in a tab" records consent and reopens after a close', async () => {
    const onConnect = stubOnConnect();
    watchCameraHost(() => undefined);
    const port = fakePort(MONITOR_PORT);
    onConnect.trigger(port);
    port.close(); // closed in this session
    await settle();

    await openMonitorTab();
    expect(await consentItem.getValue()).toBe(true);
    const tabs = await allTabs();
    expect(tabs).toHaveLength(1);
    expect(tabs[0]).toMatchObject({ url: monitorUrl(), pinned: true });

    // A second click focuses the open tab instead of opening another.
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    await openMonitorTab();
    expect(await allTabs()).toHaveLength(1);
    expect(update).toHaveBeenCalledWith(tabs[0]!.id, { active: true });

    // After the tab is gone, the background may reopen it again (consent, no close this session).
    closeTab(tabs[0]!.id);
    await ensureCameraHost();
    expect(await allTabs()).toHaveLength(1);
  });

  it('finds the tab by its port where URL queries find nothing (no tabs permission)', async () => {
    const onConnect = stubOnConnect();
    watchCameraHost(() => undefined);
    const tab = await fakeBrowser.tabs.create({ url: monitorUrl() });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    expect(await hasCameraHost()).toBe(false);

    const port = fakePort(MONITOR_PORT, tab.id);
    onConnect.trigger(port);
    await settle();
    expect(await hasCameraHost()).toBe(true);
    expect(await ensureCameraHost()).toBe(true);

    port.close();
    await settle();
    expect(await hasCameraHost()).toBe(false);
  });

  it('a failing tab query counts as no host', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockRejectedValue(new Error('denied'));
    expect(await hasCameraHost()).toBe(false);
  });
});

describe('Chrome/Edge (offscreen API): the offscreen document', () => {
  let open: boolean;
  let createDocument: ReturnType<typeof vi.fn>;
  let closeDocument: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    open = false;
    createDocument = vi.fn(async () => {
      await new Promise((r) => setTimeout(r, 5));
      open = true;
    });
    closeDocument = vi.fn(async () => {
      open = false;
    });
    b.offscreen = { createDocument, closeDocument };
    (fakeBrowser.runtime as unknown as Record<string, unknown>).getContexts = vi.fn(
      async ({ contextTypes }: { contextTypes: string[] }) =>
        open && contextTypes.includes('OFFSCREEN_DOCUMENT') ? [{}] : [],
    );
  });

  it('creates one USER_MEDIA document for concurrent callers, and none when it exists', async () => {
    expect(usesOffscreen()).toBe(true);
    const [a, c] = await Promise.all([ensureCameraHost(), ensureCameraHost()]);
    expect([a, c]).toEqual([true, true]);
    expect(createDocument).toHaveBeenCalledTimes(1);
    expect(createDocument).toHaveBeenCalledWith(
      expect.objectContaining({ url: 'offscreen.html', reasons: ['USER_MEDIA'] }),
    );
    expect(await ensureCameraHost()).toBe(false);
    expect(createDocument).toHaveBeenCalledTimes(1);
    expect(await hasCameraHost()).toBe(true);
  });

  it('closes the document when monitoring stops, and only if it exists', async () => {
    await closeCameraHost();
    expect(closeDocument).not.toHaveBeenCalled();
    await ensureCameraHost();
    await closeCameraHost();
    expect(closeDocument).toHaveBeenCalledTimes(1);
    expect(await hasCameraHost()).toBe(false);
  });

  it('never opens tabs or offers one, even with consent stored', async () => {
    await consentItem.setValue(true);
    expect(await monitorTabNeeded()).toBe(false); // no document yet: the platform alone decides
    await ensureCameraHost();
    expect(await allTabs()).toHaveLength(0);
    expect(await monitorTabNeeded()).toBe(false);
  });

  it('does not listen for monitor pages', () => {
    const addListener = vi.fn();
    (fakeBrowser.runtime as unknown as Record<string, unknown>).onConnect = { addListener };
    watchCameraHost(() => undefined);
    expect(addListener).not.toHaveBeenCalled();
  });
});
