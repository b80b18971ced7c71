/**
 * The schedule service: feeds browser events into the pure state machine (`lib/schedule/step`),
 * persists its state after every step and performs its effects through an outbox, so a service
 * worker restart at any moment loses nothing and performs nothing twice.
 */
import { browser } from 'wxt/browser';
import { i18n } from '../i18n';
import { step } from '../schedule/step';
import { cameraBlock, isPaused, nextBreak } from '../schedule/summary';
import type { LocalTimeFn, ScheduleEvent, ScheduleState } from '../schedule/types';
import type { Settings } from '../settings-schema';
import { recordHistory } from './history-store';
import { serialize } from '../platform/queue';
import { ALARMS, NOTIFICATIONS } from '../platform/registry';
import {
  NUDGE_BUTTONS,
  parseBreakNotificationId,
  performEffect,
  type EffectEnv,
} from './schedule-effects';
import { systemLocalTime } from '../platform/clock';
import { MIN_ALARM_DELAY_MS, notificationButtonsSupported } from '../platform/features';
import { lostBreak, unshownBreak } from './schedule-restore';
import { listen, readSignals, watchSignals } from './schedule-signals';
import { readSchedule, writeSchedule, type ScheduleRecord } from './schedule-store';
import type { ScheduleService, ScheduleSummary } from './services';
import { getSettings } from './settings-store';

export { scheduleHandlers } from './schedule-handlers';

/** Periodic alarm: accrues active time and re-reads signals every minute. */
const TICK_ALARM = ALARMS.scheduleTick;
const WAKE_ALARM = ALARMS.scheduleWake;

export interface ScheduleDeps {
  now: () => number;
  local: LocalTimeFn;
  settings: () => Promise<Settings>;
  record: EffectEnv['record'];
  t: (key: string, subs?: string[]) => string;
  buttons: boolean;
  /** Called after every step that changed the state (the camera host rules are checked again). */
  stepped?: () => void;
}

export interface ScheduleServiceHandle extends ScheduleService {
  /** Steps the machine with `event` at `now` (ms; default the clock) and performs the effects. */
  dispatch(event: ScheduleEvent, now?: number): Promise<ScheduleState>;
  /** Resolves when the restored state is loaded, the outbox replayed and alarms ensured. */
  ready: Promise<void>;
  /** Removes every listener and timer (the worker's end; a new service can take over). */
  dispose(): void;
  /**
   * Runs `task` with no schedule step in between, then forgets the state and settings held in
   * memory, so the next step starts from what storage holds (delete everything).
   */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
}

const defaultDeps = (): ScheduleDeps => ({
  now: () => Date.now(),
  local: systemLocalTime,
  settings: async () => (await getSettings()).settings,
  record: recordHistory,
  t: (key, subs) => (i18n.t as (k: string, s?: string[]) => string)(key, subs),
  buttons: notificationButtonsSupported(),
});

