/**
 * The service worker's posture side: owns the camera lifecycle (camera host), runs the pure
 * posture engine on landmark frames, persists its state so a worker restart loses nothing, and
 * tells the schedule service what it decided.
 */
import type { BackgroundProtocol } from '../messages';
import type { CameraStatus, PoseFrame, PostureState } from '../posture/types';
import { calibrate, isBaseline, type Baseline } from '../posture/calibration';
import { calibrateDrift } from '../posture/drift';
import { initialEngineState, stepEngine, type EngineState } from '../posture/engine';
import { recommendIntervalMs } from '../posture/sampling';
import { recordHistory } from './history-store';
import { closeCameraHost, ensureCameraHost, hasCameraHost } from '../camera-host/lifecycle';
import { getSettings } from './settings-store';
import { sendToCameraHost, type Handlers } from '../platform/messaging';
import type { PostureListener } from './services';
import { serialize } from '../platform/queue';
import { STORAGE } from '../platform/registry';
import { defineStored } from '../platform/stored-item';

export interface PostureSession {
  engine: EngineState;
  posture: PostureState;
  camera: CameraStatus;
  cameraDetail?: string;
  deviceId: string | null;
  intervalMs: number;
  lastFrameAt: number | null;
}

const FRESH: PostureSession = {
  engine: initialEngineState(),
  posture: { kind: 'needs-calibration', reason: 'no-baseline' },
  camera: 'off',
  deviceId: null,
  intervalMs: 0,
  lastFrameAt: null,
};

// Session storage survives worker restarts but not browser restarts: right for live state.
const sessionItem = defineStored<PostureSession>(STORAGE.postureSession, { fallback: FRESH });
const baselinesItem = defineStored<Record<string, Baseline>>(STORAGE.baselines, { fallback: {} });

/** Camera states that need the person to act; the camera is not retried automatically. */
const NEEDS_PERSON: CameraStatus[] = ['denied', 'no-webgl', 'model-error'];

export async function readSession(): Promise<PostureSession> {
  const s = await sessionItem.getValue().catch(() => FRESH);
  return s && typeof s === 'object' && 'engine' in s ? s : FRESH;
}

export async function readBaselines(): Promise<Record<string, Baseline>> {
  const b: unknown = await baselinesItem.getValue().catch(() => ({}));
  if (!b || typeof b !== 'object') return {};
  // Keep only baselines this engine version can use; a corrupt entry means recalibrating that camera.
  return Object.fromEntries(Object.entries(b).filter(([, v]) => isBaseline(v)));
}

export function createPostureService(
  listener: PostureListener,
  wantsCamera: (now: number) => Promise<boolean>,
) {
  const run = serialize();
  /**
   * Pages holding the camera for themselves (the popup's live view): while any does, the camera
   * host stops sampling, so there is one camera, and the page sends its frames instead.
   */
  let lentTo = 0;

  async function configure(intervalMs: number): Promise<void> {
    await sendToCameraHost('sense:configure', {
      intervalMs,
      burstFrames: 1,
      // Dense sampling: reopening the camera each time would cost more than keeping it.
      keepCameraOpen: intervalMs < 2500,
    }).catch(() => undefined);
  }

  /** Opens or closes the camera host to match settings, schedule and camera health. */
  const reconcile = (now: number) =>
    run(async () => {
      const [{ settings }, session, want] = await Promise.all([
        getSettings(),
        readSession(),
        wantsCamera(now),
      ]);
      const should =
        settings.cameraEnabled && want && !NEEDS_PERSON.includes(session.camera) && lentTo === 0;
      if (!should) {
        if (await hasCameraHost()) {
          await sendToCameraHost('sense:stop', {}).catch(() => undefined);
          await closeCameraHost();
        }
        // Lent to a page: the camera is still on, only someone else holds it.
        const keep = NEEDS_PERSON.includes(session.camera) || lentTo > 0;
        const camera: CameraStatus = keep ? session.camera : 'off';
        await sessionItem.setValue({ ...session, camera, intervalMs: 0 });
        return;
      }
      const created = await ensureCameraHost();
      const intervalMs = recommendIntervalMs(session.engine, settings.lowPowerMode);
      if (created || intervalMs !== session.intervalMs) {
        await configure(intervalMs);
        await sessionItem.setValue({ ...session, intervalMs });
      }
    });

  const onFrame = (frame: PoseFrame, deviceId: string) =>
    run(async () => {
      const now = frame.t;
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
      if (intervalMs !== session.intervalMs) await configure(intervalMs);
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
    'pose:frame' | 'camera:status' | 'calibration:save' | 'calibration:drift'
  > = {
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

  return { handlers, reconcile, lend };
}
