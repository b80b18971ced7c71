/**
 * Clock jumps the browser cannot fake for a service worker end to end: sleep and wake (a long gap
 * with no events), a clock set backwards, and a time zone change mid-day (travel), driven through
 * the pure schedule with its injected local time. DST days are covered in
 * tests/unit/schedule/hours.test.ts; the e2e side (a gap across a worker restart) in
 * tests/e2e/faults/clock.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { fixedOffsetLocalTime } from '../../../lib/schedule/local-time';
import type { LocalTimeFn } from '../../../lib/schedule/types';
import { MIN, P, SEC, Sim, T0, settingsWith } from './sim';

const HOUR = 60 * MIN;

describe('sleep and wake', () => {
  it('a night asleep is not active time: no break at wake; the night counts as time away', () => {
    const sim = new Sim(settingsWith({ movementBreakEnabled: false, postureNudges: false }));
    sim.run(15 * MIN);
    expect(sim.announcements()).toHaveLength(0);
    // Lid closed for 9 hours: nothing at all happens, then the machine wakes and a tick runs.
    const woke = sim.send({ type: 'tick' }, sim.t + 9 * HOUR);
    expect(sim.announcements(woke)).toHaveLength(0);
    // Away far longer than a break: the timer starts over instead of firing a stale break.
    sim.run(MIN);
    expect(sim.state.activeMicroMs).toBeLessThanOrEqual(MIN);
    expect(sim.announcements()).toHaveLength(0);
    // The person works on: the next break comes after a full interval, once.
    const after = sim.run(20 * MIN);
    expect(sim.announcements(after)).toHaveLength(1);
  });

  it('asleep while a break was announced: at wake there is one announcement at most', () => {
    const sim = new Sim(settingsWith({ movementBreakEnabled: false, postureNudges: false }));
    sim.run(21 * MIN);
    expect(sim.announcements()).toHaveLength(1);
    const woke = [...sim.send({ type: 'tick' }, sim.t + 9 * HOUR), ...sim.run(2 * MIN)];
    expect(sim.announcements(woke).length).toBeLessThanOrEqual(1);
  });

  it('a gap just over the limit is not credited as active time; a short one is', () => {
    const sim = new Sim(settingsWith({ postureNudges: false }));
    sim.run(MIN);
    const a = sim.state.activeMicroMs;
    sim.send({ type: 'posture', state: P.neutral }, sim.t + 2 * MIN);
    expect(sim.state.activeMicroMs).toBe(a + 2 * MIN);
    sim.send({ type: 'posture', state: P.neutral }, sim.t + 3 * MIN + 1);
    expect(sim.state.activeMicroMs).toBeLessThanOrEqual(a + 2 * MIN);
  });
});

describe('the clock set backwards', () => {
  it('a step a moment behind (two events racing) counts as no time; a replayed tick does nothing', () => {
    const sim = new Sim(settingsWith({ postureNudges: false }));
    sim.run(10 * MIN);
    const { activeMicroMs, at } = sim.state;
    expect(sim.send({ type: 'tick' }, sim.t - 30 * SEC)).toEqual([]);
    expect(sim.state.at).toBe(at);
    sim.send({ type: 'posture', state: P.neutral }, at - 20 * SEC);
    expect(sim.state.activeMicroMs).toBe(activeMicroMs);
    expect(sim.state.at).toBe(at);
  });

  // Each row: how far back the clock goes, and how long the person works on afterwards.
  it.each([
    ['an hour back', HOUR],
    ['a day back (a jump forward corrected)', 24 * HOUR],
    ['400 days back', 400 * 24 * HOUR],
  ])('%s is a gap: no negative time, ticks count again, the break comes on time', (_, back) => {
    const sim = new Sim(settingsWith({ movementBreakEnabled: false, postureNudges: false }));
    sim.run(15 * MIN);
    const active = sim.state.activeMicroMs;
    sim.t -= back;
    sim.send({ type: 'tick' }, sim.t);
    expect(sim.state.at).toBe(sim.t); // rebased to the clock
    expect(sim.state.activeMicroMs).toBe(active); // the jump itself is no active time
    // Ticks are no longer ignored: after the 5 minutes left of the interval, the break comes.
    const before = sim.run(4 * MIN);
    expect(sim.announcements(before)).toHaveLength(0);
    expect(sim.state.activeMicroMs).toBeGreaterThan(active);
    const after = sim.run(2 * MIN);
    expect(sim.announcements(after)).toHaveLength(1);
  });

  it('a pause and a running break keep what was left of them across the jump', () => {
    const sim = new Sim(settingsWith({ movementBreakEnabled: false, postureNudges: false }));
    sim.run(MIN);
    sim.send({ type: 'pause', choice: '30m' });
    sim.run(10 * MIN);
    sim.t -= 6 * HOUR;
    sim.send({ type: 'tick' }, sim.t);
    expect(sim.state.pausedUntil).toBe(sim.t + 20 * MIN);
    sim.run(21 * MIN);
    expect(sim.state.pausedUntil).toBeNull();
  });
});

describe('time zone change (travel)', () => {
  const hours = settingsWith({
    workHoursEnabled: true,
    workStartMin: 9 * 60,
    workEndMin: 17 * 60,
    postureNudges: false,
    microBreakEnabled: false,
    movementBreakEnabled: false,
    neckTrainingEnabled: false,
  });
  /** Berlin (UTC+1) until `at`, then New York (UTC-5). */
  const travel =
    (at: number): LocalTimeFn =>
    (t) =>
      fixedOffsetLocalTime(t < at ? 60 : -300)(t);

  it('working hours follow the new zone at once; the day and its skip budget stay', () => {
    const start = T0 + 6 * HOUR; // Monday 15:00 UTC = 16:00 Berlin
    const landed = start + 30 * MIN;
    const sim = new Sim(hours, travel(landed), start);
    sim.run(20 * MIN);
    sim.state.skipsToday = 1;
    const day = sim.state.day;
    // 16:30 UTC: 17:30 in Berlin (off duty there), 11:30 in New York (on duty).
    sim.run(60 * MIN);
    expect(sim.state.day).toBe(day); // still Monday in New York
    expect(sim.state.skipsToday).toBe(1);
    expect(sim.state.activeMicroMs).toBe(80 * MIN); // on duty all along: Berlin, then New York
  });

  it('the same hour with the clock left on Berlin time would be off duty (the zone matters)', () => {
    const start = T0 + 6 * HOUR + 60 * MIN; // 17:00 Berlin
    const sim = new Sim(hours, fixedOffsetLocalTime(60), start);
    sim.run(30 * MIN);
    expect(sim.state.activeMicroMs).toBe(0);
  });

  it('flying east past midnight starts a new local day once: the skip budget resets', () => {
    const start = T0 + 12 * HOUR; // Monday 21:00 UTC: 22:00 Berlin
    const tokyo: LocalTimeFn = (t) => fixedOffsetLocalTime(t < start + 10 * MIN ? 60 : 540)(t);
    const sim = new Sim(settingsWith({ postureNudges: false }), tokyo, start);
    sim.state.skipsToday = 2;
    sim.run(20 * MIN); // now 06:20 Tuesday in Tokyo
    expect(sim.state.day).toBe('2026-01-06');
    expect(sim.state.skipsToday).toBe(0);
  });
});
