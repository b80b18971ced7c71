/**
 * Bad input at every boundary: an organization policy full of values that pass Chromium's schema
 * but make no sense, settings patches of garbage (there is no settings import; `settings:set` is
 * the one way in), and malformed messages from a page. Nothing crashes, stored settings stay
 * valid, every bad message is answered with `{ ok: false }`.
 */
import { test, expect, sendFromPage, POLICY_TAG } from '../fixtures';
import { status } from '../helpers';
import { SETTINGS_SPEC, SETTING_KEYS } from '../../../lib/settings-schema';
import { coerceSettings } from '../../../lib/settings';
import type { ResolvedSettings } from '../../../lib/settings-policy';
import { expectCamera, getKey, worker } from './faults';

/** Every value is within its spec (what `coerceSettings` would leave unchanged). */
function expectValid(settings: Record<string, unknown>) {
  expect(coerceSettings(settings)).toEqual(settings);
  for (const k of SETTING_KEYS) expect(settings[k], k).toBeDefined();
}

test.describe('invalid organization policy', POLICY_TAG, () => {
  test.use({
    policy: {
      microBreakEveryMin: 0,
      movementBreakEveryMin: 100_000,
      workDays: [9, -1, 3],
      workStartMin: 99_999,
      strictness: 'brutal',
      language: 'klingon',
      routinesOffered: ['not-a-routine'],
      meetingSites: Array.from({ length: 500 }, (_, i) => `site${i}.example`),
      lockedSettings: ['noSuchSetting', 'cameraEnabled', 'limits'],
      limits: { microBreakEveryMin: { min: 50, max: 15 }, snoozeMin: { min: -5, max: 1000 } },
    },
  });

  test('the extension runs on valid values and the options page names the problems', async ({
    openPage,
  }) => {
    const page = await openPage('options.html');
    const r = await sendFromPage<ResolvedSettings>(page, 'settings:get');
    expectValid(r.settings as unknown as Record<string, unknown>);
    expect(r.settings.microBreakEveryMin).toBeGreaterThanOrEqual(
      SETTINGS_SPEC.microBreakEveryMin.min,
    );
    expect(r.locked).not.toContain('noSuchSetting');
    expect(r.policyIssues.length).toBeGreaterThanOrEqual(5);
    await expect(page.getByTestId('policy-issues')).toBeVisible();
    const st = await status(page);
    expect(st.nextBreakAt).not.toBeNull();
    // The person's own valid choice still works where it is not locked.
    const after = await sendFromPage<ResolvedSettings>(page, 'settings:set', {
      patch: { awayAfterSec: 120 },
    });
    expect(after.settings.awayAfterSec).toBe(120);
  });
});

test('garbage settings patches leave a valid stored record', async ({ sw, openPage }) => {
  const page = await openPage('managed-schema.json');
  const patches: unknown[] = [
    {
      microBreakEveryMin: 1e12,
      microBreakSec: -3,
      strictness: 'brutal',
      workDays: 'weekdays',
      meetingSites: [42, null, 'x'.repeat(5000), ...Array(100).fill('meet.example')],
      cameraEnabled: 'yes',
      retentionDays: Number.NaN,
      unknown: { deep: true },
    },
    { sensitivity: 'high' },
    { workStartMin: 1.5e3, workEndMin: '17:00' },
  ];
  for (const patch of patches) {
    const r = await sendFromPage<ResolvedSettings>(page, 'settings:set', { patch });
    expectValid(r.settings as unknown as Record<string, unknown>);
  }
  const stored = (await getKey<Record<string, unknown>>(sw, 'settings')) ?? {};
  for (const k of Object.keys(stored)) expect(SETTING_KEYS).toContain(k);
  expect(stored.microBreakEveryMin).toBe(SETTINGS_SPEC.microBreakEveryMin.max);
  expect(stored.strictness).toBeUndefined();
  // Patches that are not objects at all are refused, and change nothing.
  for (const patch of [null, 'text', [1, 2], 7, undefined]) {
    const res = await page.evaluate(
      (p) =>
        chrome.runtime.sendMessage({ to: 'background', name: 'settings:set', data: { patch: p } }),
      patch,
    );
    expect(res).toMatchObject({ ok: false, error: 'malformed settings:set payload' });
  }
  expect(await getKey(sw, 'settings')).toEqual(stored);
  expectValid(
    (await sendFromPage<ResolvedSettings>(page, 'settings:get')).settings as unknown as Record<
      string,
      unknown
    >,
  );
});

