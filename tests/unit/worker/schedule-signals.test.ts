import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { anyAudibleTab } from '../../../lib/worker/schedule-signals';

type Tab = { id: number; audible: boolean; mutedInfo?: { muted: boolean } };
let tabs: Tab[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async (q: { audible?: boolean }) =>
    tabs.filter((t) => q.audible === undefined || t.audible === q.audible)) as never);
});

describe('audible tab signal', () => {
  it('a tab playing sound counts; one the person muted does not', async () => {
    tabs = [{ id: 1, audible: false }];
    expect(await anyAudibleTab()).toBe(false);
    tabs = [{ id: 1, audible: true, mutedInfo: { muted: true } }];
    expect(await anyAudibleTab()).toBe(false);
    tabs.push({ id: 2, audible: true, mutedInfo: { muted: false } });
    expect(await anyAudibleTab()).toBe(true);
    tabs = [{ id: 3, audible: true }]; // no mutedInfo (older browsers): sound counts
    expect(await anyAudibleTab()).toBe(true);
  });

  it('a failing tabs query counts as no sound', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockRejectedValue(new Error('no tabs API'));
    expect(await anyAudibleTab()).toBe(false);
  });
});
