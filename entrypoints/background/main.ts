/**
 * Service worker wiring: connects the worker's services (lib/worker/: posture, schedule, history,
 * settings, status) to the message protocol, the camera host and the browser's events. No logic of
 * its own. Called from `defineBackground` (index.ts), never at module top level.
 */
import { browser } from 'wxt/browser';
import type { BackgroundProtocol } from '@/lib/messages';
import { watchCameraHost } from '@/lib/camera-host/lifecycle';
import { handleMessages, type Handlers } from '@/lib/platform/messaging';
import { ALARMS, PORTS } from '@/lib/platform/registry';
import { updateExerciseStore } from '@/lib/worker/exercise-store';
import { saveDeskStore } from '@/lib/worker/desk-store';
import { flushPendingHistory } from '@/lib/worker/history-store';
import { historyHandlers, pruneToSettings } from '@/lib/worker/history-handlers';
import { createPostureService } from '@/lib/worker/posture-service';
import { createScheduleService, scheduleHandlers } from '@/lib/worker/schedule-service';
import { getSettings, setSettings, watchSettings } from '@/lib/worker/settings-store';
import { createStatus } from '@/lib/worker/status';
import { dataHandlers, refuseStaleWrite } from '@/lib/worker/data-handlers';
import { backupHandlers } from '@/lib/worker/backup-handlers';

const RECONCILE_ALARM = ALARMS.postureReconcile;
/** Wait after the camera host's port dropped, so a closing document is no longer listed. */
const HOST_GONE_RECHECK_MS = 500;

export function startBackground(): void {
  // A pause, a lock, input after an empty chair or the end of working hours opens or closes the
  // camera host at once, not at the next reconcile alarm: every schedule step that changes the
  // camera wish reconciles.
  let wish = '';
  const schedule = createScheduleService({
    stepped: () =>
      void schedule.cameraWish(Date.now()).then((w) => {
        const key = `${w.block}/${w.idle}`;
        if (key === wish) return;
        wish = key;
        return posture.reconcile(Date.now());
      }),
  });
  const posture = createPostureService(schedule, (now) => schedule.cameraWish(now));

  const status = createStatus(schedule);

  const handlers: Handlers<BackgroundProtocol> = {
    ...posture.handlers,
    ...scheduleHandlers(schedule, status),
    'status:get': () => status(),
    'settings:get': () => getSettings(),
    ...historyHandlers(async () => (await getSettings()).settings),
    ...dataHandlers(posture, schedule, () => posture.reconcile(Date.now())),
    ...backupHandlers(posture, schedule, () => posture.reconcile(Date.now())),
    // The operation arrives parsed (lib/message-parsers.ts).
    'exercise:update': ({ op }) => updateExerciseStore(op),
    'desk:save': ({ store }) => saveDeskStore(store),
    // The patch arrives parsed: known settings with valid values only (lib/message-parsers.ts).
    'settings:set': ({ patch }) => setSettings(patch),
  };
  handleMessages<BackgroundProtocol>('background', handlers, refuseStaleWrite);

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
    // The camera host's port carries no messages: its disconnect says the host is gone (closed by
    // the browser, crashed), sooner than the next reconcile alarm would.
    if (port.name !== PORTS.cameraHost) return;
    port.onDisconnect.addListener(() => {
      setTimeout(() => void posture.reconcile(Date.now()), HOST_GONE_RECHECK_MS);
    });
  });
  // The popup's live view holds the camera while its port is open (it drops when the popup closes).
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PORTS.liveView) return;
    let open = true;
    port.onDisconnect.addListener(() => {
      open = false;
      void posture.lend(false, Date.now());
    });
    // `ready` once the host has stopped: only then does the popup open the camera.
    void posture.lend(true, Date.now()).then(() => open && port.postMessage({ ready: true }));
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARMS.hostReopen) void posture.reconcile(Date.now());
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
