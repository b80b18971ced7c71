/** The desk check's results are written by the worker, in order with every other queued write. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DeskResult } from '../../../lib/desk/result';
import { STORAGE } from '../../../lib/platform/registry';
import { saveDeskStore } from '../../../lib/worker/desk-store';
import { enqueueWrite } from '../../../lib/worker/write-queue';

const KEY = STORAGE.deskCheck.key;
const result = (at: number): DeskResult => ({
  at,
  distance: null,
  height: null,
  centre: null,
  light: null,
  frames: { seen: 16, total: 16 },
  checked: ['elbows'],
});

beforeEach(() => fakeBrowser.reset());

describe('saveDeskStore', () => {
  it('stores the record', async () => {
    await saveDeskStore({ last: result(2), previous: result(1) });
    expect((await fakeBrowser.storage.local.get(KEY))[KEY]).toEqual({
      last: result(2),
      previous: result(1),
    });
  });

  it('waits for a write queued before it (an import), so neither overwrites the other', async () => {
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    // An import that is still writing when the desk page saves.
    const importing = enqueueWrite(async () => {
      await gate;
      await fakeBrowser.storage.local.set({ [KEY]: { last: result(1), previous: null } });
    });
    const saving = saveDeskStore({ last: result(3), previous: result(1) });
    await Promise.resolve();
    expect((await fakeBrowser.storage.local.get(KEY))[KEY]).toBeUndefined();
    release();
    await Promise.all([importing, saving]);
    expect((await fakeBrowser.storage.local.get(KEY))[KEY]).toMatchObject({ last: { at: 3 } });
  });
});
