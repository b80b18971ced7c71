import { describe, expect, it } from 'vitest';
import { NUDGE_SHOWN_MAX_MS, POSTURE_FRESH_MS } from '../../../lib/schedule/constants';
import type { Effect, ScheduleEvent } from '../../../lib/schedule/types';
import type { Settings } from '../../../lib/settings';
import { MIN, P, SEC, Sim, settingsWith } from './sim';

const CLEAR: Effect = { type: 'clear-notification', id: 'nudge' };
const quiet = { microBreakEnabled: false, movementBreakEnabled: false } as const;

/** A sim whose first nudge has just been shown (one minute of forward head). */
function nudged(patch: Partial<Settings> = {}): Sim {
  const sim = new Sim(settingsWith({ ...quiet, ...patch }));
  sim.run(60 * SEC, P.forward);
  expect(sim.nudges()).toHaveLength(1);
  expect(sim.state.nudge.shownAt).toBe(sim.t);
  return sim;
}

const clears = (fx: Effect[]) => fx.filter((e) => e.type === 'clear-notification');

describe('withdrawing a posture nudge', () => {
  it.each<[string, ScheduleEvent]>([
    ['the posture is back to neutral', { type: 'posture', state: P.neutral }],
    ['the person walked away', { type: 'posture', state: P.away }],
    ['the screen was locked', { type: 'idle', state: 'locked' }],
    ['coaching was paused', { type: 'pause', choice: '30m' }],
    ['a meeting holds interruptions', { type: 'signal', signal: 'audible', on: true }],
    ['the camera went busy (a call)', { type: 'camera', status: 'busy' }],
    ['recalibration is needed', { type: 'posture', state: { kind: 'calibrating' } }],
  ])('clears it quietly when %s', (_name, event) => {
    const sim = nudged();
    const fx = sim.send(event, sim.t + 5 * SEC);
    expect(clears(fx)).toEqual([CLEAR]);
    expect(sim.nudges(fx)).toEqual([]);
    expect(sim.records(fx)).toEqual([]); // no acknowledgement, nothing recorded
    expect(sim.state.nudge.shownAt).toBeNull();
  });

  it('clears it when nudges are turned off', () => {
    const sim = nudged();
    sim.settings = settingsWith({ ...quiet, postureNudges: false });
    expect(clears(sim.send({ type: 'settings' }, sim.t + SEC))).toEqual([CLEAR]);
  });

  it('clears it when working hours end', () => {
    // Hours 09:00-09:02 UTC; the nudge shows at 09:01.
    const sim = nudged({ workHoursEnabled: true, workStartMin: 540, workEndMin: 542 });
    expect(clears(sim.run(50 * SEC, P.forward))).toEqual([]);
    expect(clears(sim.run(10 * SEC, P.forward))).toEqual([CLEAR]);
  });

  it('clears it when the posture samples stop (monitoring stopped)', () => {
    const sim = nudged();
    const shownAt = sim.t;
    expect(clears(sim.send({ type: 'tick' }, shownAt + POSTURE_FRESH_MS))).toEqual([]);
    expect(clears(sim.send({ type: 'tick' }, shownAt + POSTURE_FRESH_MS + SEC))).toEqual([CLEAR]);
  });

  it('keeps it while the head stays forward or the engine briefly cannot judge', () => {
    const sim = nudged();
    const fx = [
      ...sim.run(2 * MIN, P.forward),
      ...sim.send({ type: 'posture', state: { kind: 'unknown', reason: 'looking-down' } }),
      ...sim.run(MIN, P.forward),
    ];
    expect(clears(fx)).toEqual([]);
    expect(sim.state.nudge.shownAt).not.toBeNull();
  });

  it('withdraws it after NUDGE_SHOWN_MAX_MS even under constant forward head, on a wake-up', () => {
    const sim = nudged();
    const shownAt = sim.t;
    expect(sim.state.wakeAt).toBe(shownAt + NUDGE_SHOWN_MAX_MS);
    expect(clears(sim.run(NUDGE_SHOWN_MAX_MS - 10 * SEC, P.forward))).toEqual([]);
    expect(clears(sim.send({ type: 'tick' }, shownAt + NUDGE_SHOWN_MAX_MS))).toEqual([CLEAR]);
    // The cooldown still decides the next nudge (10 min after the first), which shows again.
    sim.run(5 * MIN, P.forward);
    expect(sim.nudgeMinutes(shownAt)).toEqual([0, 10]);
    expect(sim.state.nudge.shownAt).toBe(sim.t);
  });

  it('clears once: later neutral samples and a nudge-free day emit nothing', () => {
    const sim = nudged();
    expect(clears(sim.run(3 * MIN, P.neutral))).toEqual([CLEAR]);
    const fresh = new Sim(settingsWith(quiet));
    expect(clears(fresh.run(30 * MIN, P.neutral))).toEqual([]);
  });

  it('a break announced over a nudge replaces it', () => {
    const sim = new Sim(settingsWith({ movementBreakEnabled: false }));
    sim.run(18 * MIN, P.neutral);
    sim.run(MIN, P.forward); // nudge at 19:00
    expect(sim.nudges()).toHaveLength(1);
    expect(sim.state.nudge.shownAt).not.toBeNull();
    const fx = sim.run(MIN, P.forward); // the micro break comes due at 20:00
    expect(sim.announcements(fx)).toHaveLength(1);
    expect(clears(fx)).toContainEqual(CLEAR);
    expect(sim.state.nudge.shownAt).toBeNull();
  });
});
