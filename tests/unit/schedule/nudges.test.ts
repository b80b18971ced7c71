import { describe, expect, it } from 'vitest';
import type { PostureState } from '../../../lib/posture/types';
import { cooldownMs } from '../../../lib/schedule/nudges';
import { MIN, P, SEC, Sim, T0, settingsWith } from './sim';

describe('posture nudges', () => {
  it('the badge reflects posture within one sample, long before any nudge', () => {
    const sim = new Sim();
    expect(sim.send({ type: 'posture', state: P.neutral }, T0 + SEC)).toContainEqual({
      type: 'badge',
      badge: 'good',
    });
    const fx = sim.send({ type: 'posture', state: P.forward }, T0 + 6 * SEC);
    expect(fx).toContainEqual({ type: 'badge', badge: 'forward' });
    expect(sim.nudges(fx)).toHaveLength(0);
  });

  it.each([
    { nudgeAfterSec: 45, justBefore: 44, at: 45 },
    { nudgeAfterSec: 120, justBefore: 119, at: 120 },
  ])(
    'nudges only after $nudgeAfterSec s of sustained forward head',
    ({ nudgeAfterSec, justBefore, at }) => {
      const sim = new Sim(settingsWith({ nudgeAfterSec }));
      sim.send({ type: 'posture', state: P.forward }, T0);
      expect(
        sim.nudges(sim.send({ type: 'posture', state: P.forward }, T0 + justBefore * SEC)),
      ).toHaveLength(0);
      const fx = sim.send({ type: 'posture', state: P.forward }, T0 + at * SEC);
      expect(sim.nudges(fx)).toHaveLength(1);
      expect(sim.records(fx)).toContainEqual({ type: 'nudge' });
    },
  );

  it('snoozing the nudge withdraws it and holds nudges for snoozeMin, breaks unaffected', () => {
    const sim = new Sim(settingsWith({ snoozeMin: 10 }));
    sim.send({ type: 'posture', state: P.forward }, T0);
    expect(sim.nudges(sim.send({ type: 'posture', state: P.forward }, T0 + 60 * SEC))).toHaveLength(
      1,
    );
    const fx = sim.send({ type: 'nudge-snooze' }, T0 + 70 * SEC);
    expect(fx).toContainEqual({ type: 'clear-notification', id: 'nudge' });
    expect(sim.state.nudge.shownAt).toBeNull();
    expect(sim.state.nudge.nextAllowedAt).toBeGreaterThanOrEqual(T0 + 70 * SEC + 10 * MIN);
  });

  it('a neutral sample restarts the sustained run', () => {
    const sim = new Sim();
    sim.send({ type: 'posture', state: P.forward }, T0);
    sim.send({ type: 'posture', state: P.neutral }, T0 + 40 * SEC);
    sim.send({ type: 'posture', state: P.forward }, T0 + 41 * SEC);
    expect(sim.nudges(sim.send({ type: 'posture', state: P.forward }, T0 + 80 * SEC))).toHaveLength(
      0,
    );
    expect(sim.nudges(sim.send({ type: 'posture', state: P.forward }, T0 + 86 * SEC))).toHaveLength(
      1,
    );
  });

  it('the cooldown doubles on repeats: 10, 20, 40 min with the default gap', () => {
    expect([1, 2, 3, 4].map((n) => cooldownMs(n, settingsWith()) / MIN)).toEqual([10, 20, 40, 80]);
    expect(cooldownMs(10, settingsWith({ nudgeMinGapMin: 120 })) / MIN).toBe(240); // capped at 4 h
  });

  it('keeps the ladder under constant forward head: gaps of 10, 20, 40 min', () => {
    const sim = new Sim(
      settingsWith({
        nudgeMaxPerHour: 6,
        microBreakEnabled: false,
        movementBreakEnabled: false,
        neckTrainingEnabled: false,
      }),
    );
    sim.run(150 * MIN, P.forward, 15 * SEC);
    // First sample at 0:15, so 45 s sustained ends at 1:00; then gaps of 10, 20, 40 min.
    expect(sim.nudgeMinutes(T0)).toEqual([1, 11, 31, 71]);
    expect(sim.state.nudge.streak).toBe(4);
  });

  it('never more than nudgeMaxPerHour in any hour', () => {
    const sim = new Sim(
      settingsWith({
        nudgeMaxPerHour: 2,
        nudgeMinGapMin: 5,
        microBreakEnabled: false,
        movementBreakEnabled: false,
      }),
    );
    const fx = sim.run(30 * MIN, P.forward); // ladder alone would allow 0:45, 5:45, 15:45
    expect(sim.nudges(fx)).toHaveLength(2);
  });

  it('the ladder starts over after a quiet hour beyond the cooldown', () => {
    const s = settingsWith({ microBreakEnabled: false, movementBreakEnabled: false });
    const sim = new Sim(s);
    sim.run(60 * SEC, P.forward);
    expect(sim.state.nudge.streak).toBe(1);
    sim.run(69 * MIN, P.neutral); // 10 min cooldown + 60 min quiet, minus the 1 min run
    sim.run(60 * SEC, P.forward);
    expect(sim.state.nudge.streak).toBe(1);
    expect(sim.state.nudge.nextAllowedAt - sim.state.nudge.times.at(-1)!).toBe(10 * MIN);
  });

  it('a short quiet spell keeps the ladder climbing', () => {
    const sim = new Sim(settingsWith({ microBreakEnabled: false, movementBreakEnabled: false }));
    sim.run(60 * SEC, P.forward);
    sim.run(20 * MIN, P.neutral);
    sim.run(60 * SEC, P.forward);
    expect(sim.state.nudge.streak).toBe(2);
    expect(sim.state.nudge.nextAllowedAt - sim.state.nudge.times.at(-1)!).toBe(20 * MIN);
  });

  it('rotates the message and the suggested reset', () => {
    const sim = new Sim(
      settingsWith({
        nudgeMaxPerHour: 6,
        nudgeMinGapMin: 5,
        microBreakEnabled: false,
        movementBreakEnabled: false,
      }),
    );
    for (let i = 0; i < 3; i++) sim.run(125 * MIN, P.forward);
    const tips = sim.nudges().map((n) => n.tip);
    expect(new Set(tips).size).toBeGreaterThanOrEqual(3);
    expect(tips[0]).not.toBe(tips[1]);
  });

  it.each([
    ['turned off', { postureNudges: false }, null],
    ['paused', {}, { type: 'pause', choice: '1h' }],
    ['held by an audible tab', {}, { type: 'signal', signal: 'audible', on: true }],
    [
      'outside working hours',
      { workHoursEnabled: true, workStartMin: 600, workEndMin: 1000 },
      null,
    ],
  ] as const)('no nudge when %s', (_name, patch, event) => {
    const sim = new Sim(
      settingsWith({ ...patch, microBreakEnabled: false, movementBreakEnabled: false }),
    );
    if (event) sim.send(event);
    sim.run(5 * MIN, P.forward);
    expect(sim.nudges()).toHaveLength(0);
  });
});

describe('leaning in until the face fills the frame', () => {
  const close: PostureState = { kind: 'forward-head', cue: 'too-close' };

  it('the nudge says the person is very close to the screen and suggests sitting back', () => {
    const sim = new Sim();
    sim.send({ type: 'posture', state: close }, T0);
    const [nudge] = sim.nudges(sim.send({ type: 'posture', state: close }, T0 + 45 * SEC));
    expect(nudge).toMatchObject({ kind: 'nudge', tip: 'sitBack', tooClose: true });
  });

  it('an ordinary forward-head run gets an ordinary nudge', () => {
    const sim = new Sim();
    sim.send({ type: 'posture', state: close }, T0);
    sim.send({ type: 'posture', state: P.forward }, T0 + 20 * SEC);
    const [nudge] = sim.nudges(sim.send({ type: 'posture', state: P.forward }, T0 + 45 * SEC));
    expect(nudge).toBeDefined();
    expect(nudge).not.toHaveProperty('tooClose');
  });
});
