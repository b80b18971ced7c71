/**
 * Working hours and local days. Local time always comes from an injected `LocalTimeFn`, so DST
 * and time zones are the caller's concern and tests can fake any clock.
 */
import type { Settings } from '../settings-schema';
import type { LocalTime, LocalTimeFn } from './types';

const DAY_MS = 24 * 60 * 60_000;

/**
 * A `LocalTimeFn` for a fixed offset from UTC (minutes east of UTC, e.g. +60 for CET).
 * Deterministic arithmetic; real clocks with DST pass their own function.
 */
export function fixedOffsetLocalTime(offsetMin: number): LocalTimeFn {
  return (now) => {
    const local = now + offsetMin * 60_000;
    const dayNum = Math.floor(local / DAY_MS);
    const d = new Date(dayNum * DAY_MS);
    return {
      day: d.toISOString().slice(0, 10),
      weekday: (((dayNum + 4) % 7) + 7) % 7, // 1970-01-01 was a Thursday
      minute: Math.floor((local - dayNum * DAY_MS) / 60_000),
    };
  };
}

/**
 * Whether `lt` falls in working hours. Disabled working hours mean always. A start equal to the
 * end means the whole day; an end before the start is a shift across midnight, whose early-morning
 * part belongs to the previous day's shift.
 */
export function inWorkingHours(settings: Settings, lt: LocalTime): boolean {
  if (!settings.workHoursEnabled) return true;
  const { workStartMin: start, workEndMin: end, workDays } = settings;
  if (start === end) return workDays.includes(lt.weekday);
  if (start < end) return workDays.includes(lt.weekday) && lt.minute >= start && lt.minute < end;
  if (lt.minute >= start) return workDays.includes(lt.weekday);
  if (lt.minute < end) return workDays.includes((lt.weekday + 6) % 7);
  return false;
}

/**
 * Whether `minute` (after local midnight) falls in the window `from`..`to` (end excluded). A start
 * equal to the end means the whole day; an end before the start is a window across midnight.
 */
export function inWindow(from: number, to: number, minute: number): boolean {
  if (from === to) return true;
  return from < to ? minute >= from && minute < to : minute >= from || minute < to;
}

/**
 * The next local midnight after `now` (ms since epoch): the first whole minute whose local day
 * differs from today's. Found by bisection, so 23 h and 25 h days (DST) come out right.
 */
export function nextLocalMidnight(now: number, local: LocalTimeFn): number {
  const today = local(now).day;
  let lo = Math.floor(now / 60_000); // minute index still today
  let hi = lo + 27 * 60; // surely tomorrow or later
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (local(mid * 60_000).day === today) lo = mid;
    else hi = mid;
  }
  return hi * 60_000;
}
