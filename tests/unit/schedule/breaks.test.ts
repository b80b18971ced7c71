import { describe, expect, it } from 'vitest';
import { MIN, P, SEC, Sim, T0, settingsWith } from './sim';

const noNudges = { postureNudges: false } as const;

/** Minutes after T0 of every break announcement (by kind). */
function announcedAt(sim: Sim) {
  return sim.timed.flatMap(({ t, e }) =>
    e.type === 'notify' && e.notice.kind === 'break' ? [[e.notice.breakKind, (t - T0) / MIN]] : [],
  );
}

describe('break timers', () => {
  it.each([
    { microBreakEveryMin: 20, expected: 20 },
    { microBreakEveryMin: 10, expected: 10 },
  ])(
    'announces a micro-break after $microBreakEveryMin active minutes',
    ({ microBreakEveryMin, expected }) => {
      const sim = new Sim(settingsWith({ ...noNudges, microBreakEveryMin, strictness: 'gentle' }));
      sim.run((expected - 0.5) * MIN);
      expect(sim.announcements()).toHaveLength(0);
      sim.run(1 * MIN);
      expect(announcedAt(sim)).toEqual([['micro', expected]]);
    },
  );

  it('announces a movement break after 50 active minutes, movement first when both are due', () => {
    const sim = new Sim(settingsWith({ ...noNudges, microBreakEnabled: false }));
    sim.run(49 * MIN);
    expect(sim.announcements()).toHaveLength(0);
    sim.run(1 * MIN);
    expect(announcedAt(sim)).toEqual([['movement', 50]]);
    const both = new Sim(settingsWith({ ...noNudges, microBreakEveryMin: 25 }));
    both.state.activeMicroMs = 30 * MIN;
    both.state.activeMovementMs = 50 * MIN;
    both.run(10 * SEC);
    expect(both.announcements().map((n) => n.breakKind)).toEqual(['movement']);
  });

  it.each([
    ['10 forward minutes bring it 10 min earlier', 50, 10, 40],
    ['all forward: at most 40% earlier (50 -> 30)', 50, 60, 30],
    ['all forward, 90 min interval: 90 -> 54', 90, 90, 54],
  ])('posture load: %s', (_name, movementBreakEveryMin, forwardMin, expectedMin) => {
    const sim = new Sim(
      settingsWith({ ...noNudges, microBreakEnabled: false, movementBreakEveryMin }),
    );
    sim.send({ type: 'posture', state: P.forward });
    sim.run(forwardMin * MIN, P.forward);
    if (!sim.announcements().length) sim.run(60 * MIN, P.neutral);
    const [[kind, at] = []] = announcedAt(sim);
    expect(kind).toBe('movement');
    expect(Math.abs(Number(at) - expectedMin)).toBeLessThanOrEqual(10 / 60);
  });

  it('counts active time only while someone is present', () => {
    const sim = new Sim(settingsWith({ ...noNudges, movementBreakEnabled: false }));
    sim.send({ type: 'idle', state: 'idle' });
    sim.run(30 * MIN, null); // no camera, no input: not active
    expect(sim.state.activeMicroMs).toBe(0);
    sim.run(10 * MIN, P.neutral); // camera sees a reader who does not type: active
    // A sample speaks for the time after it: the first 10 s before it are not counted.
    expect(sim.state.activeMicroMs).toBe(10 * MIN - 10 * SEC);
    sim.send({ type: 'idle', state: 'active' });
    sim.run(5 * MIN, P.away); // camera says away even with input state active
    // Only the 10 s before the first away sample still count.
    expect(sim.state.activeMicroMs).toBe(10 * MIN);
  });
});

describe('time away counts as a break', () => {
  it.each([
    ['30 s away resets the micro timer only', 30 * SEC, 0, 15],
    ['4 min away (the movement length) resets both', 4 * MIN, 0, 0],
    ['10 s away resets nothing', 10 * SEC, 15, 15],
  ])('%s', (_name, awayMs, micro, movement) => {
    const sim = new Sim(settingsWith(noNudges));
    sim.run(15 * MIN);
    sim.send({ type: 'posture', state: P.away }, sim.t + 1);
    sim.run(awayMs, P.away, 5 * SEC);
    sim.send({ type: 'posture', state: P.neutral }, sim.t + 1);
    expect(Math.round(sim.state.activeMicroMs / MIN)).toBe(micro);
    expect(Math.round(sim.state.activeMovementMs / MIN)).toBe(movement);
  });

  it('a pending break is recorded as taken when the person was away long enough', () => {
    const sim = new Sim(settingsWith({ ...noNudges, strictness: 'gentle' }));
    sim.run(20 * MIN);
    const [brk] = sim.announcements();
    expect(brk?.breakKind).toBe('micro');
    sim.run(1 * MIN, P.away);
    const fx = sim.send({ type: 'posture', state: P.neutral }, sim.t + SEC);
    expect(sim.records(fx)).toEqual([{ type: 'break', outcome: 'taken' }]);
    expect(sim.of('clear-notification', fx)).toEqual([
      { type: 'clear-notification', id: brk?.breakId },
    ]);
    expect(sim.state.brk).toBeNull();
  });

  it('a locked screen is away; a long gap without events (machine asleep) is away too', () => {
    const sim = new Sim(settingsWith(noNudges));
    sim.run(15 * MIN);
    sim.send({ type: 'idle', state: 'locked' }, sim.t + SEC);
    sim.send({ type: 'idle', state: 'active' }, sim.t + 5 * MIN);
    expect(sim.state.activeMovementMs).toBe(0);
    sim.run(15 * MIN);
    sim.send({ type: 'tick' }, sim.t + 2 * 60 * MIN); // nothing for two hours
    expect(sim.state.activeMovementMs).toBe(0);
  });
});
