/**
 * The desk check's real dependencies: the one pose session (camera and model, opened by this
 * visible page, like the break page), a tiny grey copy of the frame the model read for the light
 * check, and the last two results in storage.local (read here, written by the worker). Frames are
 * analysed and forgotten; nothing leaves the device.
 */
import { browser } from 'wxt/browser';
import { faceBox, lightCheck, lumaGrid, type LightCheck } from '../../lib/desk/light';
import { ownLevel, type OwnLevel } from '../../lib/desk/height';
import { coerceDeskStore, type DeskStore } from '../../lib/desk/store';
import { STORAGE } from '../../lib/platform/registry';
import { sendToBackground } from '../../lib/platform/messaging';
import { openPoseSession } from '../../lib/pose/session';
import { isBaseline } from '../../lib/posture/calibration';
import type { PoseFrame } from '../../lib/posture/types';

export const DESK_KEY = STORAGE.deskCheck.key;
/** Frames analysed per check, and the gap between them (about 3 s in all). */
export const DESK_FRAMES = 16;
export const DESK_GAP_MS = 180;

export interface DeskDeps {
  now(): number;
  load(): Promise<DeskStore>;
  save(store: DeskStore): Promise<void>;
  /** Opens the camera, analyses a few seconds of frames and closes it again. */
  measure(): Promise<{ frames: PoseFrame[]; light: LightCheck | null; deviceId?: string | null }>;
  /** The person's calibration for this camera (stored by the worker), or null. */
  ownLevel(deviceId: string | null | undefined): Promise<OwnLevel | null>;
}

export const platformDeskDeps: DeskDeps = {
  now: () => Date.now(),
  load: async () => {
    return coerceDeskStore((await browser.storage.local.get(DESK_KEY))[DESK_KEY]);
  },
  // Written by the worker, in the one queue that also orders an import's writes.
  save: (store) => sendToBackground('desk:save', { store }),
  ownLevel: async (deviceId) => {
    if (!deviceId) return null;
    const key = STORAGE.baselines.key;
    const all = (await browser.storage.local.get(key))[key] as Record<string, unknown> | undefined;
    const b = all?.[deviceId];
    return isBaseline(b) ? ownLevel(b) : null;
  },
  measure: async () => {
    const session = await openPoseSession();
    try {
      const frames: PoseFrame[] = [];
      let light: LightCheck | null = null;
      for (let i = 0; i < DESK_FRAMES; i++) {
        const f = await session.detect(Date.now());
        if (f) frames.push(f);
        // Poses come nearest first.
        const pose = f?.poses[0];
        if (!light && pose && i >= DESK_FRAMES / 2) {
          const box = faceBox(pose);
          const img = session.lastImage;
          // The frame the model read, scaled to 32 x 24: no second draw from the <video>.
          if (box && img) light = lightCheck(lumaGrid(img, 32, 24), 32, 24, box);
        }
        await new Promise((r) => setTimeout(r, DESK_GAP_MS));
      }
      return { frames, light, deviceId: session.deviceId };
    } finally {
      session.close();
    }
  },
};
