import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const EN: Record<string, string> = {
  extName: 'Chin Up',
  optionsTitle: 'Settings',
  pageStartSlow: 'Slow to start',
};
const DE: Record<string, { message: string }> = { optionsTitle: { message: 'Einstellungen' } };

// The translator reads the page's i18n API at call time, as @wxt-dev/i18n does.
vi.mock('../../../lib/i18n', () => ({
  i18n: {
    t: (k: string) =>
      (
        globalThis as unknown as { chrome: { i18n: { getMessage(k: string): string } } }
      ).chrome.i18n.getMessage(k),
  },
}));
const send = vi.fn();
vi.mock('../../../lib/platform/messaging', () => ({
  sendToBackground: (...a: unknown[]) => send(...a),
  loadPageEpoch: async () => undefined,
}));
const { SETTINGS_WAIT_MS, startPage } = await import('../../../lib/page/start');
const { i18n } = await import('../../../lib/i18n');

const fetched: string[] = [];
beforeEach(() => {
  fetched.length = 0;
  document.body.innerHTML = '<div id="app"></div>';
  document.documentElement.lang = 'en';
  vi.stubGlobal('chrome', {
    i18n: { getMessage: (k: string) => EN[k] ?? '', getUILanguage: () => 'en-US' },
    runtime: { getURL: (p: string) => `chrome-extension://id${p}` },
  });
  vi.stubGlobal('browser', undefined);
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    return { json: async () => DE };
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const Heading = () => <h1>{i18n.t('optionsTitle')}</h1>;
const note = () => document.querySelector('[data-testid="page-start-slow"]');

describe('startPage', () => {
  it('applies the language setting before the first render: lang, title and text', async () => {
    send.mockResolvedValue({ settings: { language: 'de' } });
    expect(await startPage({ title: 'optionsTitle', app: () => <Heading /> })).toBe('de');
    expect(send).toHaveBeenCalledWith('settings:get', {});
    expect(fetched).toEqual(['chrome-extension://id/_locales/de/messages.json']);
    expect(document.documentElement.lang).toBe('de');
    expect(document.title).toBe('Einstellungen · Chin Up');
    expect(document.querySelector('#app h1')?.textContent).toBe('Einstellungen');
    expect(note()).toBeNull();
  });

  it("keeps the browser's language when the worker does not answer; no title means the product name", async () => {
    send.mockRejectedValue(new Error('Could not establish connection'));
    expect(await startPage({ app: () => <Heading /> })).toBe('en');
    expect(fetched).toEqual([]);
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Chin Up');
    expect(document.querySelector('#app h1')?.textContent).toBe('Settings');
  });

  it("renders in the browser's language with a visible note when the worker is slow, then switches when it answers", async () => {
    vi.useFakeTimers();
    let answer: (v: unknown) => void = () => undefined;
    send.mockReturnValue(new Promise((r) => (answer = r)));
    const started = startPage({ title: 'optionsTitle', app: () => <Heading /> });
    await vi.advanceTimersByTimeAsync(SETTINGS_WAIT_MS - 1);
    expect(document.querySelector('#app')?.childElementCount).toBe(0); // still waiting
    await vi.advanceTimersByTimeAsync(1);
    expect(await started).toBe('en');
    expect(document.querySelector('#app h1')?.textContent).toBe('Settings');
    expect(note()?.textContent).toBe('Slow to start');
    expect(note()?.getAttribute('role')).toBe('status');

    answer({ settings: { language: 'de' } });
    await vi.waitFor(() => expect(note()).toBeNull());
    expect(document.querySelector('#app h1')?.textContent).toBe('Einstellungen');
    expect(document.documentElement.lang).toBe('de');
    expect(document.title).toBe('Einstellungen · Chin Up');
  });

  it('a late answer naming the language already shown only removes the note', async () => {
    vi.useFakeTimers();
    let answer: (v: unknown) => void = () => undefined;
    send.mockReturnValue(new Promise((r) => (answer = r)));
    const started = startPage({ app: () => <Heading />, waitMs: 50 });
    await vi.advanceTimersByTimeAsync(50);
    expect(await started).toBe('en');
    expect(note()).not.toBeNull();
    answer({ settings: { language: 'en' } });
    await vi.waitFor(() => expect(note()).toBeNull());
    expect(fetched).toEqual([]);
    expect(document.querySelector('#app h1')?.textContent).toBe('Settings');
  });
});
