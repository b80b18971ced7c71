import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeBreakWindow, isBreakPageUrl } from '../../../lib/worker/break-window';

const page = (id: string) => fakeBrowser.runtime.getURL(`/break.html?id=${id}&kind=micro` as '/');

beforeEach(() => fakeBrowser.reset());

/** A window whose tabs show `urls` (the fake browser keeps no tabs in windows). */
async function windowShowing(urls: (string | undefined)[]): Promise<number> {
  const w = await fakeBrowser.windows.create({});
  const get = fakeBrowser.windows.get.bind(fakeBrowser.windows);
  vi.spyOn(fakeBrowser.windows, 'get').mockImplementation(
    async (id: number) =>
      ({ ...(await get(id)), tabs: urls.map((url, i) => ({ id: 10 + i, url })) }) as never,
  );
  return w.id!;
}

describe('break windows', () => {
  it.each([
    ['our page for that break', page('b1'), true],
    ['our page for another break', page('b2'), false],
    ['another extension page', fakeBrowser.runtime.getURL('/options.html' as '/'), false],
    ['a web page', 'https://example.com/break.html?id=b1', false],
    ['no address visible', undefined, false],
  ])('%s: closed %s', async (_name, url, closed) => {
    const id = await windowShowing([url]);
    await closeBreakWindow(id, 'b1');
    expect((await fakeBrowser.windows.getAll()).some((w) => w.id === id)).toBe(!closed);
  });

  it('a window with our page and another tab is left alone', async () => {
    const id = await windowShowing([page('b1'), 'https://example.com/']);
    await closeBreakWindow(id, 'b1');
    expect((await fakeBrowser.windows.getAll()).some((w) => w.id === id)).toBe(true);
  });

  it('a window id that no longer exists is nothing to do', async () => {
    await expect(closeBreakWindow(999, 'b1')).resolves.toBeUndefined();
  });

  it('recognizes the break page address', () => {
    expect(isBreakPageUrl(page('a b'), 'a b')).toBe(true);
    expect(isBreakPageUrl('chrome-extension://other/break.html?id=x', 'x')).toBe(false);
  });
});
