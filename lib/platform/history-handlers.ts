/**
 * The service worker's history messages. Pages never write history themselves: every write goes
 * through the worker's one queue (lib/platform/history-store.ts), so two contexts can't overwrite
 * each other's updates to the same day, and events kept while storage is full are counted once.
 */
import { browser } from 'wxt/browser';
import { isDayKey } from '../history/day';
import type { HistoryEvent } from '../history/types';
import type { BackgroundProtocol } from '../messages';
import type { Settings } from '../settings-schema';
import type { Handlers } from './messaging';
import { clearHistory, pruneHistory, readHistory, recordHistory } from './history-store';

type HistoryNames = 'history:get' | 'history:diary' | 'history:exercise' | 'data:clear';

const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);

export function historyHandlers(
  settings: () => Promise<Settings>,
): Handlers<Pick<BackgroundProtocol, HistoryNames>> {
  return {
    'history:get': () => readHistory(),
    'history:diary': async ({ day, intensity, note }) => {
      let event: HistoryEvent | null = null;
      if (isDayKey(day) && intensity === null) event = { type: 'diary-clear', day };
      else if (isDayKey(day) && typeof intensity === 'number' && Number.isFinite(intensity))
        event = { type: 'diary', day, intensity, note: typeof note === 'string' ? note : '' };
      if (!event) throw new Error('malformed diary entry');
      await recordHistory(event, Date.now(), (await settings()).retentionDays);
    },
    'history:exercise': async ({ id, reps, holdSec, durationSec }) => {
      if (typeof id !== 'string' || !id || id.length > 64)
        throw new Error('malformed exercise record');
      const { insightsEnabled, retentionDays } = await settings();
      if (!insightsEnabled) return;
      const event: HistoryEvent = {
        type: 'exercise',
        id,
        reps: count(reps),
        holdSec: count(holdSec),
        durationSec: count(durationSec),
      };
      await recordHistory(event, Date.now(), retentionDays);
    },
    'data:clear': async () => {
      await clearHistory();
      // Everything else this extension keeps locally: own settings, calibration, schedule state.
      await browser.storage.local.clear();
    },
  };
}

/** Applies a changed retention at once (a person's choice or a policy), not at the next new day. */
export function pruneToSettings(settings: Settings): Promise<number> {
  return pruneHistory(settings.retentionDays, Date.now());
}
