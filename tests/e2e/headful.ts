/**
 * Headful Chromium with the built extension on a private Xvfb display, for the schedule's timing
 * tests: headless Chromium has no audio output (no tab ever becomes audible) and no real windows.
 * `xset s reset` keeps the X server from reporting the person idle.
 *
 * Intervals cannot be shortened below their safe bounds (10 min), so a test makes a break due by
 * editing the stored schedule state and restarting, exactly what a service worker restart reads
 * back.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, test as base, type BrowserContext, type Worker } from '@playwright/test';
import { CHROMIUM, chromiumArgs, expect, sendFromPage } from './fixtures';
import { EXTENSION_ID } from '../../lib/extension-id';
import type { Settings } from '../../lib/settings-schema';
import {
  SCHEDULE_KEY,
  breakNotifications,
  getKey,
  stopWorker,
  storeMicroBreakDue,
} from './faults/faults';

export { expect, breakNotifications };
export const EXTENSION = `chrome-extension://${EXTENSION_ID}`;

export interface Session {
  context: BrowserContext;
  sw: Worker;
}
/** Runs with the browser closed, before the next launch (to edit the profile on disk). */
export type BeforeLaunch = (profileDir: string) => void;
export interface LaunchOptions {
  before?: BeforeLaunch;
}
export interface HeadfulFixtures {
  /** A private X display (Xvfb) kept from reporting the person idle. */
  display: string;
  /** Launches Chromium with the extension on one profile; launching again restarts it. */
  launch: (options?: LaunchOptions) => Promise<Session>;
}

const resetScreenSaver = (display: string) =>
  execFileSync('xset', ['-display', display, 's', 'reset']);

export const test = base.extend<HeadfulFixtures>({
  display: async ({}, use, testInfo) => {
    // Each parallel worker draws from its own range, so two tests of one run never share a display.
    const display = `:${200 + testInfo.parallelIndex * 200 + Math.floor(Math.random() * 200)}`;
    const x = spawn('Xvfb', [display, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
      stdio: 'ignore',
    });
    await new Promise((r) => setTimeout(r, 800));
    try {
      resetScreenSaver(display);
    } catch (e) {
      x.kill();
      throw new Error(
        `xset (Debian package x11-xserver-utils) is needed on the Xvfb display: ${e}`,
      );
    }
    const keepActive = setInterval(() => {
      try {
        resetScreenSaver(display);
      } catch {
        // The display may be gone at teardown.
      }
    }, 10_000);
    await use(display);
    clearInterval(keepActive);
    x.kill();
  },
  launch: async ({ display }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'chinup-schedule-'));
    const running: { context: BrowserContext | null } = { context: null };
    await use(async ({ before } = {}) => {
      await running.context?.close();
      before?.(dir);
      const context = await chromium.launchPersistentContext(dir, {
        executablePath: CHROMIUM,
        headless: false,
        env: { ...process.env, DISPLAY: display },
        args: chromiumArgs(null, ['--autoplay-policy=no-user-gesture-required']),
      });
      running.context = context;
      const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      return { context, sw };
    });
    await running.context?.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

export interface StoredSchedule {
  state: {
    brk: { id: string; kind: string; phase: string; catchUp: boolean } | null;
    held: boolean;
    holdReleaseAt: number | null;
    catchUp: boolean;
    skipsToday: number;
    activeMicroMs: number;
    signals: { audible: boolean; fullscreen: boolean; meetingSite: boolean };
  };
  /** Effects decided and not yet performed. */
  outbox: unknown[];
}

export const readSchedule = (sw: Worker) => getKey<StoredSchedule>(sw, SCHEDULE_KEY);

export async function extensionPage(context: BrowserContext, path = 'popup.html') {
  const page = await context.newPage();
  await page.goto(`${EXTENSION}/${path}`);
  return page;
}

/**
 * First launch: camera off (no posture traffic), schedule state stored. `patch` adds settings
 * (a hold test asks for `strictness: 'gentle'`: no countdown opens the break page before the
 * signal that should hold it is seen, however slow the machine).
 */
export async function firstLaunch(
  launch: () => Promise<Session>,
  patch: Partial<Settings> = {},
): Promise<Session> {
  const session = await launch();
  const page = await extensionPage(session.context);
  await sendFromPage(page, 'settings:set', { patch: { cameraEnabled: false, ...patch } });
  await expect.poll(() => readSchedule(session.sw).then(Boolean)).toBe(true);
  await page.close();
  return session;
}

/**
 * Makes a micro-break due `inMs` from now by editing the stored schedule, then restarts the
 * browser: the new service worker reads the state back, as after any worker restart. The worker
 * is stopped before the edit (a live worker keeps the record in memory and its next write would
 * undo the edit), the edit is made from a page without scripts, and the restarted worker's record
 * is checked; if a worker woke in between and rewrote it, the whole round is repeated.
 * `neckDone` as in storeMicroBreakDue (false for the test of the neck-training break itself).
 */
export async function restartWithMicroBreakDue(
  s: Session,
  launch: () => Promise<Session>,
  inMs = 1000,
  neckDone = true,
): Promise<Session> {
  const want = 20 * 60_000 - inMs;
  let session = s;
  for (let attempt = 0; attempt < 3; attempt++) {
    const page = await extensionPage(session.context, 'managed-schema.json');
    await stopWorker(session.context, page, false);
    await storeMicroBreakDue(page, inMs, neckDone);
    session = await launch();
    const { state } = await readSchedule(session.sw);
    if (state.activeMicroMs >= want || state.brk) return session;
  }
  throw new Error('could not make a break due: a worker kept rewriting the schedule');
}

/**
 * Marks an optional API permission as granted in the closed profile, as Chromium records it after
 * the person accepts the permission prompt (a browser dialog Playwright cannot click). Chromium
 * keeps extension permissions in the profile's Preferences file; Linux builds do not reject the
 * edit. Use as `launch({ before: grantOptionalPermission('tabs') })`.
 */
export function grantOptionalPermission(permission: string): BeforeLaunch {
  return (profileDir) => {
    const file = join(profileDir, 'Default', 'Preferences');
    const prefs = JSON.parse(readFileSync(file, 'utf8')) as {
      extensions: { settings: Record<string, Record<string, { api: string[] }>> };
    };
    const ext = prefs.extensions.settings[EXTENSION_ID];
    if (!ext) throw new Error(`the profile has no settings for ${EXTENSION_ID}`);
    for (const key of ['granted_permissions', 'active_permissions']) {
      const set = ext[key];
      if (!set) throw new Error(`no ${key} in the profile for ${EXTENSION_ID}`);
      if (!set.api.includes(permission)) set.api.push(permission);
    }
    writeFileSync(file, JSON.stringify(prefs));
  };
}
