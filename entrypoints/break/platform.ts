/**
 * The real break-page dependencies: storage.local, the typed messages to the service worker, the
 * history store, and the camera with the pose model (opened by this visible page itself).
 */
import { browser } from 'wxt/browser';
import { poseSignals } from '../../lib/exercises/signals';
import {
  coerceExerciseStore,
  exerciseStoreWrite,
  type ExerciseStore,
  type ExerciseStoreField,
} from '../../lib/exercises/store';
import { openCamera } from '../../lib/camera-host/camera';
import { sendToBackground } from '../../lib/platform/messaging';
import { STORAGE, type StorageEntry } from '../../lib/platform/registry';
import { getSettings } from '../../lib/worker/settings-store';
import { createLandmarker } from '../../lib/pose/landmarker';
import type { Landmark } from '../../lib/posture/types';
import type { BreakDeps } from './deps';

/** The storage key of each field of the exercise store: the record forces every field a key. */
const STORE_ENTRIES: Record<ExerciseStoreField, StorageEntry> = {
  safetyAckAt: STORAGE.exerciseSafetyAck,
  removed: STORAGE.exerciseRemoved,
  neckLog: STORAGE.exerciseNeckLog,
  introduced: STORAGE.exerciseIntroduced,
};
const FIELDS = Object.keys(STORE_ENTRIES) as ExerciseStoreField[];

async function loadStore(): Promise<ExerciseStore> {
  const got = await browser.storage.local.get(FIELDS.map((f) => STORE_ENTRIES[f].key));
  return coerceExerciseStore(Object.fromEntries(FIELDS.map((f) => [f, got[STORE_ENTRIES[f].key]])));
}

async function saveStore(patch: Partial<ExerciseStore>): Promise<void> {
  const write = exerciseStoreWrite(patch);
  const out: Record<string, unknown> = {};
  for (const f of FIELDS) if (write[f] !== undefined) out[STORE_ENTRIES[f].key] = write[f];
  await browser.storage.local.set(out);
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
  loadStore,
  saveStore,
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
