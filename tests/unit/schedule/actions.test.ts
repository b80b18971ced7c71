import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../lib/settings';
import { MIN, SEC, Sim, settingsWith } from './sim';

/** A sim with a micro-break announced right now. */
function announced(patch: Partial<Settings> = {}) {
  const sim = new Sim(
    settingsWith({ postureNudges: false, movementBreakEnabled: false, ...patch }),
  );
  sim.run(20 * MIN);
  const notice = sim.announcements().at(-1);
  if (!notice) throw new Error('no break announced');
  return { sim, id: notice.breakId, notice };
}

describe('break actions', () => {
  it('start opens the break page as asked for; done records it as taken and keeps the page', () => {
    const { sim, id } = announced();
    const started = sim.send({ type: 'break-action', id, action: 'start' });
    expect(started).toContainEqual({ type: 'open-break', id, kind: 'micro', asked: true });
    expect(sim.state.activeMicroMs).toBeGreaterThan(0);
    const done = sim.send({ type: 'break-action', id, action: 'done' }, sim.t + 20 * SEC);
    expect(sim.records(done)).toEqual([{ type: 'break', outcome: 'taken' }]);
    // The page shows its summary until the person closes it.
    expect(done).not.toContainEqual(expect.objectContaining({ type: 'close-break' }));
    expect(sim.state.brk).toBeNull();
    expect(sim.state.activeMicroMs).toBe(0);
  });

  it('stop ("this hurts") records the break as stopped, not taken, and keeps the advice open', () => {
    const { sim, id } = announced();
    sim.send({ type: 'break-action', id, action: 'start' });
    const ignoredBefore = sim.state.ignoredInRow;
    const fx = sim.send({ type: 'break-action', id, action: 'stop' }, sim.t + 10 * SEC);
    expect(sim.records(fx)).toEqual([{ type: 'break', outcome: 'stopped' }]);
    expect(fx).not.toContainEqual(expect.objectContaining({ type: 'close-break' }));
    expect(sim.state.brk).toBeNull();
    expect(sim.state.ignoredInRow).toBe(ignoredBefore);
    expect(sim.records(sim.send({ type: 'break-action', id, action: 'stop' }))).toEqual([]);
  });

  it('an announcement lost from the screen (browser restart) is shown again, timing unchanged', () => {
    const { sim, id } = announced();
    const until = sim.state.brk?.until;
    const fx = sim.send({ type: 'notice-lost', id }, sim.t + 10 * SEC);
    expect(fx).toContainEqual(
      expect.objectContaining({
        type: 'notify',
        id,
        notice: expect.objectContaining({ breakId: id }),
      }),
    );
    expect(sim.state.brk).toMatchObject({ id, phase: 'announced', until });
    // Another id, or a break already running: nothing to show again.
    expect(sim.send({ type: 'notice-lost', id: 'micro-other' })).not.toContainEqual(
      expect.objectContaining({ type: 'notify' }),
    );
    sim.send({ type: 'break-action', id, action: 'start' });
    expect(sim.send({ type: 'notice-lost', id })).not.toContainEqual(
      expect.objectContaining({ type: 'notify' }),
    );
  });

  it('a break whose window is gone ends without a record; a finished one is left alone', () => {
    const { sim, id } = announced();
    expect(sim.send({ type: 'break-closed', id })).toEqual([]); // not running yet: nothing
    expect(sim.state.brk?.id).toBe(id);
    sim.send({ type: 'break-action', id, action: 'start' });
    const fx = sim.send({ type: 'break-closed', id }, sim.t + 5 * SEC);
    expect(sim.records(fx)).toEqual([]);
    expect(sim.state.brk).toBeNull();
  });

  it('a countdown opens the page without "asked"; break now opens it asked for', () => {
    const { sim } = announced({ strictness: 'normal' });
    const opened = sim.run(1 * MIN).filter((e) => e.type === 'open-break');
    expect(opened).toEqual([expect.objectContaining({ asked: false })]);
    const now = sim.send({ type: 'break-now', kind: 'movement' });
    expect(now).toContainEqual(expect.objectContaining({ type: 'open-break', asked: true }));
  });

  it('actions for another or an old break id do nothing (stale notification, repeated message)', () => {
    const { sim, id } = announced();
    expect(sim.send({ type: 'break-action', id: 'micro-old', action: 'skip' })).toEqual([]);
    sim.send({ type: 'break-action', id, action: 'done' });
    const again = sim.send({ type: 'break-action', id, action: 'done' });
    expect(sim.records(again)).toEqual([]);
  });

  it('snooze postpones by snoozeMin and comes back; at most maxSnoozes times', () => {
    const { sim, id } = announced({ snoozeMin: 5, maxSnoozes: 2, strictness: 'gentle' });
    const fx = sim.send({ type: 'break-action', id, action: 'snooze' });
    expect(sim.records(fx)).toEqual([{ type: 'break', outcome: 'snoozed' }]);
    expect(sim.run(4.5 * MIN)).not.toContainEqual(expect.objectContaining({ type: 'notify' }));
    const back = sim.announcements(sim.run(1 * MIN));
    expect(back.map((n) => [n.breakId, n.canSnooze])).toEqual([[id, true]]);
    sim.send({ type: 'break-action', id, action: 'snooze' });
    sim.run(6 * MIN);
    expect(sim.announcements().at(-1)?.canSnooze).toBe(false);
    expect(sim.send({ type: 'break-action', id, action: 'snooze' })).toEqual([]);
  });

  it.each([
    ['gentle', null],
    ['normal', 30],
    ['firm', 15],
  ] as const)('%s: countdown %s s before the break page opens', (strictness, countdown) => {
    const { sim, notice } = announced({ strictness });
    expect(notice.countdownSec).toBe(countdown);
    const fx = sim.run(60 * SEC);
    expect(sim.of('open-break', fx)).toHaveLength(countdown === null ? 0 : 1);
  });

  it('normal: snoozing during the countdown stops the page from opening', () => {
    const { sim, id } = announced({ strictness: 'normal' });
    sim.send({ type: 'break-action', id, action: 'snooze' }, sim.t + 5 * SEC);
    expect(sim.of('open-break', sim.run(60 * SEC))).toHaveLength(0);
  });

  it('gentle: an unanswered announcement comes back after a snooze, then is let go', () => {
    const { sim } = announced({ strictness: 'gentle', maxSnoozes: 1, snoozeMin: 5 });
    sim.run(5 * MIN + 10 * SEC); // expires: auto-snooze
    expect(sim.state.brk?.phase).toBe('snoozed');
    sim.run(5 * MIN + 10 * SEC); // back
    expect(sim.state.brk?.phase).toBe('announced');
    sim.run(5 * MIN + 10 * SEC); // expires with no snooze left
    expect(sim.state.brk).toBeNull();
    expect(sim.state.ignoredInRow).toBe(1);
    expect(sim.records()).toEqual([]); // not the person's choice: no skip recorded
  });
});

