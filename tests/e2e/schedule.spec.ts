/**
 * The coach's timing end to end in Chromium with the built extension: a break notification
 * appears with its buttons, starting it opens the break page and finishing leaves it open; snooze and
 * skip are recorded in the local history; an audible tab holds a break and a catch-up break follows
 * when the sound stops.
 *
 * Runs Chromium headful on a private Xvfb display (see ./headful): headless Chromium has no audio
 * output, so no tab ever becomes audible there.
 */
import { sendFromPage } from './fixtures';
import {
  breakNotifications,
  expect,
  extensionPage,
  firstLaunch,
  readSchedule,
  restartWithMicroBreakDue,
  test,
  type StoredSchedule,
} from './headful';
import { historyToday } from './faults/faults';
import type { AppStatus } from '../../lib/messages';

test('a break is announced with buttons; start opens the break page; done is recorded and the page stays for its summary', async ({
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

  const done = await sendFromPage<AppStatus>(page, 'break:action', { id, action: 'done' });
  expect(done.activeBreak).toBeNull();
  await expect.poll(() => historyToday(worker).then((d) => d.breaksTaken)).toBe(1);
  // The worker is done with it (nothing left to perform) and left the page open: the person
  // closes it after reading its summary.
  await expect.poll(() => readSchedule(worker).then((r) => r.outbox.length)).toBe(0);
  expect(opened.isClosed()).toBe(false);
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
  // Gentle: no countdown. With one, a slow machine could open the break page (a running break is
  // never withdrawn) before the tone below makes the tab audible.
  const first = await firstLaunch(launch, { strictness: 'gentle' });
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

  // A tab the person muted still reports audible, but it is not a call: the signal goes off,
  // and comes back when the tab is unmuted.
  const mute = (muted: boolean) =>
    worker.evaluate(async (m) => {
      const [t] = await chrome.tabs.query({ audible: true });
      if (t?.id !== undefined) await chrome.tabs.update(t.id, { muted: m });
    }, muted);
  await mute(true);
  await expect.poll(() => readSchedule(worker).then((s) => s.state.signals.audible)).toBe(false);
  await mute(false);
  await expect.poll(() => readSchedule(worker).then((s) => s.state.signals.audible)).toBe(true);

  await tab.evaluate(() => (globalThis as unknown as { tone: AudioContext }).tone.close());
  // The record in which the sound is first seen gone: still held, with a minute's grace (a pause
  // between videos is not the end).
  let quiet: StoredSchedule['state'] | undefined;
  await expect
    .poll(async () => {
      quiet = (await readSchedule(worker)).state;
      return quiet.signals.audible;
    })
    .toBe(false);
  expect(quiet).toMatchObject({ held: true, catchUp: true });
  expect(quiet?.holdReleaseAt).not.toBeNull();
  // The hold ends a minute after the sound stopped.
  await expect.poll(() => breakNotifications(worker), { timeout: 100_000 }).toHaveLength(1);
  // One, not a pile: once the worker has performed every effect it decided, the one notification
  // is the catch-up break's.
  await expect.poll(() => readSchedule(worker).then((r) => r.outbox.length)).toBe(0);
  const after = await readSchedule(worker);
  expect(after.state.held).toBe(false);
  expect(after.state.catchUp).toBe(false);
  expect(after.state.brk).toMatchObject({ kind: 'micro', phase: 'announced', catchUp: true });
  expect(await breakNotifications(worker)).toEqual([
    `chinup-break|${after.state.brk?.id}|snooze,skip`,
  ]);
});
