/**
 * Which window is our break page. Remembered window ids outlive a browser restart, when the same
 * number may belong to any window; a break window is closed only after checking it still shows
 * our break page for that break and nothing else.
 */
import { browser } from 'wxt/browser';

/** Whether `url` is our break page for `breakId`. */
export function isBreakPageUrl(url: string | undefined, breakId: string): boolean {
  if (!url) return false;
  const base = (browser.runtime.getURL as (p: string) => string)('/break.html');
  if (!url.startsWith(base)) return false;
  try {
    return new URL(url).searchParams.get('id') === breakId;
  } catch {
    return false;
  }
}

type ContextsApi = (filter: {
  contextTypes: string[];
  windowIds: number[];
}) => Promise<{ documentUrl?: string; tabId: number }[]>;

/**
 * Whether window `windowId` exists and holds only our break page for `breakId`. Unknown (no way
 * to see the tab's address) counts as not ours: better a break page left open than a person's
 * window closed.
 */
export async function isOurBreakWindow(windowId: number, breakId: string): Promise<boolean> {
  const win = await browser.windows.get(windowId, { populate: true }).catch(() => undefined);
  const tabs = win?.tabs ?? [];
  if (tabs.length === 0) return false;
  const getContexts = (browser.runtime as unknown as { getContexts?: ContextsApi }).getContexts;
  if (getContexts) {
    const ours = await getContexts({ contextTypes: ['TAB'], windowIds: [windowId] }).catch(
      () => [],
    );
    const pages = new Set(
      ours.filter((c) => isBreakPageUrl(c.documentUrl, breakId)).map((c) => c.tabId),
    );
    return tabs.every((t) => t.id !== undefined && pages.has(t.id));
  }
  return tabs.every((t) => isBreakPageUrl(t.url, breakId));
}

/** Closes window `windowId` if it is our break page for `breakId`; anything else is left alone. */
export async function closeBreakWindow(windowId: number, breakId: string): Promise<void> {
  if (await isOurBreakWindow(windowId, breakId))
    await browser.windows.remove(windowId).catch(() => undefined);
}
