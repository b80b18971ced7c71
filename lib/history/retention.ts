/** Bounded retention of local history. Pure. */
import { dayKey, shiftDay } from './day';
import type { DayKey } from './types';

/**
 * The oldest day kept when `retentionDays` days of history are kept, today included.
 * @param retentionDays days to keep (at least 1)
 * @param now ms since epoch
 */
export function oldestKeptDay(retentionDays: number, now: number): DayKey {
  const days = Math.max(1, Math.round(Number.isFinite(retentionDays) ? retentionDays : 1));
  return shiftDay(dayKey(now), -(days - 1));
}

/** The day keys among `days` that fall outside the retention window and must be deleted. */
export function expiredDays(days: readonly DayKey[], retentionDays: number, now: number): DayKey[] {
  const oldest = oldestKeptDay(retentionDays, now);
  // YYYY-MM-DD keys sort lexicographically in calendar order.
  return days.filter((d) => d < oldest);
}
