/**
 * Service worker wiring: connects the posture service, the schedule service, settings and the
 * message protocol. No logic of its own beyond composing the status the pages show.
 */
import { browser } from 'wxt/browser';
import type { AppStatus, BackgroundProtocol } from '../messages';
import { watchCameraHost } from './camera-host';
import { CAMERA_HOST_PORT, handleMessages, type Handlers } from './messaging';
import { createPostureService, readBaselines, readSession } from './posture-service';
import { createScheduleService, scheduleHandlers } from './schedule-service';
import { getSettings, setSettings, watchSettings } from './settings-store';
import { readHistory, recordHistory } from './history-store';
import { dayKey } from '../history/day';

const RECONCILE_ALARM = 'posture:reconcile';
/** Wait after the camera host's port dropped, so a closing document is no longer listed. */
const HOST_GONE_RECHECK_MS = 500;

export function startBackground(): void {
  const schedule = createScheduleService();
  const posture = createPostureService(schedule, (now) => schedule.wantsCamera(now));

  async function status(): Promise<AppStatus> {
    const now = Date.now();
    const [{ settings }, session, baselines, summary, history] = await Promise.all([
      getSettings(),
      readSession(),
      readBaselines(),
      schedule.summary(now),
      readHistory().catch(() => []),
    ]);
    const day = history.find((d) => d.day === dayKey(now));
    return {
      posture: session.posture,
      camera: session.camera,
      cameraDetail: session.cameraDetail,
      monitoring:
        summary.monitoring === 'paused'
          ? 'paused'
          : settings.cameraEnabled
            ? 'on'
            : 'reminders-only',
      pausedUntil: summary.pausedUntil,
      nextBreakAt: summary.nextBreakAt,
      nextBreakKind: summary.nextBreakKind,
      activeBreak: summary.activeBreak,
      held: summary.held,
      hasBaseline: Object.keys(baselines).length > 0,
      today: {
        monitoredMin: Math.round(day?.monitoredMin ?? 0),
        forwardHeadMin: Math.round(day?.forwardHeadMin ?? 0),
        nudges: day?.nudges ?? 0,
        breaksTaken: day?.breaksTaken ?? 0,
      },
    };
  }

  const handlers: Handlers<BackgroundProtocol> = {
    ...posture.handlers,
    ...scheduleHandlers(schedule, status),
    'status:get': () => status(),
    'settings:get': () => getSettings(),
    'history:exercise': async ({ id, reps, holdSec, durationSec, retentionDays }) => {
      const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
      if (typeof id !== 'string' || !id) throw new Error('malformed exercise record');
      await recordHistory(
        { type: 'exercise', id, reps: n(reps), holdSec: n(holdSec), durationSec: n(durationSec) },
        Date.now(),
        n(retentionDays) || undefined,
      );
    },
    'settings:set': async ({ patch }) => {
      const resolved = await setSettings(patch ?? {});
      return resolved;
    },
  };
  handleMessages<BackgroundProtocol>('background', handlers);

  watchSettings((resolved) => {
    void schedule.onSettings(resolved.settings).then(() => posture.reconcile(Date.now()));
  });

  // Firefox monitor tab: configure it when it connects; when it closes, its camera is gone.
  watchCameraHost((open) => {
    if (!open) void posture.handlers['camera:status']({ status: 'off' });
    void posture.reconcile(Date.now());
  });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install')
      void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
  });
  // The camera host closed or crashed behind our back: reopen it now, not at the next alarm.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== CAMERA_HOST_PORT) return;
    port.onDisconnect.addListener(() => {
      setTimeout(() => void posture.reconcile(Date.now()), HOST_GONE_RECHECK_MS);
    });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RECONCILE_ALARM) void posture.reconcile(Date.now());
  });
  void browser.alarms.get(RECONCILE_ALARM).then((a) => {
    if (!a) void browser.alarms.create(RECONCILE_ALARM, { periodInMinutes: 1 });
  });
  void posture.reconcile(Date.now());
}
