/**
 * Composes the status every page shows (`status:get`) from the worker's services: settings, the
 * posture session, the schedule and today's history.
 */
import type { AppStatus } from '../messages';
import type { EngineState } from '../posture/engine';
import { dayKey } from '../history/day';
import { flushPendingHistory, readHistory } from './history-store';
import { readBaselines, readSession } from './posture-store';
import type { ScheduleService } from './services';
import { getSettings } from './settings-store';

/** A smoothed drift this many times the entry threshold reads as "clearly" forward. */
export const CLEAR_DRIFT_FACTOR = 1.5;

/**
 * How far and since when the head is forward, from the engine's own state: the run's start is
 * when the reported posture last changed; the level compares the smoothed drift score with the
 * threshold that made it count as forward.
 */
export function forwardDetail(
  engine: Pick<EngineState, 'posture' | 'changedAt' | 'ema' | 'entry'>,
): Pick<AppStatus, 'forwardSince' | 'drift'> {
  if (engine.posture.kind !== 'forward-head') return { forwardSince: null, drift: null };
  const { ema, entry } = engine;
  const drift =
    ema === null || !(entry > 0) ? null : ema >= entry * CLEAR_DRIFT_FACTOR ? 'clear' : 'slight';
  return { forwardSince: engine.changedAt, drift };
}

const min2 = (x: number | undefined): number => Math.round((x ?? 0) * 100) / 100;

/**
 * Returns the function that answers `status:get` for `schedule`.
 * @returns a function that reads the current status at the real clock's now
 */
export function createStatus(schedule: Pick<ScheduleService, 'summary'>): () => Promise<AppStatus> {
  return async function status(): Promise<AppStatus> {
    const now = Date.now();
    const { settings } = await getSettings();
    // Events kept while storage was full: every status poll (2 s while the popup is open) tries
    // to store them, so the notice goes as soon as there is room. The history queue runs the
    // flush before the read; the read counts waiting events either way.
    const [unsaved, session, baselines, summary, history] = await Promise.all([
      flushPendingHistory(now, settings.retentionDays).catch(() => 0),
      readSession(),
      readBaselines(),
      schedule.summary(now),
      readHistory().catch(() => []),
    ]);
    const day = history.find((d) => d.day === dayKey(now));
    return {
      posture: session.posture,
      camera: session.camera,
      cameraDetail: session.cameraDetail,
      monitoring:
        summary.monitoring === 'paused'
          ? 'paused'
          : settings.cameraEnabled
            ? 'on'
            : 'reminders-only',
      pausedUntil: summary.pausedUntil,
      nextBreakAt: summary.nextBreakAt,
      nextBreakKind: summary.nextBreakKind,
      activeBreak: summary.activeBreak,
      held: summary.held,
      hasBaseline: Object.keys(baselines).length > 0,
      ...forwardDetail(session.engine),
      // Not rounded to whole minutes: the popup's share of "head forward" follows the state.
      today: {
        monitoredMin: min2(day?.monitoredMin),
        forwardHeadMin: min2(day?.forwardHeadMin),
        nudges: day?.nudges ?? 0,
        breaksTaken: day?.breaksTaken ?? 0,
      },
      unsavedHistory: unsaved,
    };
  };
}
