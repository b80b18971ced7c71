/**
 * The coach's timing end to end in Chromium with the built extension: a break notification
 * appears with its buttons, starting it opens the break page and finishing closes it; snooze and
 * skip are recorded in the local history; an audible tab holds a break and a catch-up break follows
 * when the sound stops.
 *
 * Runs Chromium headful on a private Xvfb display: headless Chromium has no audio output, so no tab
 * ever becomes audible there. `xset s reset` keeps the X server from reporting the person idle.
 * Intervals cannot be shortened below their safe bounds (10 min), so a test makes a break due by
 * editing the stored schedule state and restarting the extension, exactly what a service worker
 * restart reads back.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, test as base, type BrowserContext, type Worker } from '@playwright/test';
import { CHROMIUM, chromiumArgs, expect, sendFromPage } from './fixtures';
import type { AppStatus } from '../../lib/messages';

const KEY = 'schedule:v1';
const EXTENSION = 'chrome-extension://pmnnbadabgmfhabeekgaippkbcpndacf';

interface Session {
  context: BrowserContext;
  sw: Worker;
}
interface Fixtures {
  /** A private X display (Xvfb) kept from reporting the person idle. */
  display: string;
  /** Launches Chromium with the extension on one profile; launching again restarts it. */
  launch: () => Promise<Session>;
}

