/** Delete everything: complete (every store), final (no old page writes back), camera off. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dayKey } from '../../../lib/history/day';
import type { Envelope } from '../../../lib/messages';
import { EPOCH_KEY } from '../../../lib/worker/data-epoch';
import { STALE_PAGE, dataHandlers, refuseStaleWrite } from '../../../lib/worker/data-handlers';
import { readHistory, recordHistory } from '../../../lib/worker/history-store';
import { STORAGE } from '../../../lib/platform/registry';

const PENDING_KEY = STORAGE.historyPending.key;
import { getSettings, setSettings } from '../../../lib/worker/settings-store';

const now = () => ({ exclusive: <T>(t: () => Promise<T>) => t() });
const h = dataHandlers(now(), now(), async () => undefined);
const write = (epoch: string | undefined, name = 'settings:set'): Envelope =>
  ({ to: 'background', name, data: {}, epoch }) as Envelope;

beforeEach(() => fakeBrowser.reset());

describe('delete everything', () => {
  it('empties local and session storage; only the new epoch remains', async () => {
    await setSettings({ cameraEnabled: false, snoozeMin: 7 });
    await fakeBrowser.storage.local.set({ baselines: {}, 'exercise:neckLog': [{ at: 1 }] });
    await recordHistory({ type: 'nudge' }, Date.now(), 180);
    await fakeBrowser.storage.session.set({
      posture: { engine: {} },
      [PENDING_KEY]: [{ day: dayKey(Date.now()), event: { type: 'nudge' } }],
    });
    const { epoch } = await h['data:clear']({});
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual([EPOCH_KEY]);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await readHistory()).toEqual([]);
    expect((await h['data:epoch']({})).epoch).toBe(epoch);
  });

  it('the camera stays off until the person turns it on again', async () => {
    await h['data:clear']({});
    expect((await getSettings()).settings.cameraEnabled).toBe(false); // the default is on
    await setSettings({ snoozeMin: 7 });
    expect((await getSettings()).settings.cameraEnabled).toBe(false);
    await setSettings({ cameraEnabled: true }); // onboarding's "use the camera", or options
    expect((await getSettings()).settings.cameraEnabled).toBe(true);
  });

  it.each([
    ['a page from before the delete', 'old', 'settings:set', STALE_PAGE],
    ['a page from before the delete, diary', 'old', 'history:diary', STALE_PAGE],
    ['a page from before the delete, reading', 'old', 'status:get', null],
    ['a page from after', 'new', 'settings:set', null],
    ['no epoch (the camera host, tests)', undefined, 'settings:set', null],
  ])('%s: %s refused? %s', async (_name, which, name, want) => {
    const before = (await h['data:epoch']({})).epoch;
    const { epoch: after } = await h['data:clear']({});
    const epoch = which === 'old' ? before : which === 'new' ? after : undefined;
    expect(await refuseStaleWrite(write(epoch, name))).toBe(want);
  });
});
