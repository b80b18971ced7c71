/**
 * The service worker's posture side: owns the camera lifecycle (camera host), runs the pure
 * posture engine on landmark frames, persists its state so a worker restart loses nothing, and
 * tells the schedule service what it decided.
 */
import type { BackgroundProtocol } from '../messages';
import type { CameraStatus, PoseFrame } from '../posture/types';
import { calibrate } from '../posture/calibration';
import { calibrateDrift } from '../posture/drift';
import { initialEngineState, stepEngine } from '../posture/engine';
import { recommendIntervalMs } from '../posture/sampling';
import { hostPlan, longGap, type CameraLight } from '../posture/host-rules';
import { recordHistory } from './history-store';
import { closeCameraHost, ensureCameraHost, hasCameraHost } from '../camera-host/lifecycle';
import { getSettings } from './settings-store';
import { sendToCameraHost, type Handlers } from '../platform/messaging';
import type { CameraWish, PostureListener } from './services';
import { serialize } from '../platform/queue';
import { ALARMS } from '../platform/registry';
import { browser } from 'wxt/browser';
import { FRESH, baselinesItem, readBaselines, readSession, sessionItem } from './posture-store';

/** The steady camera light's capture rate, frames a second: enough for one sample every 4 s+. */
export const STEADY_FPS = 2;

/** Camera states that need the person to act; the camera is not retried automatically. */
const NEEDS_PERSON: CameraStatus[] = ['denied', 'no-webgl', 'model-error'];

/**
 * Creates the posture service.
 * @param clock the worker's clock, the one time for history, retention and the schedule. A frame's
 *   own timestamp only orders frames inside the camera host (the model needs it increasing); a
 *   wrong one (a host whose clock is off, a forged message) must not move the worker's time.
 */
