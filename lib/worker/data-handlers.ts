/**
 * `data:clear` and `data:epoch`, and the epoch check every page write passes at the boundary.
 */
import { WRITE_NAMES, type BackgroundProtocol, type Envelope } from '../messages';
import type { Handlers } from '../platform/messaging';
import { currentEpoch, eraseEverything } from './data-epoch';
import { enqueueWrite } from './write-queue';

/** A writer with memory: runs `task` with its own writes stopped, then forgets what it held. */
export interface Exclusive {
  exclusive<T>(task: () => Promise<T>): Promise<T>;
}

export const STALE_PAGE = 'Your data was deleted after this page opened. Reload the page.';

/**
 * Handlers for deleting everything. Every writer stops (posture, then schedule, then the write
 * queue: the order they call each other in, so none waits on another) while the stores are
 * emptied, then each starts over from the empty stores.
 */
export function dataHandlers(
  posture: Exclusive,
  schedule: Exclusive,
  after: () => Promise<void>,
): Handlers<Pick<BackgroundProtocol, 'data:clear' | 'data:epoch'>> {
  return {
    'data:epoch': async () => ({ epoch: await currentEpoch() }),
    'data:clear': async () => {
      const epoch = await posture.exclusive(() =>
        schedule.exclusive(() => enqueueWrite(eraseEverything)),
      );
      await after();
      return { epoch };
    },
  };
}

/** Refuses a write from a page that started before the last delete. */
export async function refuseStaleWrite(msg: Envelope): Promise<string | null> {
  if (msg.epoch === undefined || !(WRITE_NAMES as readonly string[]).includes(msg.name))
    return null;
  return msg.epoch === (await currentEpoch()) ? null : STALE_PAGE;
}
