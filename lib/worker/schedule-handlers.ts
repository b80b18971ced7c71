/**
 * Message handlers of the schedule (`monitor:pause`, `monitor:resume`, `break:start`,
 * `break:action`), merged by the background into its `handleMessages('background', ...)`.
 * Payloads are validated here, at the boundary.
 */
import type { AppStatus, BackgroundProtocol, PauseChoice } from '../messages';
import {
  BREAK_KINDS,
  type BreakActionName,
  type ScheduleEvent,
  type ScheduleState,
} from '../schedule/types';
import type { Handlers } from '../platform/messaging';
import type { ScheduleSummary } from './services';

type ScheduleMessages = Pick<
  BackgroundProtocol,
  'monitor:pause' | 'monitor:resume' | 'break:start' | 'break:action'
>;

/** The part of the schedule service the handlers use. */
export interface Dispatcher {
  dispatch(event: ScheduleEvent, now?: number): Promise<ScheduleState>;
  summary(now: number): Promise<ScheduleSummary>;
}

const PAUSES: readonly PauseChoice[] = ['30m', '1h', 'today'];
const ACTIONS: readonly BreakActionName[] = ['start', 'snooze', 'skip', 'done'];
const has = <T extends string>(list: readonly T[], x: unknown): x is T =>
  typeof x === 'string' && (list as readonly string[]).includes(x);

/**
 * Handlers for the schedule's messages. Each answers with the page status from `status`
 * (the background's full `AppStatus`); without it, a status built from the schedule alone.
 */
export function scheduleHandlers(
  service: Dispatcher,
  status?: () => Promise<AppStatus>,
): Handlers<ScheduleMessages> {
  const answer = async (st: ScheduleState) => (status ? status() : scheduleOnlyStatus(service, st));
  return {
    'monitor:pause': async ({ choice }) => {
      if (!has(PAUSES, choice)) throw new Error('invalid pause choice');
      return answer(await service.dispatch({ type: 'pause', choice }));
    },
    'monitor:resume': async () => {
      return answer(await service.dispatch({ type: 'resume' }));
    },
    'break:start': async ({ kind }) => {
      if (!has(BREAK_KINDS, kind)) throw new Error('invalid break kind');
      return answer(await service.dispatch({ type: 'break-now', kind }));
    },
    'break:action': async ({ id, action }) => {
      if (typeof id !== 'string' || id.length > 100 || !has(ACTIONS, action))
        throw new Error('invalid break action');
      return answer(await service.dispatch({ type: 'break-action', id, action }));
    },
  };
}

/** A status from the schedule alone, as of the state's own time. */
async function scheduleOnlyStatus(service: Dispatcher, st: ScheduleState): Promise<AppStatus> {
  const s = await service.summary(st.at);
  return {
    ...s,
    monitoring: s.monitoring,
    posture: { kind: 'unknown', reason: 'low-visibility' },
    camera: 'off',
    hasBaseline: false,
    today: { monitoredMin: 0, forwardHeadMin: 0, nudges: 0, breaksTaken: 0 },
    unsavedHistory: 0,
  };
}