describe('skip budget and strictness', () => {
  function skipMany(patch: Partial<Settings>, n: number) {
    const sim = new Sim(
      settingsWith({ postureNudges: false, movementBreakEnabled: false, ...patch }),
    );
    const results: boolean[] = [];
    for (let i = 0; i < n; i++) {
      sim.run(20 * MIN);
      const id = sim.state.brk?.id ?? '';
      const fx = sim.send({ type: 'break-action', id, action: 'skip' });
      results.push(sim.records(fx).some((e) => e.type === 'break' && e.outcome === 'skipped'));
      if (sim.state.brk) sim.send({ type: 'break-action', id, action: 'done' }); // let it go
    }
    return { sim, results };
  }

  it('firm: no skip beyond the daily budget', () => {
    const { results } = skipMany({ strictness: 'firm', dailySkipBudget: 2 }, 4);
    expect(results).toEqual([true, true, false, false]);
  });

  it('normal: the budget is a soft limit, but ignoring breaks escalates to firm rules', () => {
    const { sim, results } = skipMany({ strictness: 'normal', dailySkipBudget: 1 }, 3);
    // 1st skip within budget; 2nd beyond budget allowed (normal) and escalates; 3rd refused (firm).
    expect(results).toEqual([true, true, false]);
    expect(sim.state.skipsToday).toBe(2);
  });

  it('escalation is reversible: a taken break restores the chosen strictness', () => {
    const { sim } = skipMany({ strictness: 'gentle', dailySkipBudget: 5 }, 2);
    expect(sim.state.ignoredInRow).toBe(2);
    sim.run(20 * MIN);
    expect(sim.announcements().at(-1)?.countdownSec).toBe(30); // gentle escalated to normal
    sim.send({ type: 'break-action', id: sim.state.brk?.id ?? '', action: 'done' });
    sim.run(20 * MIN);
    expect(sim.announcements().at(-1)?.countdownSec).toBeNull(); // back to gentle
  });

  it('firm allows half the snoozes, and the skip budget resets at local midnight', () => {
    const { sim, notice } = announced({ strictness: 'firm', maxSnoozes: 3, dailySkipBudget: 0 });
    expect(notice.canSkip).toBe(false);
    sim.send({ type: 'break-action', id: notice.breakId, action: 'snooze' });
    sim.run(6 * MIN);
    expect(sim.announcements().at(-1)?.canSnooze).toBe(false); // floor(3 / 2) = 1
    sim.state.skipsToday = 5;
    sim.send({ type: 'tick' }, Date.UTC(2026, 0, 6, 0, 0, 30));
    expect(sim.state.skipsToday).toBe(0);
  });
});

