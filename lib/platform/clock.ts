/**
 * The real local clock: the one place that reads the system time zone. Pure code receives local
 * time through an injected `LocalTimeFn` (tests use `lib/schedule/local-time.ts`).
 */
import { dayKey } from '../history/day';
import type { LocalTime } from '../schedule/types';

/** Local wall-clock time of `now` (ms since epoch) from the system time zone; DST-aware. */
export function systemLocalTime(now: number): LocalTime {
  const d = new Date(now);
  return { day: dayKey(now), weekday: d.getDay(), minute: d.getHours() * 60 + d.getMinutes() };
}
