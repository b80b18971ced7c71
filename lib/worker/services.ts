/**
 * How the service worker's parts talk to each other. The background entrypoint
 * (entrypoints/background/main.ts) wires a posture service (camera host, posture engine) to a
 * schedule service (nudges, breaks) through these interfaces only.
 */
import type { CameraStatus, PostureState } from '../posture/types';
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

export interface ScheduleService extends PostureListener {
  summary(now: number): Promise<ScheduleSummary>;
  /** Settings changed (user, options page or policy). */
  onSettings(settings: Settings): Promise<void>;
  /** Whether the camera should run now (false while paused, locked, idle or outside hours). */
  wantsCamera(now: number): Promise<boolean>;
}