describe('pause, resume and break now', () => {
  it('pause withdraws a pending break, stops timers and resumes by itself', () => {
    const { sim, id } = announced();
    const fx = sim.send({ type: 'pause', choice: '30m' });
    expect(fx).toContainEqual({ type: 'clear-notification', id });
    expect(fx).toContainEqual({ type: 'badge', badge: 'paused' });
    const before = sim.state.activeMicroMs;
    sim.run(29 * MIN);
    expect(sim.state.activeMicroMs).toBe(before);
    sim.run(2 * MIN);
    expect(sim.state.pausedUntil).toBeNull();
    expect(sim.state.activeMicroMs).toBeGreaterThan(before);
  });

  it('a pending break is withdrawn without a record when working hours end', () => {
    const s = { workHoursEnabled: true, workStartMin: 8 * 60, workEndMin: 9 * 60 + 21 };
    const { sim, id } = announced({ ...s, strictness: 'gentle' }); // announced at 09:20, hours end 09:21
    expect(sim.state.brk).not.toBeNull();
    const fx = sim.run(2 * MIN);
    expect(fx).toContainEqual({ type: 'clear-notification', id });
    expect(sim.state.brk).toBeNull();
    expect(sim.records()).toEqual([]);
  });

  it('resume ends a pause at once', () => {
    const sim = new Sim();
    sim.send({ type: 'pause', choice: '1h' });
    expect(sim.state.pausedUntil).toBe(sim.t + 60 * MIN);
    sim.send({ type: 'resume' }, sim.t + MIN);
    expect(sim.state.pausedUntil).toBeNull();
  });

  it('break now opens the page at once, even when held by a meeting', () => {
    const sim = new Sim();
    sim.send({ type: 'signal', signal: 'fullscreen', on: true });
    const fx = sim.send({ type: 'break-now', kind: 'movement' }, sim.t + SEC);
    const open = sim.of('open-break', fx);
    expect(open).toHaveLength(1);
    expect(open[0]?.kind).toBe('movement');
    expect(sim.state.brk?.phase).toBe('running');
  });
});