export function createPostureService(
  listener: PostureListener,
  cameraWish: (now: number) => Promise<CameraWish>,
  clock: () => number = () => Date.now(),
) {
  const run = serialize();
  /**
   * Pages holding the camera for themselves (the popup's live view): while any does, the camera
   * host stops sampling, so there is one camera, and the page sends its frames instead.
   */
  let lentTo = 0;

  /** The light a host was last configured for: a change reconfigures it. */
  let configuredLight: CameraLight | null = null;

  async function configure(intervalMs: number, light: CameraLight): Promise<void> {
    configuredLight = light;
    const steady = light === 'steady';
    await sendToCameraHost('sense:configure', {
      intervalMs,
      burstFrames: 1,
      // Steady light: one low-rate stream stays open. Dense sampling: reopening the camera each
      // time would cost more than keeping it.
      keepCameraOpen: steady || intervalMs < 2500,
      ...(steady ? { frameRateMax: STEADY_FPS } : {}),
    }).catch(() => undefined);
  }

  /**
   * Opens or closes the camera host to match settings, schedule, presence and camera health
   * (the rules: lib/posture/host-rules.ts). A host closed for a long gap gets an alarm for its
   * next sample; every other closed host opens again on the event that ends its reason.
   */
  const reconcile = (now: number) =>
    run(async () => {
      const [{ settings }, session, wish] = await Promise.all([
        getSettings(),
        readSession(),
        cameraWish(now),
      ]);
      const plan = hostPlan({
        now,
        ...wish,
        posture: session.posture.kind,
        lastFrameAt: session.lastFrameAt,
        intervalMs: session.intervalMs,
        light: settings.cameraLight,
      });
      await browser.alarms.clear(ALARMS.hostReopen);
      if (!plan.open || NEEDS_PERSON.includes(session.camera) || lentTo > 0) {
        if (await hasCameraHost()) {
          await sendToCameraHost('sense:stop', {}).catch(() => undefined);
          await closeCameraHost();
        }
        if (plan.reopenAt !== null && lentTo === 0)
          await browser.alarms.create(ALARMS.hostReopen, { when: plan.reopenAt });
        // Lent to a page: the camera is still on, only someone else holds it.
        const keep = NEEDS_PERSON.includes(session.camera) || lentTo > 0;
        const camera: CameraStatus = keep ? session.camera : 'off';
        // A resting host (nobody there, a long gap) keeps its interval: the next plan needs it.
        const rests = plan.reason === 'idle-away' || plan.reason === 'long-gap';
        await sessionItem.setValue({
          ...session,
          camera,
          intervalMs: rests ? session.intervalMs : 0,
        });
        return;
      }
      const created = await ensureCameraHost();
      const intervalMs = recommendIntervalMs(session.engine, settings.lowPowerMode);
      if (
        created ||
        intervalMs !== session.intervalMs ||
        configuredLight !== settings.cameraLight
      ) {
        await configure(intervalMs, settings.cameraLight);
        await sessionItem.setValue({ ...session, intervalMs });
      }
    });

  const onFrame = (frame: PoseFrame, deviceId: string) =>
    run(async () => {
      const now = clock();
      const [{ settings }, session, baselines] = await Promise.all([
        getSettings(),
        readSession(),
        readBaselines(),
      ]);
      // The person turned the camera off: a stray host's frames are dropped, never analysed.
      if (!settings.cameraEnabled) return;
      const baseline = baselines[deviceId] ?? null;
      const { state: engine, posture } = stepEngine(
        session.engine,
        frame,
        baseline,
        {
          sensitivity: settings.sensitivity,
          awayAfterSec: settings.awayAfterSec,
        },
        now,
      );
      const gap =
        session.lastFrameAt === null
          ? 0
          : Math.min(now - session.lastFrameAt, 2 * Math.max(session.intervalMs, 5000));
      const intervalMs = recommendIntervalMs(engine, settings.lowPowerMode);
      await sessionItem.setValue({
        ...session,
        engine,
        posture,
        deviceId,
        camera: 'on',
        cameraDetail: undefined,
        lastFrameAt: now,
        intervalMs,
      });
      if (intervalMs !== session.intervalMs) await configure(intervalMs, settings.cameraLight);
      // Queued after this frame: somebody left (or came back), or a long gap may close the host.
      if (longGap(intervalMs) || posture.kind !== session.posture.kind) void reconcile(now);
      if (gap > 0 && settings.insightsEnabled)
        await recordHistory(
          {
            type: 'posture',
            monitoredMs: posture.kind === 'away' ? 0 : gap,
            forwardHeadMs: posture.kind === 'forward-head' ? gap : 0,
            awayMs: posture.kind === 'away' ? gap : 0,
          },
          now,
          settings.retentionDays,
        ).catch((err: unknown) => console.warn('history not saved', err));
      await listener.onPosture(posture, now);
    });

  const onCamera = (status: CameraStatus, detail: string | undefined, now: number) =>
    run(async () => {
      const session = await readSession();
      await sessionItem.setValue({ ...session, camera: status, cameraDetail: detail });
      await listener.onCamera(status, now);
      if (NEEDS_PERSON.includes(status) && (await hasCameraHost())) await closeCameraHost();
    });

  /** Starts the camera host over: a new host loads the model afresh and reopens the camera. */
  const retry = () =>
    run(async () => {
      if (await hasCameraHost()) {
        await sendToCameraHost('sense:stop', {}).catch(() => undefined);
        await closeCameraHost();
      }
      const session = await readSession();
      if (session.camera !== 'denied')
        await sessionItem.setValue({ ...session, camera: 'off', cameraDetail: undefined });
    });

  const saveCalibration = (deviceId: string, frames: PoseFrame[]) =>
    run(async () => {
      const result = calibrate(frames);
      if (!result.ok) return { ok: false, reason: result.issue };
      const baselines = await readBaselines();
      await baselinesItem.setValue({ ...baselines, [deviceId]: result.baseline });
      const session = await readSession();
      // A new baseline is a fresh start: also clears a denied camera, since calibrating proved access.
      await sessionItem.setValue({
        ...FRESH,
        engine: initialEngineState(),
        deviceId,
        camera: session.camera === 'on' ? 'on' : 'off',
      });
      return { ok: true };
    });

  /** Adds the person's own drift to the camera's baseline; keeps the baseline as it was on failure. */
  const saveDrift = (deviceId: string, frames: PoseFrame[]) =>
    run(async () => {
      const baselines = await readBaselines();
      const baseline = baselines[deviceId];
      if (!baseline) return { ok: false, reason: 'no-baseline' };
      const result = calibrateDrift(baseline, frames);
      if (!result.ok) return { ok: false, reason: result.issue };
      await baselinesItem.setValue({ ...baselines, [deviceId]: result.baseline });
      return { ok: true };
    });

  const handlers: Pick<
    Handlers<BackgroundProtocol>,
    'pose:frame' | 'camera:status' | 'camera:retry' | 'calibration:save' | 'calibration:drift'
  > = {
    'camera:retry': async () => {
      await retry();
      await reconcile(clock());
    },
    // Payloads arrive parsed (lib/message-parsers.ts): frames are complete, statuses known.
    'pose:frame': async ({ frame, deviceId }) => {
      await onFrame(frame, deviceId);
    },
    'camera:status': async ({ status, detail }) => {
      await onCamera(status, detail, Date.now());
    },
    'calibration:save': async ({ deviceId, frames }) => {
      const r = await saveCalibration(deviceId, frames);
      await reconcile(Date.now());
      return r;
    },
    'calibration:drift': ({ deviceId, frames }) => saveDrift(deviceId, frames),
  };

  /**
   * A page takes the camera (`true`) or gives it back (`false`); the host follows at once.
   * @param now ms since epoch
   */
  const lend = (taken: boolean, now: number) => {
    lentTo = Math.max(0, lentTo + (taken ? 1 : -1));
    return reconcile(now);
  };

  /** Runs `task` with no posture write in between (delete everything, import). */
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => run(task);

  return { handlers, reconcile, lend, exclusive };
}
