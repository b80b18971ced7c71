/**
 * The real break-page dependencies: storage.local, the typed messages to the service worker, the
 * history store, and the camera with the pose model (opened by this visible page itself).
 */
import { browser } from 'wxt/browser';
import { poseSignals } from '../../lib/exercises/signals';
import { sendToBackground } from '../../lib/platform/messaging';
import { readExerciseStore } from '../../lib/worker/exercise-store';
import { getSettings } from '../../lib/worker/settings-store';
import { openPoseSession } from '../../lib/pose/session';
import type { BreakDeps } from './deps';
import { playCue } from '../../components/break-sounds';

export const platformDeps: BreakDeps = {
  now: () => Date.now(),
  uiLanguage: () => browser.i18n.getUILanguage(),
  loadSettings: async () => (await getSettings()).settings,
  loadStore: readExerciseStore,
  // Through the worker's one write queue: a page's record in memory may be out of date.
  updateStore: (op) => sendToBackground('exercise:update', { op }),
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
