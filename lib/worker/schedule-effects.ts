/**
 * Performs the schedule's effects: badge, notifications, the break page window, history records
 * and the wake-up alarm. Each effect is idempotent where the platform allows (notification ids
 * are deterministic, so showing one twice replaces it).
 */
import { browser } from 'wxt/browser';
import type { HistoryEvent } from '../history/types';
import { NUDGE_ID } from '../schedule/nudges';
import {
  BREAK_ACTION_NAMES,
  type BadgeKind,
  type BreakActionName,
  type Effect,
  type Notice,
} from '../schedule/types';
import type { Settings } from '../settings-schema';
import { closeBreakWindow } from './break-window';
import type { ScheduleRecord } from './schedule-store';
import { ALARMS, NOTIFICATIONS } from '../platform/registry';

const WAKE_ALARM = ALARMS.scheduleWake;
const NUDGE_NOTIFICATION = NOTIFICATIONS.nudge;
const BREAK_PREFIX = NOTIFICATIONS.breakPrefix;

/** What the effects need from the outside world; injectable for tests. */
export interface EffectEnv {
  /** Localized text by i18n key, with `$1` substitutions. */
  t: (key: string, subs?: string[]) => string;
  /** Whether notifications may carry buttons and requireInteraction (not Firefox). */
  buttons: boolean;
  /** Records a history event; the same `key` counts once. */
  record: (
    event: HistoryEvent,
    now: number,
    retentionDays: number,
    key?: string,
  ) => Promise<unknown>;
  now: () => number;
  /** Called for wake-ups sooner than the browser's minimum alarm delay. */
  soon: (at: number) => void;
}

const BADGES: Record<BadgeKind, { text: string; color: string }> = {
  good: { text: '', color: '#15803d' },
  forward: { text: '!', color: '#b45309' },
  calibrate: { text: '?', color: '#1d4ed8' },
  away: { text: '', color: '#6b7280' },
  paused: { text: 'II', color: '#6b7280' },
  idle: { text: '', color: '#6b7280' },
};

/**
 * Button layout of a break notification. Chrome shows at most two buttons; a click on the body
 * starts the break, so the buttons carry snooze and skip when allowed, else start.
 */
export function breakButtons(n: Extract<Notice, { kind: 'break' }>): BreakActionName[] {
  const out: BreakActionName[] = [];
  if (n.canSnooze) out.push('snooze');
  if (n.canSkip) out.push('skip');
  if (out.length < 2) out.unshift('start');
  return out;
}

/** The notification id of a break: carries the break id and the button layout. */
export function breakNotificationId(breakId: string, actions: BreakActionName[]): string {
  return `${BREAK_PREFIX}${breakId}|${actions.join(',')}`;
}

/** Parses a break notification id back; null for other notifications. */
export function parseBreakNotificationId(
  id: string,
): { breakId: string; actions: BreakActionName[] } | null {
  if (!id.startsWith(BREAK_PREFIX)) return null;
  const [breakId, actions = ''] = id.slice(BREAK_PREFIX.length).split('|');
  if (!breakId) return null;
  const valid: readonly string[] = BREAK_ACTION_NAMES;
  return {
    breakId,
    actions: actions.split(',').filter((a): a is BreakActionName => valid.includes(a)),
  };
}

/** Buttons of the posture nudge (Chrome), in order: what `onButtonClicked`'s index means. */
export const NUDGE_BUTTONS = ['snooze', 'pause-1h'] as const;
export type NudgeButton = (typeof NUDGE_BUTTONS)[number];
const NUDGE_BUTTON_KEY: Record<NudgeButton, string> = {
  snooze: 'scheduleNudgeSnooze',
  'pause-1h': 'scheduleNudgePause1h',
};

/** Absolute URL of an extension file; WXT types `getURL` to known public paths only. */
const extUrl = (path: string): string => (browser.runtime.getURL as (p: string) => string)(path);

const NOTICE_KEY = {
  micro: 'Micro',
  movement: 'Movement',
  'neck-training': 'NeckTraining',
} as const;

