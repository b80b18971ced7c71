/**
 * The real break-page dependencies: storage.local, the typed messages to the service worker, the
 * history store, and the camera with the pose model (opened by this visible page itself).
 */
import { browser } from 'wxt/browser';
import { poseSignals } from '../../lib/exercises/signals';
import { isExerciseId } from '../../lib/exercises/catalog';
import type { NeckSession } from '../../lib/exercises/progression';
import { openCamera } from '../../lib/camera-host/camera';
import { sendToBackground } from '../../lib/platform/messaging';
import { getSettings } from '../../lib/worker/settings-store';
import { createLandmarker } from '../../lib/pose/landmarker';
import type { Landmark } from '../../lib/posture/types';
import type { BreakDeps, ExerciseStore } from './deps';

export const STORE_KEYS = {
  safetyAckAt: 'exercise:safetyAckAt',
  removed: 'exercise:removed',
  neckLog: 'exercise:neckLog',
  introduced: 'exercise:introduced',
} as const;
const NECK_LOG_MAX = 120;

function coerceNeckLog(x: unknown): NeckSession[] {
  if (!Array.isArray(x)) return [];
  return x
    .filter(
      (s): s is NeckSession =>
        typeof s === 'object' &&
        s !== null &&
        Number.isFinite((s as NeckSession).at) &&
        Number.isInteger((s as NeckSession).level) &&
        Number.isFinite((s as NeckSession).repsDone),
    )
    .slice(-NECK_LOG_MAX);
}

/** Coerces whatever storage holds into a valid store (corrupt values fall back to empty). */
export function coerceStore(raw: Record<string, unknown>): ExerciseStore {
  const ack = raw[STORE_KEYS.safetyAckAt];
  const removed = raw[STORE_KEYS.removed];
  const introduced = raw[STORE_KEYS.introduced];
  return {
    safetyAckAt: typeof ack === 'number' && Number.isFinite(ack) ? ack : null,
    removed: Array.isArray(removed) ? removed.filter(isExerciseId) : [],
    neckLog: coerceNeckLog(raw[STORE_KEYS.neckLog]),
    introduced: Array.isArray(introduced) ? introduced.filter(isExerciseId) : [],
  };
}

/** Shoulder width in pixels, to pick the person nearest the camera. */
function shoulderPx(p: Landmark[], w: number, h: number): number {
  const l = p[11];
  const r = p[12];
  return l && r ? Math.hypot((l.x - r.x) * w, (l.y - r.y) * h) : 0;
}

export const platformDeps: BreakDeps = {
  now: () => Date.now(),
  uiLanguage: () => browser.i18n.getUILanguage(),
  loadSettings: async () => (await getSettings()).settings,
  loadStore: async () =>
    coerceStore(await browser.storage.local.get(Object.values(STORE_KEYS) as string[])),
  saveStore: async (patch) => {
    const out: Record<string, unknown> = {};
    if (patch.safetyAckAt !== undefined) out[STORE_KEYS.safetyAckAt] = patch.safetyAckAt;
    if (patch.removed) out[STORE_KEYS.removed] = patch.removed;
    if (patch.neckLog) out[STORE_KEYS.neckLog] = patch.neckLog.slice(-NECK_LOG_MAX);
    if (patch.introduced) out[STORE_KEYS.introduced] = patch.introduced;
    await browser.storage.local.set(out);
  },
  sendAction: async (id, action) => {
    await sendToBackground('break:action', { id, action });
  },
  // Through the worker: it also writes posture minutes to the same day record, and two contexts
  // writing one key on their own would lose an update.
  record: (e) => sendToBackground('history:exercise', e),
  openPose: async (onEnded) => {
    const cam = await openCamera(undefined, onEnded);
    try {
      const lm = await createLandmarker();
      return {
        next(now) {
          const frame = lm.detect(cam.video, now);
          if (!frame) return undefined;
          const pose = [...frame.poses].sort(
            (a, b) =>
              shoulderPx(b, frame.width, frame.height) - shoulderPx(a, frame.width, frame.height),
          )[0];
          return { t: now, signals: pose ? poseSignals(pose, frame.width, frame.height) : null };
        },
        close() {
          lm.close();
          cam.close();
        },
      };
    } catch (e) {
      cam.close();
      throw e;
    }
  },
  close: () => window.close(),
};
