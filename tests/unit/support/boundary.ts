/**
 * Sends messages through the real receiving boundary (`handleMessages` and its payload parsers)
 * on the WXT fake browser, as another context would, and returns the raw answer.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Envelope } from '../../../lib/messages';
import { handleMessages, type Handlers } from '../../../lib/platform/messaging';

export type Answer = { ok: true; value: unknown } | { ok: false; error: string } | undefined;

/** Registers `handlers` for `to`; `send` posts any envelope data, `stop` unregisters. */
export function boundary<P>(to: Envelope['to'], handlers: Handlers<P>) {
  const stop = handleMessages<P>(to, handlers);
  const send = (name: string, data: unknown): Promise<Answer> =>
    fakeBrowser.runtime.sendMessage({ to, name, data }) as Promise<Answer>;
  return { send, stop };
}
