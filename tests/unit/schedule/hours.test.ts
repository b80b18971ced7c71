import { describe, expect, it } from 'vitest';
import {
  fixedOffsetLocalTime,
  inWorkingHours,
  nextLocalMidnight,
} from '../../../lib/schedule/local-time';
import type { LocalTimeFn } from '../../../lib/schedule/types';
import { MIN, Sim, settingsWith } from './sim';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** A real DST-aware local clock for an IANA zone, from Node's Intl (test-side only). */
function zoneClock(timeZone: string): LocalTimeFn {
  const fmt = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'short',
  });
  return (now) => {
    const p = Object.fromEntries(fmt.formatToParts(now).map((x) => [x.type, x.value]));
    return {
      day: `${p.year}-${p.month}-${p.day}`,
      weekday: WEEKDAYS.indexOf(p.weekday ?? ''),
      minute: Number(p.hour) * 60 + Number(p.minute),
    };
  };
}
const berlin = zoneClock('Europe/Berlin');

describe('working hours', () => {
  const day = settingsWith({ workHoursEnabled: true, workStartMin: 8 * 60, workEndMin: 18 * 60 });
  const night = settingsWith({ workHoursEnabled: true, workStartMin: 22 * 60, workEndMin: 6 * 60 });
  const allDay = settingsWith({ workHoursEnabled: true, workStartMin: 0, workEndMin: 0 });
  it.each([
    ['day shift, Mon 07:59', day, 1, 7 * 60 + 59, false],
    ['day shift, Mon 08:00', day, 1, 8 * 60, true],
    ['day shift, Fri 17:59', day, 5, 18 * 60 - 1, true],
    ['day shift, Fri 18:00', day, 5, 18 * 60, false],
    ['day shift, Sat 10:00', day, 6, 10 * 60, false],
    ['night shift, Mon 23:00', night, 1, 23 * 60, true],
    ["night shift, Tue 05:59 (Monday's shift)", night, 2, 5 * 60 + 59, true],
    ["night shift, Sat 03:00 (Friday's shift)", night, 6, 3 * 60, true],
    ["night shift, Mon 03:00 (Sunday's: no shift)", night, 1, 3 * 60, false],
    ['night shift, Sat 23:00', night, 6, 23 * 60, false],
    ['night shift, Wed 12:00', night, 3, 12 * 60, false],
    ['start = end: all of Wed', allDay, 3, 2 * 60, true],
    ['start = end: not Sun', allDay, 0, 12 * 60, false],
    ['disabled: Sun 03:00', settingsWith(), 0, 3 * 60, true],
  ] as const)('%s -> %s', (_name, s, weekday, minute, expected) => {
    expect(inWorkingHours(s, { day: '2026-01-05', weekday, minute })).toBe(expected);
  });

  it('a fixed-offset clock gives weekday and minute', () => {
    expect(fixedOffsetLocalTime(60)(Date.UTC(2026, 0, 4, 23, 30))).toEqual({
      day: '2026-01-05',
      weekday: 1,
      minute: 30,
    });
  });

  it('DST: working hours follow the wall clock the Monday after clocks go forward', () => {
    const s = settingsWith({
      workHoursEnabled: true,
      workStartMin: 8 * 60,
      workEndMin: 18 * 60,
      postureNudges: false,
      microBreakEnabled: false,
    });
    const run = (local: LocalTimeFn) => {
      const sim = new Sim(s, local, Date.UTC(2026, 2, 30, 5, 30)); // 07:30 in Berlin (CEST)
      sim.run(60 * MIN);
      return Math.round(sim.state.activeMovementMs / MIN);
    };
    expect(run(berlin)).toBe(30); // on duty from 08:00 CEST = 06:00 UTC
    expect(run(fixedOffsetLocalTime(60))).toBe(0); // a clock stuck on winter time: 07:00 UTC
  });
});

describe('next local midnight', () => {
  it.each([
    ['plain day', Date.UTC(2026, 0, 5, 11), Date.UTC(2026, 0, 5, 23)],
    ['23 h day (clocks forward)', Date.UTC(2026, 2, 29, 10), Date.UTC(2026, 2, 29, 22)],
    ['25 h day (clocks back)', Date.UTC(2026, 9, 25, 11), Date.UTC(2026, 9, 25, 23)],
    ['one minute before midnight', Date.UTC(2026, 0, 5, 22, 59), Date.UTC(2026, 0, 5, 23)],
  ])('%s (Berlin)', (_name, now, expected) => {
    expect(nextLocalMidnight(now, berlin)).toBe(expected);
  });

  it('a zone whose clocks jump at midnight: the first minute of the new day', () => {
    const jump = Date.UTC(2026, 3, 5, 3); // local 00:00 (UTC-3) becomes 01:00 (UTC-2)
    const local: LocalTimeFn = (t) => fixedOffsetLocalTime(t < jump ? -180 : -120)(t);
    expect(nextLocalMidnight(Date.UTC(2026, 3, 4, 15), local)).toBe(jump);
    expect(local(jump).minute).toBe(60);
  });

  it('pause for today ends at the local midnight on a DST day', () => {
    const sim = new Sim(settingsWith(), berlin, Date.UTC(2026, 2, 29, 10));
    sim.send({ type: 'pause', choice: 'today' });
    expect(sim.state.pausedUntil).toBe(Date.UTC(2026, 2, 29, 22));
  });
});