function notificationOptions(notice: Notice, env: EffectEnv) {
  const iconUrl = extUrl('/icon/128.png');
  if (notice.kind === 'nudge') {
    const tip = `scheduleTip${notice.tip[0]?.toUpperCase()}${notice.tip.slice(1)}`;
    const base = {
      type: 'basic' as const,
      iconUrl,
      title: env.t(
        notice.tooClose ? 'scheduleNudgeTooClose' : `scheduleNudgeMessage${notice.message}`,
      ),
      message: env.t(tip),
    };
    if (!env.buttons) return base;
    return { ...base, buttons: NUDGE_BUTTONS.map((b) => ({ title: env.t(NUDGE_BUTTON_KEY[b]) })) };
  }
  const kind = NOTICE_KEY[notice.breakKind];
  const parts = [env.t(`schedule${kind}Body`)];
  if (notice.catchUp) parts.unshift(env.t('scheduleCatchUp'));
  if (notice.countdownSec !== null)
    parts.push(env.t('scheduleCountdown', [String(notice.countdownSec)]));
  const base = {
    type: 'basic' as const,
    iconUrl,
    title: env.t(`schedule${kind}Title`),
    message: parts.join(' '),
  };
  if (!env.buttons) return base;
  const buttons = breakButtons(notice).map((a) => ({
    title: env.t(`schedule${a[0]?.toUpperCase()}${a.slice(1)}`),
  }));
  return { ...base, buttons, requireInteraction: true, priority: 2 };
}

async function clearBreakNotifications(breakId: string): Promise<void> {
  const all = await browser.notifications.getAll();
  const ids = Object.keys(all ?? {}).filter(
    (id) => parseBreakNotificationId(id)?.breakId === breakId,
  );
  await Promise.all(ids.map((id) => browser.notifications.clear(id)));
}

/** Performs one effect; `rec.pages` is updated in place for break windows. */
export async function performEffect(
  e: Effect,
  rec: ScheduleRecord,
  settings: Settings,
  env: EffectEnv,
): Promise<void> {
  switch (e.type) {
    case 'badge': {
      const b = BADGES[e.badge];
      await browser.action.setBadgeText({ text: b.text });
      await browser.action.setBadgeBackgroundColor({ color: b.color });
      return;
    }
    case 'notify': {
      const n = e.notice;
      if (n.kind === 'nudge') {
        await browser.notifications.create(NUDGE_NOTIFICATION, notificationOptions(n, env));
        return;
      }
      await clearBreakNotifications(n.breakId);
      const id = breakNotificationId(n.breakId, env.buttons ? breakButtons(n) : ['start']);
      await browser.notifications.create(id, notificationOptions(n, env));
      return;
    }
    case 'clear-notification':
      // Chrome and Firefox (45+) both resolve false for a notification already gone (closed by
      // the person or timed out by the system): no error to handle.
      if (e.id === NUDGE_ID) await browser.notifications.clear(NUDGE_NOTIFICATION);
      else await clearBreakNotifications(e.id);
      return;
    case 'open-break': {
      const start = e.asked ? '&start=1' : ''; // asked for: the page starts at once
      const url = extUrl(`/break.html?id=${encodeURIComponent(e.id)}&kind=${e.kind}${start}`);
      const old = rec.pages[e.id];
      if (old !== undefined) await closeBreakWindow(old, e.id);
      const win = await browser.windows
        .create({ url, type: 'popup', width: 560, height: 760, focused: true })
        .catch(() => undefined);
      if (win?.id !== undefined) rec.pages[e.id] = win.id;
      else await browser.tabs.create({ url });
      return;
    }
    case 'close-break': {
      const win = rec.pages[e.id];
      delete rec.pages[e.id];
      if (win !== undefined) await closeBreakWindow(win, e.id);
      return;
    }
    case 'record':
      if (settings.insightsEnabled)
        await env.record(e.event, env.now(), settings.retentionDays, e.key);
      return;
    case 'alarm':
      if (e.at === null) await browser.alarms.clear(WAKE_ALARM);
      else {
        await browser.alarms.create(WAKE_ALARM, { when: e.at });
        env.soon(e.at);
      }
      return;
  }
}