const test = base.extend<Fixtures>({
  display: async ({}, use) => {
    const display = `:${200 + Math.floor(Math.random() * 700)}`;
    const x = spawn('Xvfb', [display, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
      stdio: 'ignore',
    });
    await new Promise((r) => setTimeout(r, 800));
    try {
      execFileSync('xset', ['-display', display, 's', 'reset']);
    } catch (e) {
      x.kill();
      throw new Error(
        `xset (Debian package x11-xserver-utils) is needed on the Xvfb display: ${e}`,
      );
    }
    const reset = () => {
      try {
        execFileSync('xset', ['-display', display, 's', 'reset']);
      } catch {
        // The display may be gone at teardown.
      }
    };
    const keepActive = setInterval(reset, 10_000);
    await use(display);
    clearInterval(keepActive);
    x.kill();
  },
  launch: async ({ display }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'chinup-schedule-'));
    const running: { context: BrowserContext | null } = { context: null };
    await use(async () => {
      await running.context?.close();
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

interface Stored {
  state: {
    brk: { id: string; kind: string; phase: string; catchUp: boolean } | null;
    held: boolean;
    catchUp: boolean;
    skipsToday: number;
    signals: { audible: boolean };
  };
}

const readSchedule = (sw: Worker) =>
  sw.evaluate(async (k) => (await chrome.storage.local.get(k))[k] as Stored, KEY);

const breakNotifications = (sw: Worker) =>
  sw.evaluate(async () =>
    Object.keys(await chrome.notifications.getAll()).filter((id) => id.startsWith('chinup-break|')),
  );

/** Today's history record (or an empty object). */
const historyToday = (sw: Worker) =>
  sw.evaluate(async () => {
    const d = new Date();
    const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const key = `history:v1:${day}`;
    return ((await chrome.storage.local.get(key))[key] ?? {}) as Record<string, number>;
  });

async function extensionPage(context: BrowserContext, path = 'popup.html') {
  const page = await context.newPage();
  await page.goto(`${EXTENSION}/${path}`);
  return page;
}

/** First launch: camera off (no posture traffic), schedule state stored. */
async function firstLaunch(launch: () => Promise<Session>): Promise<Session> {
  const session = await launch();
  const page = await extensionPage(session.context);
  await sendFromPage(page, 'settings:set', { patch: { cameraEnabled: false } });
  await expect.poll(() => readSchedule(session.sw).then(Boolean)).toBe(true);
  await page.close();
  return session;
}

/**
 * Makes a micro-break due a second from now by editing the stored schedule, then restarts the
 * browser: the new service worker reads the state back, as after any worker restart.
 */
async function restartWithMicroBreakDue(
  s: Session,
  launch: () => Promise<Session>,
): Promise<Session> {
  await s.sw.evaluate(async (k) => {
    const rec = (await chrome.storage.local.get(k))[k] as {
      state: Record<string, unknown>;
      outbox: unknown[];
    };
    rec.state = { ...rec.state, activeMicroMs: 20 * 60_000 - 1000, at: Date.now(), brk: null };
    rec.outbox = [];
    await chrome.storage.local.set({ [k]: rec });
  }, KEY);
  return launch();
}

test('a break is announced with buttons; start opens the break page; done closes it and is recorded', async ({
  launch,
}) => {
  const { context, sw: worker } = await restartWithMicroBreakDue(await firstLaunch(launch), launch);
  await expect.poll(() => breakNotifications(worker), { timeout: 90_000 }).toHaveLength(1);
  const [notification] = await breakNotifications(worker);
  // Chrome shows two buttons; a click on the body starts the break.
  expect(notification).toMatch(/^chinup-break\|micro-[0-9a-z]+\|snooze,skip$/);
  const id = (await readSchedule(worker)).state.brk?.id ?? '';

  const page = await extensionPage(context);
  const breakPage = context.waitForEvent('page', (p) => p.url().includes('break.html?id='));
  const started = await sendFromPage<AppStatus>(page, 'break:action', { id, action: 'start' });
  expect(started.activeBreak).toEqual({ id, kind: 'micro', phase: 'running' });
  const opened = await breakPage;
  expect(new URL(opened.url()).searchParams.get('kind')).toBe('micro');
  await expect.poll(() => breakNotifications(worker)).toEqual([]);

  const closed = opened.waitForEvent('close');
  const done = await sendFromPage<AppStatus>(page, 'break:action', { id, action: 'done' });
  expect(done.activeBreak).toBeNull();
  await closed;
  await expect.poll(() => historyToday(worker).then((d) => d.breaksTaken)).toBe(1);
});

test('snooze and skip are recorded', async ({ launch }) => {
  const { context, sw: worker } = await restartWithMicroBreakDue(await firstLaunch(launch), launch);
  await expect.poll(() => breakNotifications(worker), { timeout: 90_000 }).toHaveLength(1);
  const id = (await readSchedule(worker)).state.brk?.id ?? '';
  const page = await extensionPage(context);

  await sendFromPage(page, 'break:action', { id, action: 'snooze' });
  await expect.poll(() => breakNotifications(worker)).toEqual([]);
  expect((await readSchedule(worker)).state.brk?.phase).toBe('snoozed');
  await expect.poll(() => historyToday(worker).then((d) => d.breaksSnoozed)).toBe(1);

  await sendFromPage(page, 'break:action', { id, action: 'skip' });
  await expect.poll(() => historyToday(worker).then((d) => d.breaksSkipped)).toBe(1);
  const after = await readSchedule(worker);
  expect(after.state.brk).toBeNull();
  expect(after.state.skipsToday).toBe(1);
  // A repeated click on a stale button does nothing.
  await sendFromPage(page, 'break:action', { id, action: 'skip' });
  expect((await historyToday(worker)).breaksSkipped).toBe(1);
});

test('an audible tab holds a break, and one catch-up break follows when the sound stops', async ({
  launch,
}) => {
  test.setTimeout(180_000);
  const first = await firstLaunch(launch);
  const { context, sw: worker } = await restartWithMicroBreakDue(first, launch);
  const tab = await context.newPage();
  await tab.setContent('<title>sound</title><p>A tab playing a tone</p>');
  await tab.evaluate(() => {
    const ctx = new AudioContext();
    const osc = ctx.createOscillator();
    osc.connect(ctx.destination);
    osc.start();
    (globalThis as unknown as { tone: AudioContext }).tone = ctx;
  });
  // The break came due at start-up: it may be announced before the tab starts playing, then
  // withdrawn by the hold; either way it ends up held for a catch-up.
  await expect.poll(() => readSchedule(worker).then((s) => s.state.held)).toBe(true);
  await expect.poll(() => readSchedule(worker).then((s) => s.state.catchUp)).toBe(true);
  await expect.poll(() => breakNotifications(worker)).toEqual([]);

  await tab.evaluate(() => (globalThis as unknown as { tone: AudioContext }).tone.close());
  await expect.poll(() => readSchedule(worker).then((s) => s.state.signals.audible)).toBe(false);
  expect((await readSchedule(worker)).state.held).toBe(true); // a pause between videos is not the end
  // The hold ends a minute after the sound stopped.
  await expect.poll(() => breakNotifications(worker), { timeout: 100_000 }).toHaveLength(1);
  const after = await readSchedule(worker);
  expect(after.state.held).toBe(false);
  expect(after.state.brk).toMatchObject({ kind: 'micro', catchUp: true });
  await worker.evaluate(() => new Promise((r) => setTimeout(r, 3000)));
  expect(await breakNotifications(worker)).toHaveLength(1); // one, not a pile
});
