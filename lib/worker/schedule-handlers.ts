/**
 * Message handlers of the schedule (`monitor:pause`, `monitor:resume`, `break:start`,
 * `break:action`), merged by the background into its `handleMessages('background', ...)`.
 * Payloads arrive parsed (lib/message-parsers.ts).
 */
import type { AppStatus, BackgroundProtocol } from '../messages';
import type { ScheduleEvent, ScheduleState } from '../schedule/types';
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
      return answer(await service.dispatch({ type: 'pause', choice }));
    },
    'monitor:resume': async () => {
      return answer(await service.dispatch({ type: 'resume' }));
    },
    'break:start': async ({ kind }) => {
      return answer(await service.dispatch({ type: 'break-now', kind }));
    },
    'break:action': async ({ id, action }) => {
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
