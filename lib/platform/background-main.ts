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
import { flushPendingHistory, readHistory } from './history-store';
import { historyHandlers, pruneToSettings } from './history-handlers';
import { dayKey } from '../history/day';

const RECONCILE_ALARM = 'posture:reconcile';
/** Wait after the camera host's port dropped, so a closing document is no longer listed. */
const HOST_GONE_RECHECK_MS = 500;

export function startBackground(): void {
  const schedule = createScheduleService();
  const posture = createPostureService(schedule, (now) => schedule.wantsCamera(now));

  async function status(): Promise<AppStatus> {
    const now = Date.now();
    const { settings } = await getSettings();
    // Events kept while storage was full: every status poll (2 s while the popup is open) tries
    // to store them, so the notice goes as soon as there is room. The history queue runs the
    // flush before the read; the read counts waiting events either way.
    const [unsaved, session, baselines, summary, history] = await Promise.all([
      flushPendingHistory(now, settings.retentionDays).catch(() => 0),
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
      unsavedHistory: unsaved,
    };
  }

  const handlers: Handlers<BackgroundProtocol> = {
    ...posture.handlers,
    ...scheduleHandlers(schedule, status),
    'status:get': () => status(),
    'settings:get': () => getSettings(),
    ...historyHandlers(async () => (await getSettings()).settings),
    'settings:set': async ({ patch }) => {
      if (typeof patch !== 'object' || patch === null || Array.isArray(patch))
        throw new Error('malformed settings patch');
      return setSettings(patch);
    },
  };
  handleMessages<BackgroundProtocol>('background', handlers);

  watchSettings((resolved) => {
    void schedule.onSettings(resolved.settings).then(() => posture.reconcile(Date.now()));
    void pruneToSettings(resolved.settings).catch(() => undefined);
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
    if (alarm.name !== RECONCILE_ALARM) return;
    void posture.reconcile(Date.now());
    void getSettings()
      .then(({ settings }) => flushPendingHistory(Date.now(), settings.retentionDays))
      .catch(() => undefined);
  });
  void browser.alarms.get(RECONCILE_ALARM).then((a) => {
    if (!a) void browser.alarms.create(RECONCILE_ALARM, { periodInMinutes: 1 });
  });
  void posture.reconcile(Date.now());
}