/** Creates the service and registers its browser listeners (call once, synchronously, at start). */
export function createScheduleService(deps: Partial<ScheduleDeps> = {}): ScheduleServiceHandle {
  const d: ScheduleDeps = { ...defaultDeps(), ...deps };
  const queue = serialize();
  let rec: ScheduleRecord | null = null;
  let settings: Settings | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let alive = true;

  const env: EffectEnv = {
    t: d.t,
    buttons: d.buttons,
    record: d.record,
    now: d.now,
    soon: (at) => {
      clearTimeout(timer);
      const wait = at - d.now();
      if (wait < MIN_ALARM_DELAY_MS)
        timer = setTimeout(() => void dispatch({ type: 'tick' }), Math.max(0, wait));
    },
  };

  async function load(): Promise<{ rec: ScheduleRecord; settings: Settings }> {
    settings ??= await d.settings();
    rec ??= await readSchedule(d.now(), d.local(d.now()).day);
    return { rec, settings };
  }

  /**
   * Stores the record. A failed write (storage quota full, storage unavailable) is logged and the
   * live schedule goes on from memory: a break must still be announced when nothing can be saved.
   */
  async function persist(r: ScheduleRecord): Promise<void> {
    await writeSchedule(r).catch((err: unknown) => console.warn('schedule not saved', err));
  }

  /** Performs queued effects one by one, persisting after each so none runs twice. */
  async function flush(): Promise<void> {
    const { rec: r, settings: s } = await load();
    while (alive && r.outbox.length > 0) {
      const [e, ...rest] = r.outbox;
      try {
        if (e) await performEffect(e, r, s, env);
      } catch (err) {
        console.warn('schedule effect failed', e?.type, err);
      }
      if (!alive) return; // a dead worker writes nothing more
      r.outbox = rest;
      await persist(r);
    }
  }

  function dispatch(event: ScheduleEvent, now?: number): Promise<ScheduleState> {
    return queue(async () => {
      const { rec: r, settings: s } = await load();
      if (!alive) return r.state;
      const out = step(r.state, event, s, now ?? d.now(), d.local);
      if (out.state === r.state) return r.state; // an already handled tick
      r.state = out.state;
      r.outbox = [...r.outbox, ...out.effects];
      await persist(r);
      await flush();
      d.stepped?.();
      return r.state;
    });
  }

  const refreshes = serialize();
  /** Bumped by every idle event: a snapshot read before it is older news and must not win. */
  let idleSeq = 0;

  /**
   * Re-reads idle, audible, full-screen and meeting-site signals and steps only on changes.
   * Refreshes run one at a time, so an older snapshot never lands after a newer one.
   */
  function refreshSignals(): Promise<void> {
    return refreshes(async () => {
      const { settings: s } = await load();
      const seq = idleSeq;
      const now = await readSignals(s.meetingSites);
      const st = () => (rec as ScheduleRecord).state;
      if (seq === idleSeq && now.idle !== st().idle)
        await dispatch({ type: 'idle', state: now.idle });
      const signals = [
        ['audible', now.audible, () => st().signals.audible],
        ['fullscreen', now.fullscreen, () => st().signals.fullscreen],
        ['meeting-site', now.meetingSite, () => st().signals.meetingSite],
      ] as const;
      for (const [signal, on, current] of signals)
        if (on !== current()) await dispatch({ type: 'signal', signal, on });
    });
  }

  const off = [
    listen(browser.alarms.onAlarm, (alarm: { name: string }) => {
      if (alarm.name !== TICK_ALARM && alarm.name !== WAKE_ALARM) return;
      void refreshSignals().then(() => dispatch({ type: 'tick' }));
    }),
    watchSignals(
      (idle) => {
        idleSeq += 1;
        void dispatch({ type: 'idle', state: idle });
      },
      () => void refreshSignals(),
    ),
    listen(browser.notifications.onButtonClicked, (id: string, index: number) => {
      if (id === NOTIFICATIONS.nudge) {
        const button = NUDGE_BUTTONS[index];
        if (button === 'snooze') void dispatch({ type: 'nudge-snooze' });
        else if (button === 'pause-1h') void dispatch({ type: 'pause', choice: '1h' });
        return;
      }
      const parsed = parseBreakNotificationId(id);
      const action = parsed?.actions[index];
      if (parsed && action) void dispatch({ type: 'break-action', id: parsed.breakId, action });
    }),
    // The person closed a break window before the break ended: the break ends, not taken.
    listen(browser.windows.onRemoved, (windowId: number) => {
      void queue(async () => {
        const { rec: r } = await load();
        const id = Object.keys(r.pages).find((k) => r.pages[k] === windowId);
        if (id === undefined) return null;
        delete r.pages[id];
        await persist(r);
        return id;
      }).then((id) => (id === null ? undefined : dispatch({ type: 'break-closed', id })));
    }),
    listen(browser.notifications.onClicked, (id: string) => {
      const parsed = parseBreakNotificationId(id);
      if (parsed) void dispatch({ type: 'break-action', id: parsed.breakId, action: 'start' });
      // Firefox shows no buttons: a click on the nudge snoozes it, the most useful single answer
      // (pausing stays one click away in the popup). Chrome: the click just dismisses it.
      else if (id === NOTIFICATIONS.nudge) {
        if (d.buttons) void browser.notifications.clear(id);
        else void dispatch({ type: 'nudge-snooze' });
      }
    }),
  ];

  /** The running break whose page is gone (a browser restart closes every window), if any. */
  let lost: string | null = null;
  /** The announced break whose notification a restart took away, if any. */
  let unshown: string | null = null;
  const ready = queue(async () => {
    const { rec: r } = await load();
    lost = await lostBreak(r);
    unshown = await unshownBreak(r);
    // Window ids of other breaks are stale (and may name new windows after a restart).
    const current = r.state.brk?.phase === 'running' ? r.state.brk.id : null;
    for (const k of Object.keys(r.pages)) if (k !== current || k === lost) delete r.pages[k];
    await persist(r); // a fresh or repaired state is stored at once
    await flush(); // effects a previous worker decided but did not finish
    if (!(await browser.alarms.get(TICK_ALARM)))
      await browser.alarms.create(TICK_ALARM, { periodInMinutes: 1 });
    // An alarm that fired while the worker was dying is gone: re-arm it; a past one ticks now.
    if (r.state.wakeAt !== null && !(await browser.alarms.get(WAKE_ALARM)))
      await browser.alarms.create(WAKE_ALARM, { when: Math.max(r.state.wakeAt, d.now() + 1000) });
  }).catch((err: unknown) => console.warn('schedule start failed', err));
  void ready
    .then(() => (lost === null ? undefined : dispatch({ type: 'break-closed', id: lost })))
    .then(() => (unshown === null ? undefined : dispatch({ type: 'notice-lost', id: unshown })))
    .then(() => refreshSignals())
    .then(() => dispatch({ type: 'tick' }));

  return {
    dispatch,
    ready,
    exclusive: (task) =>
      queue(async () => {
        const out = await task();
        rec = null;
        settings = null;
        clearTimeout(timer);
        return out;
      }),
    dispose: () => {
      alive = false;
      off.forEach((f) => f());
      clearTimeout(timer);
    },
    onPosture: async (state, now) => void (await dispatch({ type: 'posture', state }, now)),
    onCamera: async (status, now) => void (await dispatch({ type: 'camera', status }, now)),
    onSettings: async (next) => {
      settings = next;
      await dispatch({ type: 'settings' });
    },
    cameraWish: async (now) => {
      const { rec: r, settings: s } = await load();
      return { block: cameraBlock(r.state, s, now, d.local), idle: r.state.idle };
    },
    summary: async (now): Promise<ScheduleSummary> => {
      const { rec: r, settings: s } = await load();
      const st = r.state;
      const next = nextBreak(st, s, now, d.local);
      const b = st.brk;
      return {
        monitoring: isPaused(st, now) ? 'paused' : 'on',
        pausedUntil: isPaused(st, now) ? st.pausedUntil : null,
        nextBreakAt: next?.at ?? null,
        nextBreakKind: next?.kind ?? null,
        activeBreak: b && b.phase !== 'snoozed' ? { id: b.id, kind: b.kind, phase: b.phase } : null,
        held: st.held,
      };
    },
  };
}
