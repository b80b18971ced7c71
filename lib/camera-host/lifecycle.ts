/**
 * The camera host's lifecycle, seen from the worker and the pages that offer the monitor tab. The
 * camera host is the one extension page that opens the webcam and runs the pose model
 * (`startSensing()` in ./sensing.ts). This module is the only place that knows which kind of page
 * it is.
 * - Chrome/Edge: an offscreen document (reason USER_MEDIA). Only one may exist per extension and
 *   Chrome never closes it by itself, so it is closed whenever monitoring stops.
 *   https://developer.chrome.com/docs/extensions/reference/api/offscreen
 * - Firefox: no offscreen documents and a background page that unloads, so a "monitor tab" the
 *   person keeps open (pinned). The extension opens it by itself only after the person agreed
 *   (`monitorTabConsent`), never after they closed it in this browser session, and never closes it.
 */
import { browser, type Browser } from 'wxt/browser';
import { usesOffscreen } from '../platform/features';
import { PORTS, STORAGE } from '../platform/registry';
import { defineStored } from '../platform/stored-item';

const OFFSCREEN_PATH = 'offscreen.html';
/**
 * The Firefox camera host page (entrypoints/monitor). Built for Firefox only, so the Chrome build's
 * generated list of page paths lacks it: hence the cast.
 */
const MONITOR_PATH = '/monitor.html' as Parameters<typeof browser.runtime.getURL>[0];
const monitorUrl = () => browser.runtime.getURL(MONITOR_PATH);

/** The person agreed that Chin Up may open a pinned monitor tab when monitoring should run. */
export const consentItem = defineStored<boolean>(STORAGE.monitorTabConsent, { fallback: false });
/** The person closed the monitor tab in this browser session: stop, and do not reopen it. */
const closedItem = defineStored<boolean>(STORAGE.monitorTabClosed, { fallback: false });
/** The open monitor page already has its sampling configuration (reset when a page connects). */
const configuredItem = defineStored<boolean>(STORAGE.monitorTabConfigured, { fallback: false });

/** Tab id of the connected monitor page, from its port: found even where URL queries are not. */
const hostTabItem = defineStored<number | null>(STORAGE.monitorTabId, { fallback: null });

let creating: Promise<void> | null = null;

async function offscreenExists(): Promise<boolean> {
  const contexts = await browser.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType],
  });
  return contexts.length > 0;
}

/**
 * Monitor tabs that are open. Firefox lets an extension query its own pages by URL without the
 * `tabs` permission (https://github.com/w3c/webextensions/issues/1027); should that ever find
 * nothing, the tab whose monitor page holds the port counts too.
 */
async function monitorTabs(): Promise<Browser.tabs.Tab[]> {
  const byUrl = await browser.tabs
    .query({ url: monitorUrl() })
    .catch(() => [] as Browser.tabs.Tab[]);
  if (byUrl.length > 0) return byUrl;
  const id = await hostTabItem.getValue();
  const tab = id === null ? null : await browser.tabs.get(id).catch(() => null);
  return tab ? [tab] : [];
}

/** Whether a camera host page exists (offscreen document, or an open monitor tab). */
export async function hasCameraHost(): Promise<boolean> {
  if (usesOffscreen()) return offscreenExists();
  return (await monitorTabs()).length > 0;
}

/**
 * Makes sure a camera host exists. Resolves `true` when the host is new and needs its
 * `sense:configure`; `false` when it already had it, or when there is none yet (Firefox without
 * consent, after the person closed the tab, or while a just-opened tab is loading: it connects
 * its port when ready and the background reconciles again, see `watchCameraHost`).
 * Concurrent callers share one creation.
 */
export async function ensureCameraHost(): Promise<boolean> {
  if (usesOffscreen()) {
    if (await offscreenExists()) return false;
    creating ??= browser.offscreen
      .createDocument({
        url: OFFSCREEN_PATH,
        reasons: ['USER_MEDIA' as Browser.offscreen.Reason],
        justification:
          'Runs the on-device pose model on the webcam to notice forward-head posture.',
      })
      .finally(() => {
        creating = null;
      });
    await creating;
    return true;
  }
  if ((await monitorTabs()).length > 0) {
    if (await configuredItem.getValue()) return false;
    await configuredItem.setValue(true);
    return true;
  }
  if (!(await consentItem.getValue()) || (await closedItem.getValue())) return false;
  await browser.tabs.create({ url: monitorUrl(), pinned: true, active: false });
  return false;
}

/**
 * Releases the camera host once monitoring stops (after `sense:stop`). Chrome: closes the
 * offscreen document. Firefox: the tab belongs to the person and stays; it waits for the next
 * `sense:configure`.
 */
export async function closeCameraHost(): Promise<void> {
  if (usesOffscreen()) {
    if (await offscreenExists()) await browser.offscreen.closeDocument().catch(() => undefined);
    return;
  }
  await configuredItem.setValue(false);
}

/**
 * Background side (Firefox): calls `onChange(true)` when a monitor page connects (it needs its
 * configuration) and `onChange(false)` when it goes away (the person closed it: its camera is gone
 * and it is not reopened automatically in this session). No-op where offscreen documents exist.
 */
export function watchCameraHost(onChange: (open: boolean) => void): void {
  if (usesOffscreen()) return;
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PORTS.monitorTab) return;
    // Either way the page needs configuring anew; only a closed one is remembered as closed.
    const record = (open: boolean, tabId: number | null) =>
      void Promise.all([
        configuredItem.setValue(false),
        closedItem.setValue(!open),
        hostTabItem.setValue(tabId),
      ]).then(() => onChange(open));
    record(true, port.sender?.tab?.id ?? null);
    port.onDisconnect.addListener(() => record(false, null));
  });
}

/** Whether the popup should offer "Start monitoring in a tab" (Firefox, no monitor tab open). */
export async function monitorTabNeeded(): Promise<boolean> {
  return !usesOffscreen() && (await monitorTabs()).length === 0;
}

/**
 * The person asked for monitoring in a tab (popup or monitor page): records their consent and
 * opens, or focuses, the pinned monitor tab.
 */
export async function openMonitorTab(): Promise<void> {
  await Promise.all([consentItem.setValue(true), closedItem.setValue(false)]);
  const [tab] = await monitorTabs();
  if (tab?.id !== undefined) {
    await browser.tabs.update(tab.id, { active: true });
    return;
  }
  await browser.tabs.create({ url: monitorUrl(), pinned: true });
}
