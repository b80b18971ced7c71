/**
 * When the camera host (the page holding the camera, the wasm runtime and the pose model: about
 * 200 MB of the extension's memory while open, see scripts/lib/memory-breakdown.mjs) should be
 * open. Pure: time is a parameter, the browser is someone else's business.
 *
 * Closing frees the memory at once but the next sample pays for it again: one reopening (page,
 * wasm runtime, model, camera, first detection) costs about 2.1 s of one core (bench:perf
 * `reopenCpuMs`, 2026-12-03: medians 1,890 and 2,072 ms of two runs). So the host closes when
 * nothing will be sampled (paused, locked, outside working hours, nobody at the desk and no input)
 * or when the next sample is far enough away that one reopening stays within the CPU budget:
 * 210 s, longer than any interval the engine uses today (at most 112.5 s, away in low-power mode),
 * so at these costs staying open between samples is the cheaper choice and rule 3 waits for a
 * longer interval. In the steady camera-light mode the person chose a light that stays on while
 * monitoring: only the first kind closes it.
 */
import type { Settings } from '../settings-schema';
import type { PostureState } from './types';

/** The person's camera-light choice (settings `cameraLight`). */
export type CameraLight = Settings['cameraLight'];
/** Why the schedule does not want the camera at all (lib/schedule/summary.ts `cameraBlock`). */
export type CameraBlock = 'off' | 'paused' | 'locked' | 'outside-hours';
/** Why the host is open or closed. */
export type HostReason = CameraBlock | 'idle-away' | 'long-gap' | 'sampling';

/** CPU one reopening costs, ms of one core (bench:perf `reopenCpuMs`, rounded up from 2,072). */
export const REOPEN_CPU_MS = 2100;
/** Share of one core that reopening may cost on average (issue 18's target: 1% of a core). */
export const REOPEN_CPU_BUDGET = 0.01;
/** A gap at least this long pays for one reopening within the budget: 210 s. */
export const REOPEN_BREAK_EVEN_MS = REOPEN_CPU_MS / REOPEN_CPU_BUDGET;
/** A closed host reopens this long before its sample is due (model load, camera warm-up). */
export const REOPEN_LEAD_MS = 5_000;

export interface HostInput {
  /** ms since epoch. */
  now: number;
  /** Why the schedule wants no camera now; null when it does. */
  block: CameraBlock | null;
  /** The browser's input state: `idle` means no keyboard or mouse for a minute. */
  idle: 'active' | 'idle' | 'locked';
  /** The posture engine's last decision. */
  posture: PostureState['kind'];
  /** ms since epoch of the last analysed frame; null before the first. */
  lastFrameAt: number | null;
  /** The engine's interval until the next sample, ms (0 when none is planned). */
  intervalMs: number;
  light: CameraLight;
}

export interface HostPlan {
  open: boolean;
  reason: HostReason;
  /**
   * ms since epoch when a closed host must open again for the next sample; null when it opens on
   * the next event instead (an unpause, unlocking, input, working hours starting) or is open.
   */
  reopenAt: number | null;
}

/**
 * Decides whether the camera host is open at `input.now`. Rules, first match wins:
 * 1. the schedule blocks the camera (off, paused, locked, outside hours): closed until it changes;
 * 2. nobody in frame and no input for a minute (`idle` and `away`): closed until input returns;
 * 3. brief checks only: the next sample is at least `REOPEN_BREAK_EVEN_MS` after the last one:
 *    closed until `REOPEN_LEAD_MS` before it is due;
 * 4. otherwise open.
 */
export function hostPlan(input: HostInput): HostPlan {
  if (input.block) return { open: false, reason: input.block, reopenAt: null };
  if (input.idle !== 'active' && input.posture === 'away')
    return { open: false, reason: 'idle-away', reopenAt: null };
  if (input.light === 'brief' && input.lastFrameAt !== null && longGap(input.intervalMs)) {
    const reopenAt = input.lastFrameAt + input.intervalMs - REOPEN_LEAD_MS;
    if (input.now < reopenAt) return { open: false, reason: 'long-gap', reopenAt };
  }
  return { open: true, reason: 'sampling', reopenAt: null };
}

/** Whether a sampling interval (ms) is long enough to close the host in between. */
export function longGap(intervalMs: number): boolean {
  return intervalMs >= REOPEN_BREAK_EVEN_MS;
}
