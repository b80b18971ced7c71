import { describe, expect, it } from 'vitest';
import { HOUR_MS } from '../../../lib/schedule/constants';
import { coerceScheduleState } from '../../../lib/schedule/state';
import { MIN, P, SEC, Sim, T0, settingsWith } from './sim';

/** Only the neck-training break: the other breaks and the nudges off. */
const neckOnly = settingsWith({
  postureNudges: false,
  microBreakEnabled: false,
  movementBreakEnabled: false,
  strictness: 'gentle',
});
/** One per break: a gentle announcement nobody answers comes back after a snooze. */
const neckAnnouncements = (sim: Sim) => [
  ...new Map(
    sim
      .announcements()
      .filter((n) => n.breakKind === 'neck-training')
      .map((n) => [n.breakId, n]),
  ).values(),
];

describe('daily neck-training break', () => {
  it('is announced once in its window (10:00-16:00 by default), after 10 active minutes', () => {
    const sim = new Sim(neckOnly); // Monday 09:00 UTC
    sim.run(59 * MIN);
    expect(neckAnnouncements(sim)).toHaveLength(0); // before the window
    sim.run(2 * MIN);
    const [n] = neckAnnouncements(sim);
    expect(n?.breakId).toMatch(/^neck-training-/);
    expect(n?.canSkip).toBe(true);
  });

  it('skipping it is done for the day; it comes back the next day', () => {
    const sim = new Sim(neckOnly, undefined, T0 + HOUR_MS);
    sim.run(11 * MIN);
    const id = sim.state.brk?.id ?? '';
    expect(id).toMatch(/^neck-training-/);
    sim.send({ type: 'break-action', id, action: 'skip' });
    expect(sim.state.neckDay).toBe('2026-01-05');
    sim.run(5 * HOUR_MS, P.neutral, 60 * SEC);
    expect(neckAnnouncements(sim)).toHaveLength(1);
    // Tuesday 10:00 onwards: once more.
    sim.run(20 * HOUR_MS, P.neutral, 60 * SEC);
    expect(neckAnnouncements(sim)).toHaveLength(2);
  });

  it('is held during a meeting and announced after it, if still in its window', () => {
    const sim = new Sim(neckOnly, undefined, T0 + HOUR_MS);
    sim.send({ type: 'signal', signal: 'audible', on: true });
    sim.run(30 * MIN);
    expect(neckAnnouncements(sim)).toHaveLength(0);
    sim.send({ type: 'signal', signal: 'audible', on: false });
    sim.run(3 * MIN);
    expect(neckAnnouncements(sim)).toHaveLength(1);
  });

  it('never comes outside its window, when switched off or when the routine is not offered', () => {
    const late = new Sim(
      { ...neckOnly, neckTrainingFromMin: 14 * 60, neckTrainingToMin: 15 * 60 },
      undefined,
      T0 + 2 * HOUR_MS,
    );
    late.run(2 * HOUR_MS, P.neutral, 60 * SEC);
    expect(neckAnnouncements(late)).toHaveLength(0);
    late.run(2 * HOUR_MS, P.neutral, 60 * SEC); // 13:00-15:00: once, in its window
    expect(neckAnnouncements(late)).toHaveLength(1);
    for (const patch of [{ neckTrainingEnabled: false }, { routinesOffered: ['micro'] }]) {
      const off = new Sim({ ...neckOnly, ...patch }, undefined, T0 + HOUR_MS);
      off.run(3 * HOUR_MS, P.neutral, 60 * SEC);
      expect(neckAnnouncements(off)).toHaveLength(0);
    }
  });

  it('time away is rest, not neck training; "done" marks the day', () => {
    const sim = new Sim(neckOnly, undefined, T0 + HOUR_MS);
    sim.run(11 * MIN);
    const id = sim.state.brk?.id ?? '';
    sim.run(10 * MIN, P.away);
    sim.run(1 * MIN);
    expect(sim.state.neckDay).toBeNull();
    expect(sim.state.brk?.kind).toBe('neck-training');
    sim.send({ type: 'break-action', id: sim.state.brk?.id ?? id, action: 'start' });
    sim.send({ type: 'break-action', id: sim.state.brk?.id ?? id, action: 'done' });
    expect(sim.state.neckDay).toBe('2026-01-05');
    expect(sim.records()).toContainEqual({ type: 'break', outcome: 'taken' });
  });

  it('the popup can start it at any time; stored states without the new fields still load', () => {
    const sim = new Sim(neckOnly);
    sim.send({ type: 'break-now', kind: 'neck-training' });
    expect(sim.of('open-break')[0]).toMatchObject({ kind: 'neck-training' });
    const old: Record<string, unknown> = { ...sim.state };
    delete old.neckDay;
    delete old.rotation;
    expect(coerceScheduleState(old)).toMatchObject({ neckDay: null, rotation: 0 });
    expect(coerceScheduleState({ ...sim.state, rotation: 7 })?.rotation).toBe(7);
  });
});
