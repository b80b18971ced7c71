/**
 * Whether a break's page is still open. After a browser restart the stored window ids mean
 * nothing (and may belong to new windows), so the page is looked up by its URL instead.
 */
import { browser } from 'wxt/browser';

/** Absolute URL of the break page; WXT types `getURL` to known public paths only. */
const breakUrl = (): string => (browser.runtime.getURL as (p: string) => string)('/break.html');

function isPageOf(id: string, url: string | undefined): boolean {
  if (!url || !url.startsWith(breakUrl())) return false;
  return new URL(url).searchParams.get('id') === id;
}

interface ContextsApi {
  getContexts?: (filter: { contextTypes: string[] }) => Promise<{ documentUrl?: string }[]>;
}

/**
 * True when a tab or window shows the break page of break `id`. Chrome lists its own pages with
 * `runtime.getContexts` (no `tabs` permission needed); elsewhere a URL query of the extension's
 * own pages works without it.
 */
export async function breakPageOpen(id: string): Promise<boolean> {
  const rt = browser.runtime as unknown as ContextsApi;
  if (typeof rt.getContexts === 'function') {
    const contexts = await rt.getContexts({ contextTypes: ['TAB'] });
    return contexts.some((c) => isPageOf(id, c.documentUrl));
  }
  const byUrl = await browser.tabs.query({ url: `${breakUrl()}*` }).catch(() => []);
  if (byUrl.some((t) => isPageOf(id, t.url))) return true;
  const all = await browser.tabs.query({}).catch(() => []);
  return all.some((t) => isPageOf(id, t.url));
}
