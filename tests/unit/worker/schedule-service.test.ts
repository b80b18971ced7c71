import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { scheduleHandlers } from '../../../lib/worker/schedule-handlers';
import type { ScheduleServiceHandle } from '../../../lib/worker/schedule-service';
import { ALARMS, STORAGE } from '../../../lib/platform/registry';
import { MIN, T0, setup, shownNotifications, type Harness } from './schedule-harness';

const TICK_ALARM = ALARMS.scheduleTick;
const WAKE_ALARM = ALARMS.scheduleWake;
const SCHEDULE_KEY = STORAGE.schedule.key;

const neutral = { kind: 'neutral' } as const;
let services: ScheduleServiceHandle[] = [];
afterEach(() => {
  services.forEach((s) => s.dispose());
  services = [];
});

function start(h: Harness, opts: { buttons?: boolean } = {}): ScheduleServiceHandle {
  const s = h.start(opts);
  services.push(s);
  return s;
}

/** Feeds neutral posture samples once a minute for `minutes`. */
async function work(h: Harness, s: ScheduleServiceHandle, minutes: number) {
  for (let i = 0; i < minutes; i++) {
    h.clock.now += MIN;
    await s.onPosture(neutral, h.clock.now);
  }
}

/** A started service with a micro break the person asked for, running in its window. */
async function runningBreak(h: Harness): Promise<ScheduleServiceHandle> {
  const s = start(h);
  await s.ready;
  await scheduleHandlers(s)['break:start']({ kind: 'micro' });
  expect((await stored()).state.brk?.phase).toBe('running');
  return s;
}

/** Nothing was recorded as a break taken. */
const expectNotTaken = (h: Harness) =>
  expect(h.record).not.toHaveBeenCalledWith(
    { type: 'break', outcome: 'taken' },
    expect.anything(),
    expect.anything(),
  );

async function fireAlarm(name: string) {
  await fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: 0 } as never);
}

async function stored() {
  return (await fakeBrowser.storage.local.get(SCHEDULE_KEY))[SCHEDULE_KEY] as {
    state: {
      brk: { id: string; phase: string } | null;
      held: boolean;
      idle: string;
      signals: { audible: boolean };
    };
    outbox: unknown[];
  };
}

const micro = { postureNudges: false, movementBreakEnabled: false, strictness: 'gentle' } as const;

