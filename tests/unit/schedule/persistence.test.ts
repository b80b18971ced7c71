import { describe, expect, it } from 'vitest';
import { coerceScheduleState, initialState } from '../../../lib/schedule/state';
import { step } from '../../../lib/schedule/step';
import type { ScheduleEvent } from '../../../lib/schedule/types';
import { MIN, P, SEC, Sim, T0, settingsWith } from './sim';

/** A scripted day: work, a break announced, started, held by a meeting, nudges, done. */
function script(): { at: number; e: ScheduleEvent }[] {
  const out: { at: number; e: ScheduleEvent }[] = [];
  for (let t = 10 * SEC; t <= 90 * MIN; t += 20 * SEC) {
    const forward = t > 30 * MIN && t < 40 * MIN;
    out.push({ at: T0 + t, e: { type: 'posture', state: forward ? P.forward : P.neutral } });
    if (t % MIN === 0) out.push({ at: T0 + t + 1, e: { type: 'tick' } });
  }
  out.push({ at: T0 + 55 * MIN + 5, e: { type: 'signal', signal: 'audible', on: true } });
  out.push({ at: T0 + 65 * MIN + 5, e: { type: 'signal', signal: 'audible', on: false } });
  return out.sort((a, b) => a.at - b.at);
}

describe('persistence', () => {
  it('serializing to JSON and restoring at every step changes nothing', () => {
    const s = settingsWith({ strictness: 'normal' });
    const live = new Sim(s);
    let stored = JSON.stringify(initialState(T0, '2026-01-05'));
    const restoredFx: unknown[] = [];
    for (const { at, e } of script()) {
      live.send(e, at);
      const restored = coerceScheduleState(JSON.parse(stored));
      expect(restored).not.toBeNull();
      const r = step(restored!, e, s, at);
      restoredFx.push(...r.effects);
      stored = JSON.stringify(r.state);
    }
    expect(restoredFx).toEqual(live.effects);
    expect(JSON.parse(stored)).toEqual(live.state);
    // The script really exercised the machine:
    expect(live.announcements().length).toBeGreaterThan(0);
    expect(live.of('open-break').length).toBeGreaterThan(0);
    expect(live.nudges().length).toBeGreaterThan(0);
  });

  it('mid-break: restore, continue, finish; a replayed alarm does nothing', () => {
    const s = settingsWith({ postureNudges: false, movementBreakEnabled: false });
    const sim = new Sim(s);
    sim.run(20 * MIN + 40 * SEC); // announced, countdown ran out: page open
    expect(sim.state.brk?.phase).toBe('running');
    const id = sim.state.brk?.id ?? '';
    const restored = coerceScheduleState(JSON.parse(JSON.stringify(sim.state)))!;
    const tick = step(restored, { type: 'tick' }, s, sim.t); // the same alarm again
    expect(tick.effects).toEqual([]);
    expect(tick.state).toBe(restored);
    const done = step(restored, { type: 'break-action', id, action: 'done' }, s, sim.t + 20 * SEC);
    expect(done.effects).toContainEqual({
      type: 'record',
      event: { type: 'break', outcome: 'taken' },
      key: `${id}:taken`, // the same break recorded twice counts once
    });
    const twice = step(
      done.state,
      { type: 'break-action', id, action: 'done' },
      s,
      sim.t + 21 * SEC,
    );
    expect(twice.effects.filter((e) => e.type === 'record')).toEqual([]);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'garbage'],
    ['another version', { ...initialState(T0, 'x'), v: 2 }],
    ['a missing field', (({ brk: _b, ...rest }) => rest)(initialState(T0, 'x'))],
    ['a bad break', { ...initialState(T0, 'x'), brk: { id: 1 } }],
    ['NaN time', { ...initialState(T0, 'x'), at: Number.NaN }],
    ['a bad nudge list', { ...initialState(T0, 'x'), nudge: { times: ['x'] } }],
    [
      'a bad nudge shownAt',
      { ...initialState(T0, 'x'), nudge: { ...initialState(T0, 'x').nudge, shownAt: 'x' } },
    ],
  ])('corrupt state (%s) is refused', (_name, raw) => {
    expect(coerceScheduleState(raw)).toBeNull();
  });

  it('a valid state comes back equal and detached', () => {
    const st = initialState(T0, '2026-01-05');
    const back = coerceScheduleState(st);
    expect(back).toEqual(st);
    expect(back).not.toBe(st);
  });

  it('a state stored before nudge.shownAt existed loads, with no nudge on screen', () => {
    const sim = new Sim(settingsWith({ microBreakEnabled: false, movementBreakEnabled: false }));
    sim.run(60 * SEC, P.forward);
    const old = JSON.parse(JSON.stringify(sim.state)) as { nudge: Record<string, unknown> };
    delete old.nudge.shownAt;
    const back = coerceScheduleState(old);
    expect(back?.nudge).toEqual({ ...sim.state.nudge, shownAt: null });
    expect(back?.nudge.lastAt).toBe(sim.t);
  });

  it('time never runs backwards: an event from the past is applied at the last time', () => {
    const sim = new Sim();
    sim.run(5 * MIN);
    const at = sim.state.at;
    sim.send({ type: 'posture', state: P.forward }, at - MIN);
    expect(sim.state.at).toBe(at);
    expect(sim.state.forwardSince).toBe(at);
  });
});
