/**
 * Organization policy through Chromium's real policy loading: the harness writes the policy to
 * /etc/chromium/policies/managed/ for the extension's fixed id before launch (CI runs as root).
 */
import { writeFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { test, expect, sendFromPage, POLICY_FILE, POLICY_TAG } from './fixtures';
import { EXTENSION_ID } from '../../lib/extension-id';
import type { AppStatus } from '../../lib/messages';
import type { ResolvedSettings } from '../../lib/settings-policy';

const POLICY = {
  microBreakEveryMin: 12, // below the default 20, so the scheduler visibly uses it
  strictness: 'firm',
  snoozeMin: 99, // out of range: reaches the extension (the schema checks types only) and is reported
  sensitivity: 'high', // wrong type: Chromium itself drops it before the extension sees it
  lockedSettings: ['microBreakEveryMin', 'strictness'],
  limits: { maxSnoozes: { max: 1 } },
};

test.use({ policy: POLICY });

const managed = (sw: Worker) => sw.evaluate(() => chrome.storage.managed.get());

async function resolved(page: Page): Promise<ResolvedSettings> {
  return sendFromPage<ResolvedSettings>(page, 'settings:get');
}

test(
  'Chromium delivers the policy; locks, limits and issues apply; the scheduler uses them',
  POLICY_TAG,
  async ({ sw, openPage }) => {
    const delivered = Object.fromEntries(
      Object.entries(POLICY).filter(([k]) => k !== 'sensitivity'),
    );
    await expect.poll(() => managed(sw)).toEqual(delivered);

    const page = await openPage('options.html');
    const r = await resolved(page);
    expect(r.settings.microBreakEveryMin).toBe(12);
    expect(r.settings.strictness).toBe('firm');
    expect(r.settings.snoozeMin).toBe(5);
    expect(r.settings.maxSnoozes).toBe(1); // the default 2 is clamped into the organization's limit
    expect(r.locked.sort()).toEqual(['microBreakEveryMin', 'strictness']);
    expect(r.limits).toEqual({ maxSnoozes: { min: 0, max: 1 } });
    expect(r.policyIssues).toEqual([
      { key: 'snoozeMin', given: '99', problem: { kind: 'range', min: 1, max: 15 }, using: '5' },
    ]);

    // The person cannot change locked values or leave the limits; other choices are theirs.
    const after = await sendFromPage<ResolvedSettings>(page, 'settings:set', {
      // Neck training off: inside its window (10:00-16:00) it would be the next break.
      patch: {
        microBreakEveryMin: 40,
        strictness: 'gentle',
        maxSnoozes: 4,
        snoozeMin: 10,
        neckTrainingEnabled: false,
      },
    });
    expect(after.settings.microBreakEveryMin).toBe(12);
    expect(after.settings.strictness).toBe('firm');
    expect(after.settings.maxSnoozes).toBe(1);
    expect(after.settings.snoozeMin).toBe(10);

    const status = await sendFromPage<AppStatus>(page, 'status:get');
    expect(status.nextBreakKind).toBe('micro');
    const leftMs = (status.nextBreakAt ?? 0) - Date.now();
    expect(leftMs).toBeGreaterThan(0);
    expect(leftMs).toBeLessThanOrEqual(12 * 60_000 + 5_000);
  },
);

test(
  'the options page shows locked values and the invalid policy value in plain words',
  POLICY_TAG,
  async ({ openPage }) => {
    const page = await openPage('options.html');
    const field = page.getByTestId('setting-microBreakEveryMin');
    await expect(field).toHaveAttribute('data-locked', /.*/);
    await expect(field.locator('input, select').first()).toBeDisabled();
    await expect(page.getByTestId('setting-strictness').locator('select')).toBeDisabled();
    await expect(page.getByTestId('setting-snoozeMin').locator('input').first()).toBeEnabled();
    await expect(page.getByTestId('policy-issues')).toContainText(
      "Your organization's value for snoozeMin was not valid (99 is outside 1 to 15); using 5.",
    );
  },
);

test(
  'a policy change at runtime switches the camera off (reminders only) without a restart',
  POLICY_TAG,
  async ({ context, sw, openPage }) => {
    const page = await openPage('options.html');
    await expect.poll(async () => (await resolved(page)).settings.cameraEnabled).toBe(true);
    const hasCameraDocument = () => sw.evaluate(() => chrome.offscreen.hasDocument());
    await expect.poll(hasCameraDocument, { timeout: 30_000 }).toBe(true);

    const next = {
      ...POLICY,
      cameraEnabled: false,
      lockedSettings: [...POLICY.lockedSettings, 'cameraEnabled'],
    };
    writeFileSync(
      POLICY_FILE,
      JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: next } } }),
    );
    const policyPage = await context.newPage();
    await policyPage.goto('chrome://policy');
    await policyPage.locator('#reload-policies').click();

    await expect.poll(() => managed(sw).then((m) => m.cameraEnabled)).toBe(false);
    await expect.poll(async () => (await resolved(page)).locked).toContain('cameraEnabled');
    await expect
      .poll(async () => (await sendFromPage<AppStatus>(page, 'status:get')).monitoring)
      .toBe('reminders-only');
    // The camera document is closed: nothing watches the person any more.
    await expect.poll(hasCameraDocument, { timeout: 30_000 }).toBe(false);
    const r = await resolved(page);
    expect(r.settings.cameraEnabled).toBe(false);
    expect(r.policyIssues.map((i) => i.key)).toEqual(['snoozeMin']);
  },
);
