import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  breakButtons,
  breakNotificationId,
  parseBreakNotificationId,
  performEffect,
  type EffectEnv,
} from '../../../lib/worker/schedule-effects';
import type { ScheduleRecord } from '../../../lib/worker/schedule-store';
import { initialState } from '../../../lib/schedule/state';
import type { Notice } from '../../../lib/schedule/types';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

const env = (buttons: boolean): EffectEnv => ({
  t: (key, subs) => (subs ? `${key}:${subs.join(',')}` : key),
  buttons,
  record: vi.fn(async () => undefined),
  now: () => 1000,
  soon: () => undefined,
});
const rec = (): ScheduleRecord => ({ state: initialState(0, 'd'), outbox: [], pages: {} });
const breakNotice = (patch: Partial<Extract<Notice, { kind: 'break' }>> = {}) =>
  ({
    kind: 'break',
    breakId: 'movement-abc',
    breakKind: 'movement',
    catchUp: false,
    countdownSec: 30,
    canSnooze: true,
    canSkip: true,
    ...patch,
  }) as const;

beforeEach(() => fakeBrowser.reset());

describe('break notification ids and buttons', () => {
  it.each([
    [{ canSnooze: true, canSkip: true }, ['snooze', 'skip']],
    [{ canSnooze: false, canSkip: true }, ['start', 'skip']],
    [{ canSnooze: true, canSkip: false }, ['start', 'snooze']],
    [{ canSnooze: false, canSkip: false }, ['start']],
  ])('%o -> %o (at most two: Chrome shows two)', (flags, expected) => {
    expect(breakButtons(breakNotice(flags))).toEqual(expected);
  });

  it('round-trips the break id and layout; other ids are not breaks', () => {
    const id = breakNotificationId('micro-k3', ['snooze', 'skip']);
    expect(parseBreakNotificationId(id)).toEqual({
      breakId: 'micro-k3',
      actions: ['snooze', 'skip'],
    });
    expect(parseBreakNotificationId('chinup-nudge')).toBeNull();
  });
});

/** The notifications on screen, by id, with their options. */
const shownNotifications = async () =>
  (await fakeBrowser.notifications.getAll()) as unknown as Record<string, Record<string, unknown>>;

describe('performing notification effects', () => {
  it('Chrome: buttons, countdown and catch-up text, requireInteraction', async () => {
    const notice = breakNotice({ catchUp: true });
    await performEffect(
      { type: 'notify', id: 'movement-abc', notice },
      rec(),
      DEFAULT_SETTINGS,
      env(true),
    );
    const all = await shownNotifications();
    const opts = all['chinup-break|movement-abc|snooze,skip'];
    expect(opts).toMatchObject({
      title: 'scheduleMovementTitle',
      message: 'scheduleCatchUp scheduleMovementBody scheduleCountdown:30',
      buttons: [{ title: 'scheduleSnooze' }, { title: 'scheduleSkip' }],
      requireInteraction: true,
    });
  });

  it('Firefox: no buttons or requireInteraction (it rejects them); a click starts', async () => {
    await performEffect(
      { type: 'notify', id: 'movement-abc', notice: breakNotice({ countdownSec: null }) },
      rec(),
      DEFAULT_SETTINGS,
      env(false),
    );
    const all = await shownNotifications();
    const [id, opts] = Object.entries(all)[0]!;
    expect(id).toBe('chinup-break|movement-abc|start');
    expect(opts).not.toHaveProperty('buttons');
    expect(opts).not.toHaveProperty('requireInteraction');
    expect(opts.message).toBe('scheduleMovementBody');
  });

  it('a posture nudge names its message and one concrete reset', async () => {
    await performEffect(
      { type: 'notify', id: 'nudge', notice: { kind: 'nudge', message: 2, tip: 'shoulderRoll' } },
      rec(),
      DEFAULT_SETTINGS,
      env(true),
    );
    const all = await shownNotifications();
    expect(all['chinup-nudge']).toMatchObject({
      title: 'scheduleNudgeMessage2',
      message: 'scheduleTipShoulderRoll',
    });
  });

  it('clearing a break removes its notification whatever its button layout', async () => {
    await performEffect(
      { type: 'notify', id: 'x', notice: breakNotice() },
      rec(),
      DEFAULT_SETTINGS,
      env(true),
    );
    await performEffect(
      { type: 'clear-notification', id: 'movement-abc' },
      rec(),
      DEFAULT_SETTINGS,
      env(true),
    );
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });
});

describe('withdrawing a posture nudge', () => {
  it("clear-notification 'nudge' removes the nudge and leaves a break announcement", async () => {
    const r = rec();
    const nudge = { kind: 'nudge', message: 0, tip: 'chinTuck' } as const;
    await performEffect(
      { type: 'notify', id: 'nudge', notice: nudge },
      r,
      DEFAULT_SETTINGS,
      env(true),
    );
    await performEffect(
      { type: 'notify', id: 'movement-abc', notice: breakNotice() },
      r,
      DEFAULT_SETTINGS,
      env(true),
    );
    await performEffect(
      { type: 'clear-notification', id: 'nudge' },
      r,
      DEFAULT_SETTINGS,
      env(true),
    );
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([
      'chinup-break|movement-abc|snooze,skip',
    ]);
  });

  it('a nudge already closed by the person or the system is no error', async () => {
    await expect(
      performEffect(
        { type: 'clear-notification', id: 'nudge' },
        rec(),
        DEFAULT_SETTINGS,
        env(false),
      ),
    ).resolves.toBeUndefined();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });
});

describe('every text the schedule shows exists in en, es and de', () => {
  it('covers all messages, resets, break kinds and buttons', async () => {
    const { readFileSync } = await import('node:fs');
    const { RESET_TIPS } = await import('../../../lib/schedule/nudges');
    const { NUDGE_MESSAGES } = await import('../../../lib/schedule/constants');
    const keys = new Set<string>();
    const t = (key: string) => (keys.add(key), key);
    const e = { ...env(true), t };
    for (let m = 0; m < NUDGE_MESSAGES; m++)
      for (const tip of RESET_TIPS)
        await performEffect(
          { type: 'notify', id: 'n', notice: { kind: 'nudge', message: m, tip } },
          rec(),
          DEFAULT_SETTINGS,
          e,
        );
    for (const breakKind of ['micro', 'movement'] as const)
      for (const [canSnooze, canSkip] of [
        [true, true],
        [false, false],
      ])
        await performEffect(
          {
            type: 'notify',
            id: 'b',
            notice: breakNotice({ breakKind, canSnooze, canSkip, catchUp: true }),
          },
          rec(),
          DEFAULT_SETTINGS,
          e,
        );
    expect(keys.size).toBeGreaterThanOrEqual(16);
    for (const lang of ['en', 'es', 'de']) {
      const yml = readFileSync(`locales/${lang}.yml`, 'utf8');
      const missing = [...keys].filter((k) => !new RegExp(`^${k}:`, 'm').test(yml));
      expect(missing, lang).toEqual([]);
    }
  });
});
