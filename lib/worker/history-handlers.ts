/**
 * The service worker's history messages. Pages never write history themselves: every write goes
 * through the worker's one queue (lib/worker/history-store.ts), so two contexts can't overwrite
 * each other's updates to the same day, and events kept while storage is full are counted once.
 */
import { dayKey, shiftDay } from '../history/day';
import type { HistoryEvent } from '../history/types';
import { DIARY_TOO_OLD, type BackgroundProtocol } from '../messages';
import type { Settings } from '../settings-schema';
import type { Handlers } from '../platform/messaging';
import { oldestKeptFrom } from '../history/retention';
import { pruneHistory, readHistory, recordHistory } from './history-store';

type HistoryNames = 'history:get' | 'history:diary' | 'history:exercise';

export function historyHandlers(
  settings: () => Promise<Settings>,
): Handlers<Pick<BackgroundProtocol, HistoryNames>> {
  return {
    'history:get': () => readHistory(),
    // Payloads arrive parsed (lib/message-parsers.ts): a real day key, a note already trimmed,
    // the details reduced to their valid fields.
    'history:diary': async ({ day, intensity, note = '', details = {} }) => {
      const now = Date.now();
      // Today or an earlier day; a day up to one ahead passes for a clock a time zone ahead.
      if (day > shiftDay(dayKey(now), 1)) throw new Error('diary entry for a future day');
      const event: HistoryEvent =
        intensity === null
          ? { type: 'diary-clear', day }
          : { type: 'diary', day, intensity, note, details };
      const { diaryEnabled, retentionDays } = await settings();
      if (!diaryEnabled && event.type === 'diary') throw new Error('the diary is turned off');
      // Saved and pruned at once would be a false "Saved.": refuse it, the page says why.
      if (event.type === 'diary' && day < oldestKeptFrom(retentionDays, dayKey(now)))
        throw new Error(DIARY_TOO_OLD);
      await recordHistory(event, now, retentionDays);
    },
    'history:exercise': async ({ id, reps, holdSec, durationSec }) => {
      const { insightsEnabled, retentionDays } = await settings();
      if (!insightsEnabled) return;
      const event: HistoryEvent = { type: 'exercise', id, reps, holdSec, durationSec };
      await recordHistory(event, Date.now(), retentionDays);
    },
  };
}

/** Applies a changed retention at once (a person's choice or a policy), not at the next new day. */
export function pruneToSettings(settings: Settings): Promise<number> {
  return pruneHistory(settings.retentionDays, Date.now());
}