describe('schedule service wiring', () => {
  it('starts with a persisted, versioned state and a one-minute tick alarm', async () => {
    const h = setup();
    const s = start(h);
    await s.ready;
    const tick = await fakeBrowser.alarms.get(TICK_ALARM);
    expect(tick?.periodInMinutes).toBe(1);
    await vi.waitFor(async () => expect((await stored()).state).toMatchObject({ v: 1 }));
  });

  it('a wake alarm announces the break with Snooze / Skip buttons and the icon', async () => {
    const h = setup(micro);
    const s = start(h);
    await s.ready;
    await work(h, s, 19);
    const wake = await fakeBrowser.alarms.get(WAKE_ALARM);
    expect(wake?.scheduledTime).toBe(T0 + 20 * MIN);
    h.clock.now = T0 + 20 * MIN + 5000;
    await fireAlarm(WAKE_ALARM);
    await vi.waitFor(async () => expect(await shownNotifications()).toHaveLength(1));
    const all = await fakeBrowser.notifications.getAll();
    const [id, opts] = Object.entries(all)[0] as unknown as [string, Record<string, unknown>];
    expect(id).toMatch(/^chinup-break\|micro-/);
    expect(opts).toMatchObject({
      title: 'scheduleMicroTitle',
      buttons: [{ title: 'scheduleSnooze' }, { title: 'scheduleSkip' }],
      requireInteraction: true,
    });
    expect(String(opts.iconUrl)).toMatch(/\/icon\/128\.png$/);
  });

  it('buttons work: snooze records and clears; a click starts; done keeps the page for its summary', async () => {
    const h = setup(micro);
    const s = start(h);
    await s.ready;
    await work(h, s, 20);
    const [id] = await shownNotifications();
    await fakeBrowser.notifications.onButtonClicked.trigger(id!, 0);
    await vi.waitFor(async () => expect(await shownNotifications()).toEqual([]));
    expect(h.record).toHaveBeenCalledWith(
      { type: 'break', outcome: 'snoozed' },
      h.clock.now,
      180,
      expect.stringMatching(/:snoozed:1$/),
    );

    await work(h, s, 6); // the snooze ends: announced again
    const [again] = await shownNotifications();
    expect(again).toBeDefined();
    await fakeBrowser.notifications.onClicked.trigger(again!);
    await vi.waitFor(async () => expect(await fakeBrowser.windows.getAll()).toHaveLength(2));
    const breakId = (await stored()).state.brk?.id ?? '';
    const get = fakeBrowser.windows.get.bind(fakeBrowser.windows);
    // The fake browser's windows have no tabs: show the break page in the one it opened.
    vi.spyOn(fakeBrowser.windows, 'get').mockImplementation(
      async (id: number) =>
        ({
          ...(await get(id)),
          tabs: [{ id: 7, url: fakeBrowser.runtime.getURL(`/break.html?id=${breakId}` as '/') }],
        }) as never,
    );
    const status = await scheduleHandlers(s)['break:action']({ id: breakId, action: 'done' });
    expect(status.activeBreak).toBeNull();
    expect(await fakeBrowser.windows.getAll()).toHaveLength(2);
    expect(h.record).toHaveBeenCalledWith(
      { type: 'break', outcome: 'taken' },
      h.clock.now,
      180,
      expect.stringMatching(/:taken$/),
    );
  });

  it('a posture nudge goes away by itself once the head is back to neutral', async () => {
    const h = setup({ microBreakEnabled: false, movementBreakEnabled: false });
    const s = start(h);
    await s.ready;
    for (const sec of [0, 20, 40, 60]) await s.onPosture({ kind: 'forward-head' }, T0 + sec * 1000);
    expect(await shownNotifications()).toEqual(['chinup-nudge']);
    await s.onPosture(neutral, T0 + 70_000);
    expect(await shownNotifications()).toEqual([]);
    expect((await stored()).outbox).toEqual([]);
    expect(h.record).toHaveBeenCalledTimes(1); // the nudge itself; the withdrawal is not recorded
  });

  it('the nudge has Snooze and Pause 1 hour buttons, and both work', async () => {
    const h = setup({ microBreakEnabled: false, movementBreakEnabled: false });
    const s = start(h);
    await s.ready;
    for (const sec of [0, 20, 40, 60]) await s.onPosture({ kind: 'forward-head' }, T0 + sec * 1000);
    const all = (await fakeBrowser.notifications.getAll()) as Record<string, { buttons?: unknown }>;
    expect(all['chinup-nudge']?.buttons).toEqual([
      { title: 'scheduleNudgeSnooze' },
      { title: 'scheduleNudgePause1h' },
    ]);
    await fakeBrowser.notifications.onButtonClicked.trigger('chinup-nudge', 0);
    await vi.waitFor(async () => expect(await shownNotifications()).toEqual([]));
    expect((await s.summary(h.clock.now)).monitoring).toBe('on');
    await fakeBrowser.notifications.onButtonClicked.trigger('chinup-nudge', 1);
    await vi.waitFor(async () => expect((await s.summary(h.clock.now)).monitoring).toBe('paused'));
  });

  it('Firefox (no buttons): a click on the nudge snoozes it, and coaching stays on', async () => {
    const h = setup({ microBreakEnabled: false, movementBreakEnabled: false });
    const s = start(h, { buttons: false });
    await s.ready;
    const forward = async (fromSec: number) => {
      for (const sec of [0, 20, 40, 60])
        await s.onPosture({ kind: 'forward-head' }, T0 + (fromSec + sec) * 1000);
    };
    await forward(0);
    const all = (await fakeBrowser.notifications.getAll()) as Record<string, { buttons?: unknown }>;
    expect(all['chinup-nudge']?.buttons).toBeUndefined();
    await fakeBrowser.notifications.onClicked.trigger('chinup-nudge');
    await vi.waitFor(async () => expect(await shownNotifications()).toEqual([]));
    expect((await s.summary(T0 + 61_000)).monitoring).toBe('on');
    // Snoozed: no nudge before the snooze time has passed (longer than the nudge cooldown).
    const state = (await stored()).state as unknown as { nudge: { nextAllowedAt: number } };
    expect(state.nudge.nextAllowedAt).toBeGreaterThanOrEqual(
      T0 + 60_000 + h.settings.snoozeMin * MIN,
    );
    await forward(120);
    expect(await shownNotifications()).toEqual([]);
    expect(h.record).toHaveBeenCalledTimes(1);
  });

  it('a break window the person closes ends its break, not taken', async () => {
    const h = setup(micro);
    await runningBreak(h);
    const wins = await fakeBrowser.windows.getAll();
    expect(wins).toHaveLength(2);
    await fakeBrowser.windows.remove(wins[1]!.id!);
    await vi.waitFor(async () => expect((await stored()).state.brk).toBeNull());
    expectNotTaken(h);
  });

  it('restart: a running break whose page is gone is ended at start-up', async () => {
    const h = setup(micro);
    const a = await runningBreak(h);
    a.dispose(); // the browser closes: the worker and every window go
    for (const w of await fakeBrowser.windows.getAll()) await fakeBrowser.windows.remove(w.id!);
    const b = start(h);
    await b.ready;
    await vi.waitFor(async () => expect((await stored()).state.brk).toBeNull());
    expect((await b.summary(h.clock.now)).activeBreak).toBeNull();
    expectNotTaken(h);
  });

  it('restart: an announced break whose notification is gone is announced again', async () => {
    const h = setup(micro);
    const a = start(h);
    await a.ready;
    await work(h, a, 20);
    await vi.waitFor(async () => expect(await shownNotifications()).toHaveLength(1));
    const id = (await stored()).state.brk?.id;
    a.dispose(); // the browser closes: its notifications go with it
    for (const n of await shownNotifications()) await fakeBrowser.notifications.clear(n);
    const b = start(h);
    await b.ready;
    await vi.waitFor(async () =>
      expect(await shownNotifications()).toEqual([expect.stringContaining(`|${id}|`)]),
    );
    expect((await stored()).state.brk).toMatchObject({ id, phase: 'announced' });
  });

  it('restart: an announced break still on screen is not announced twice', async () => {
    const h = setup(micro);
    const a = start(h);
    await a.ready;
    await work(h, a, 20);
    await vi.waitFor(async () => expect(await shownNotifications()).toHaveLength(1));
    a.dispose(); // the worker stops; the browser and its notification stay
    const created = vi.spyOn(fakeBrowser.notifications, 'create');
    h.clock.now += 1000;
    const b = start(h);
    await b.ready;
    // The first step at the new time has been taken and performed (the start-up tick, or a
    // re-announcement that must not come).
    await vi.waitFor(async () => {
      const r = await stored();
      expect((r.state as unknown as { at: number }).at).toBe(h.clock.now);
      expect(r.outbox).toEqual([]);
    });
    expect(created).not.toHaveBeenCalled();
    expect(await shownNotifications()).toHaveLength(1);
  });

  it('restart: a running break whose page is still open goes on', async () => {
    const h = setup(micro);
    const a = await runningBreak(h);
    // The fake browser's windows hold no tabs: the page is a tab with the break's URL.
    const id = (await stored()).state.brk?.id ?? '';
    const url = fakeBrowser.runtime.getURL('/break.html');
    await fakeBrowser.tabs.create({ url: `${url}?id=${id}&kind=micro&start=1` });
    a.dispose(); // only the worker stops; the break window stays
    const b = start(h);
    await b.ready;
    await b.dispatch({ type: 'tick' }, h.clock.now + 1000);
    expect((await stored()).state.brk?.phase).toBe('running');
  });

  it('restart: an alarm lost while the worker was down is caught up on start', async () => {
    const h = setup(micro);
    const a = start(h);
    await a.ready;
    await work(h, a, 19);
    a.dispose(); // the worker stops
    h.clock.now = T0 + 21 * MIN;
    await fireAlarm(WAKE_ALARM); // nobody listening: lost
    expect(await shownNotifications()).toEqual([]);
    const b = start(h); // the worker starts again
    await b.ready;
    await vi.waitFor(async () => expect(await shownNotifications()).toHaveLength(1));
  });

  it('restart between deciding and performing: the outbox is replayed exactly once', async () => {
    const h = setup(micro);
    const a = start(h);
    await a.ready;
    await work(h, a, 19);
    const create = vi
      .spyOn(fakeBrowser.notifications, 'create')
      .mockImplementationOnce(() => new Promise(() => undefined)); // dies mid-effect
    h.clock.now = T0 + 20 * MIN + 1000;
    await fireAlarm(WAKE_ALARM);
    await vi.waitFor(async () => expect((await stored()).outbox.length).toBeGreaterThan(0));
    expect(create).toHaveBeenCalledTimes(1);
    a.dispose();
    expect(await shownNotifications()).toEqual([]);

    const b = start(h);
    await b.ready;
    await vi.waitFor(async () => expect(await shownNotifications()).toHaveLength(1));
    expect((await stored()).outbox).toEqual([]);
    b.dispose();
    const c = start(h);
    await c.ready;
    await fireAlarm(WAKE_ALARM); // a redelivered alarm for work already done
    await c.dispatch({ type: 'tick' });
    expect(create).toHaveBeenCalledTimes(2); // the hung call in A, the replay in B: no third
  });

  it('corrupt stored state becomes a fresh state without crashing', async () => {
    const h = setup();
    await fakeBrowser.storage.local.set({
      [SCHEDULE_KEY]: { state: { v: 1, at: 'x' }, outbox: 5 },
    });
    const s = start(h);
    await s.ready;
    const st = await s.dispatch({ type: 'tick' }, T0 + 1000);
    expect(st.v).toBe(1);
    expect(st.brk).toBeNull();
  });

  it('an audible tab holds the break; a catch-up break follows when the sound stops', async () => {
    const h = setup(micro);
    const s = start(h);
    await s.ready;
    h.audible.on = true;
    await fakeBrowser.tabs.onUpdated.trigger(7, { audible: true }, { id: 7 } as never);
    await vi.waitFor(async () => expect((await stored()).state.held).toBe(true));
    await work(h, s, 25);
    expect(await shownNotifications()).toEqual([]);
    h.audible.on = false;
    await fakeBrowser.tabs.onUpdated.trigger(7, { audible: false }, { id: 7 } as never);
    await vi.waitFor(async () => expect((await stored()).state.signals.audible).toBe(false));
    await work(h, s, 2); // the hold ends a minute after the sound stopped
    await vi.waitFor(async () => expect(await shownNotifications()).toHaveLength(1));
    expect((await s.summary(h.clock.now)).held).toBe(false);
  });

  it('idle events: a locked screen stops the camera', async () => {
    const h = setup();
    const s = start(h);
    await s.ready;
    expect(await s.cameraWish(h.clock.now)).toEqual({ block: null, idle: 'active' });
    h.idle.state = 'locked';
    h.idle.onStateChanged.trigger('locked');
    await vi.waitFor(async () => expect((await stored()).state.idle).toBe('locked'));
    expect(await s.cameraWish(h.clock.now)).toEqual({ block: 'locked', idle: 'locked' });
  });

  it('history is not recorded when insights are off', async () => {
    const h = setup({ ...micro, insightsEnabled: false });
    const s = start(h);
    await s.ready;
    await work(h, s, 20);
    const [id] = await shownNotifications();
    await fakeBrowser.notifications.onButtonClicked.trigger(id!, 0);
    await vi.waitFor(async () => expect(await shownNotifications()).toEqual([]));
    expect(h.record).not.toHaveBeenCalled();
  });

  it('message handlers: pause and resume answer with status', async () => {
    const h = setup();
    const s = start(h);
    await s.ready;
    const handlers = scheduleHandlers(s);
    const paused = await handlers['monitor:pause']({ choice: '30m' });
    expect(paused.monitoring).toBe('paused');
    expect(paused.pausedUntil).toBe(h.clock.now + 30 * MIN);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('II');
    const resumed = await handlers['monitor:resume']({});
    expect(resumed.monitoring).toBe('on');
    // Bad payloads never reach these handlers: tests/unit/message-parsers.test.ts.
    const now = await handlers['break:start']({ kind: 'micro' });
    expect(now.activeBreak).toMatchObject({ kind: 'micro', phase: 'running' });
  });
});