test('an own "__proto__" key in a message pollutes no prototype and leaves the stored settings intact', async ({
  context,
  openPage,
}) => {
  const page = await openPage('managed-schema.json');
  const before = await sendFromPage<ResolvedSettings>(page, 'settings:set', {
    patch: { awayAfterSec: 90 },
  });
  expect(before.settings.cameraEnabled).toBe(true);
  const sw = worker(context);
  const storedBefore = await getKey<Record<string, unknown>>(sw, 'settings');
  // The worker notes what really arrives: a test listener beside the product's own.
  await sw.evaluate(() => {
    chrome.runtime.onMessage.addListener((m: { data?: { patch?: object } }) => {
      const patch = m?.data?.patch;
      if (patch && Object.prototype.hasOwnProperty.call(patch, '__proto__'))
        (globalThis as { sawOwnProto?: boolean }).sawOwnProto = true;
    });
  });
  // JSON.parse makes "__proto__" an own key (an object literal would set the prototype instead).
  const sent = await page.evaluate(async () => {
    const patch = JSON.parse(
      '{"__proto__": {"polluted": true, "cameraEnabled": false, "snoozeMin": 1},' +
        ' "constructor": {"prototype": {"polluted": true}}, "awayAfterSec": 120}',
    ) as Record<string, unknown>;
    const res = (await chrome.runtime.sendMessage({
      to: 'background',
      name: 'settings:set',
      data: { patch },
    })) as { ok: boolean; value?: ResolvedSettings };
    return {
      own: Object.prototype.hasOwnProperty.call(patch, '__proto__'),
      res,
      pagePolluted: 'polluted' in {},
    };
  });
  expect(sent.own).toBe(true);
  expect(sent.pagePolluted).toBe(false);
  expect(sent.res.ok).toBe(true);
  // Only the real own key applied; nothing came in through the prototype.
  expect(sent.res.value?.settings).toMatchObject({
    awayAfterSec: 120,
    cameraEnabled: true,
    snoozeMin: before.settings.snoozeMin,
  });
  // In the extension's own context: the key arrived, no prototype was polluted, the record is the
  // old one plus the one valid change, a plain object with nothing inherited.
  const inWorker = await sw.evaluate(async () => {
    const stored = (await chrome.storage.local.get('settings')).settings as Record<string, unknown>;
    return {
      saw: (globalThis as { sawOwnProto?: boolean }).sawOwnProto === true,
      polluted: ['polluted', 'cameraEnabled', 'snoozeMin'].filter((k) => k in {}),
      functionPolluted: 'polluted' in Object,
      stored,
      plain: Object.getPrototypeOf(stored) === Object.prototype,
      ownKeys: Object.keys(stored).filter((k) => k === '__proto__' || k === 'constructor'),
    };
  });
  expect(inWorker.saw).toBe(true);
  expect(inWorker.polluted).toEqual([]);
  expect(inWorker.functionPolluted).toBe(false);
  expect(inWorker.plain).toBe(true);
  expect(inWorker.ownKeys).toEqual([]);
  expect(inWorker.stored).toEqual({ ...storedBefore, awayAfterSec: 120 });
  // Read back through the worker, as every page reads them.
  const fresh = await sendFromPage<ResolvedSettings>(page, 'settings:get');
  expect(fresh.settings).toEqual({ ...before.settings, awayAfterSec: 120 });
});

test('malformed messages are answered { ok: false } and nothing breaks', async ({
  context,
  openPage,
}) => {
  const page = await openPage('managed-schema.json');
  await expectCamera(page);
  await worker(context).evaluate(() => {
    (globalThis as { faultMarker?: number }).faultMarker = 7;
  });
  const bad: unknown[] = [
    { to: 'background', name: 'no:such', data: {} },
    { to: 'background', name: 'status:get' },
    { to: 'background', name: 'status:get', data: [] },
    { to: 'background', name: 'status:get', data: 'x' },
    { to: 'background', name: 42, data: {} },
    { to: 'background', name: 'pose:frame', data: { frame: { t: 'now', landmarks: 'many' } } },
    { to: 'background', name: 'pose:frame', data: {} },
    { to: 'background', name: 'camera:status', data: { status: 'exploded' } },
    { to: 'background', name: 'break:action', data: { id: {}, action: 'boom' } },
    { to: 'background', name: 'break:action', data: { id: 'x'.repeat(10_000), action: 'skip' } },
    { to: 'background', name: 'break:start', data: { kind: 'nap' } },
    { to: 'background', name: 'monitor:pause', data: { choice: 'forever' } },
    { to: 'background', name: 'calibration:save', data: { deviceId: 'x', frames: 'none' } },
    { to: 'background', name: 'status:get', data: { extra: 1 } },
    { to: 'background', name: 'history:exercise', data: { id: 'chin-tuck', reps: -1 } },
    { to: 'background', name: 'settings:set', data: {} },
    { to: 'camera-host', name: 'sense:configure', data: [] },
    { to: 'camera-host', name: 'no:such', data: {} },
  ];
  for (const msg of bad) {
    const res = (await page.evaluate((m) => chrome.runtime.sendMessage(m), msg)) as {
      ok: boolean;
      value?: { ok?: boolean };
    };
    expect(res, JSON.stringify(msg)).toMatchObject({ ok: false });
  }
  // Messages for nobody (no `to`, not an object) are left alone: no answer, no action.
  for (const msg of [null, 42, 'status:get', { name: 'status:get', data: {} }]) {
    const res = await page.evaluate(
      (m) =>
        chrome.runtime.sendMessage(m).then(
          (r: unknown) => JSON.stringify(r ?? null),
          (e) => String(e),
        ),
      msg,
    );
    expect(res, JSON.stringify(msg)).not.toContain(`"ok":true`);
  }
  // Same worker, still monitoring, no calibration from the bogus frames.
  expect(
    await worker(context).evaluate(() => (globalThis as { faultMarker?: number }).faultMarker),
  ).toBe(7);
  const st = await status(page);
  expect(st.camera).toBe('on');
  expect(st.hasBaseline).toBe(false);
  expect(st.monitoring).toBe('on');
});
