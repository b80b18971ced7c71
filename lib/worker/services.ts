/**
 * How the service worker's parts talk to each other. The background entrypoint
 * (entrypoints/background/main.ts) wires a posture service (camera host, posture engine) to a
 * schedule service (nudges, breaks) through these interfaces only.
 */
import type { CameraBlock } from '../posture/host-rules';
import type { CameraStatus, PostureState } from '../posture/types';
import type { IdleState } from '../schedule/types';
import type { AppStatus, MonitoringState } from '../messages';
import type { Settings } from '../settings-schema';

/** What the schedule service learns from the posture service. */
export interface PostureListener {
  /** A posture state decided by the engine at `now` (ms since epoch). Called on every sample. */
  onPosture(state: PostureState, now: number): Promise<void>;
  /** Camera health changed; `busy` means another app holds the camera (likely a call). */
  onCamera(status: CameraStatus, now: number): Promise<void>;
}

/** The schedule service's part of the popup/page status. */
export type ScheduleSummary = Pick<
  AppStatus,
  'pausedUntil' | 'nextBreakAt' | 'nextBreakKind' | 'activeBreak' | 'held'
> & {
  monitoring: Extract<MonitoringState, 'on' | 'paused'>;
};

/** The schedule's inputs to the camera host rules (lib/posture/host-rules.ts). */
export interface CameraWish {
  /** Why the camera should not run now; null when it should. */
  block: CameraBlock | null;
  idle: IdleState;
}

export interface ScheduleService extends PostureListener {
  summary(now: number): Promise<ScheduleSummary>;
  /** Settings changed (user, options page or policy). */
  onSettings(settings: Settings): Promise<void>;
  /** What the schedule says about the camera now: why not (paused, locked...), and input idleness. */
  cameraWish(now: number): Promise<CameraWish>;
}
