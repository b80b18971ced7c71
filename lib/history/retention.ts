/** Bounded retention of local history. Pure. */
import { dayKey, shiftDay } from './day';
import type { DayKey } from './types';

/**
 * The oldest day kept when `retentionDays` days of history are kept, today included.
 * @param retentionDays days to keep (at least 1)
 * @param now ms since epoch
 */
export function oldestKeptDay(retentionDays: number, now: number): DayKey {
  return oldestKeptFrom(retentionDays, dayKey(now));
}

/** The oldest day kept when `retentionDays` days are kept, counting back from `today`. */
export function oldestKeptFrom(retentionDays: number, today: DayKey): DayKey {
  const days = Math.max(1, Math.round(Number.isFinite(retentionDays) ? retentionDays : 1));
  return shiftDay(today, -(days - 1));
}

/** The day keys among `days` that fall outside the retention window and must be deleted. */
export function expiredDays(days: readonly DayKey[], retentionDays: number, now: number): DayKey[] {
  return expiredFrom(days, retentionDays, dayKey(now));
}

/**
 * The day keys among `days` older than the window of `retentionDays` ending at `today` (the
 * trusted day of lib/history/retention-clock.ts).
 */
export function expiredFrom(
  days: readonly DayKey[],
  retentionDays: number,
  today: DayKey,
): DayKey[] {
  const oldest = oldestKeptFrom(retentionDays, today);
  // YYYY-MM-DD keys sort lexicographically in calendar order.
  return days.filter((d) => d < oldest);
}
