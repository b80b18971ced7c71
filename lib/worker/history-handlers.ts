/**
 * The service worker's history messages. Pages never write history themselves: every write goes
 * through the worker's one queue (lib/worker/history-store.ts), so two contexts can't overwrite
 * each other's updates to the same day, and events kept while storage is full are counted once.
 */
import { browser } from 'wxt/browser';
import { MAX_NOTE_CHARS, dayKey, isDayKey, shiftDay } from '../history/day';
import { coerceDiaryDetails } from '../history/diary';
import type { HistoryEvent } from '../history/types';
import type { BackgroundProtocol } from '../messages';
import type { Settings } from '../settings-schema';
import type { Handlers } from '../platform/messaging';
import { clearHistory, pruneHistory, readHistory, recordHistory } from './history-store';

type HistoryNames = 'history:get' | 'history:diary' | 'history:exercise' | 'data:clear';

const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);

export function historyHandlers(
  settings: () => Promise<Settings>,
): Handlers<Pick<BackgroundProtocol, HistoryNames>> {
  return {
    'history:get': () => readHistory(),
    'history:diary': async ({ day, intensity, note, details }) => {
      const now = Date.now();
      // Today or an earlier day; a day up to one ahead passes for a clock a time zone ahead.
      const dayOk = isDayKey(day) && day <= shiftDay(dayKey(now), 1);
      let event: HistoryEvent | null = null;
      if (dayOk && intensity === null) event = { type: 'diary-clear', day };
      else if (dayOk && typeof intensity === 'number' && Number.isFinite(intensity)) {
        const text = typeof note === 'string' ? note.trim().slice(0, MAX_NOTE_CHARS) : '';
        if (details !== undefined && (typeof details !== 'object' || details === null))
          throw new Error('malformed diary details');
        event = { type: 'diary', day, intensity, note: text, details: coerceDiaryDetails(details) };
      }
      if (!event) throw new Error('malformed diary entry');
      const { diaryEnabled, retentionDays } = await settings();
      if (!diaryEnabled && event.type === 'diary') throw new Error('the diary is turned off');
      await recordHistory(event, now, retentionDays);
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
