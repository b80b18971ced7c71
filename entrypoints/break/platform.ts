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
import { sendToBackground } from '../../lib/platform/messaging';
import { STORAGE, type StorageEntry } from '../../lib/platform/registry';
import { getSettings } from '../../lib/worker/settings-store';
import { openPoseSession } from '../../lib/pose/session';
import type { BreakDeps } from './deps';
import { playCue } from '../../components/break-sounds';

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
    const session = await openPoseSession({ onEnded });
    return {
      async next(now) {
        const frame = await session.detect(now);
        if (!frame) return undefined;
        const pose = frame.poses[0]; // the person nearest the camera
        return { t: now, signals: pose ? poseSignals(pose, frame.width, frame.height) : null };
      },
      close: () => session.close(),
    };
  },
  play: playCue,
  close: () => window.close(),
};
