/** A tiny driver for the schedule state machine with a fixed clock. Not a test file. */
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { fixedOffsetLocalTime } from '../../../lib/schedule/local-time';
import { initialState } from '../../../lib/schedule/state';
import { step } from '../../../lib/schedule/step';
import type {
  Effect,
  LocalTimeFn,
  ScheduleEvent,
  ScheduleState,
} from '../../../lib/schedule/types';
import type { PostureState } from '../../../lib/posture/types';

/** Monday 2026-01-05 09:00 UTC. */
export const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
export const MIN = 60_000;
export const SEC = 1000;

export function settingsWith(patch: Partial<Settings> = {}): Settings {
  return { ...structuredClone(DEFAULT_SETTINGS), ...patch };
}

export const P = {
  neutral: { kind: 'neutral' } as PostureState,
  forward: { kind: 'forward-head' } as PostureState,
  away: { kind: 'away' } as PostureState,
};

export class Sim {
  state: ScheduleState;
  effects: Effect[] = [];
  /** Every effect with the time it was produced at. */
  timed: { t: number; e: Effect }[] = [];
  t: number;

  constructor(
    public settings: Settings = settingsWith(),
    public local: LocalTimeFn = fixedOffsetLocalTime(0),
    t0: number = T0,
  ) {
    this.state = initialState(t0, local(t0).day);
    this.t = t0;
  }

  /** Steps one event at `at` (default: now) and returns its effects. */
  send(event: ScheduleEvent, at: number = this.t): Effect[] {
    this.t = at;
    const r = step(this.state, event, this.settings, at, this.local);
    this.state = r.state;
    this.effects.push(...r.effects);
    this.timed.push(...r.effects.map((e) => ({ t: at, e })));
    return r.effects;
  }

  /**
   * Advances `ms` in steps of `every` ms, sending `posture` (a sample) or a tick at each step.
   * Returns the effects produced on the way.
   */
  run(ms: number, posture: PostureState | null = P.neutral, every = 10 * SEC): Effect[] {
    const out: Effect[] = [];
    const end = this.t + ms;
    while (this.t < end) {
      const at = Math.min(end, this.t + every);
      out.push(...this.send(posture ? { type: 'posture', state: posture } : { type: 'tick' }, at));
    }
    return out;
  }

  /** Effects of one type from a list (default: everything so far). */
  of<T extends Effect['type']>(
    type: T,
    list: Effect[] = this.effects,
  ): Extract<Effect, { type: T }>[] {
    return list.filter((e): e is Extract<Effect, { type: T }> => e.type === type);
  }

  /** Notices of break announcements in a list. */
  announcements(list: Effect[] = this.effects) {
    return this.of('notify', list).flatMap((e) => (e.notice.kind === 'break' ? [e.notice] : []));
  }

  nudges(list: Effect[] = this.effects) {
    return this.of('notify', list).flatMap((e) => (e.notice.kind === 'nudge' ? [e.notice] : []));
  }

  /** Minutes after `from` at which posture nudges were shown. */
  nudgeMinutes(from: number): number[] {
    return this.timed
      .filter(({ e }) => e.type === 'notify' && e.notice.kind === 'nudge')
      .map(({ t }) => (t - from) / 60_000);
  }

  records(list: Effect[] = this.effects) {
    return this.of('record', list).map((e) => e.event);
  }
}
