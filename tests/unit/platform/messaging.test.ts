/**
 * The receiving boundary: handlers get parsed payloads only; every malformed message is answered
 * `{ ok: false }` and never reaches a handler; messages for another receiver are left alone.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BackgroundProtocol } from '../../../lib/messages';
import type { Handlers } from '../../../lib/platform/messaging';
import { boundary } from '../support/boundary';

beforeEach(() => fakeBrowser.reset());

describe('handleMessages', () => {
  it('passes the parsed copy to the handler and answers its value', async () => {
    const start = vi.fn(async ({ kind }: { kind: string }) => ({ kind }));
    const handlers = { 'break:start': start } as unknown as Handlers<BackgroundProtocol>;
    const { send, stop } = boundary('background', handlers);
    const data = { kind: 'micro' };
    expect(await send('break:start', data)).toEqual({ ok: true, value: { kind: 'micro' } });
    expect(start).toHaveBeenCalledTimes(1);
    expect(start.mock.calls[0]![0]).toEqual(data);
    expect(start.mock.calls[0]![0]).not.toBe(data);
    stop();
  });

  it('answers malformed messages with an error and calls no handler', async () => {
    const start = vi.fn(async () => null);
    const { send, stop } = boundary('background', {
      'break:start': start,
    } as unknown as Handlers<BackgroundProtocol>);
    expect(await send('break:start', { kind: 'nap' })).toEqual({
      ok: false,
      error: 'malformed break:start payload',
    });
    expect(await send('break:start', JSON.parse('{"kind":"micro","__proto__":{"x":1}}'))).toEqual({
      ok: false,
      error: 'malformed break:start payload',
    });
    expect(await send('no:such', {})).toEqual({ ok: false, error: 'malformed message' });
    expect(await send('toString', {})).toEqual({ ok: false, error: 'malformed message' });
    expect(start).not.toHaveBeenCalled();
    stop();
  });

  it('turns a handler error into an answer, and leaves other receivers and names alone', async () => {
    const { send, stop } = boundary('background', {
      'status:get': () => {
        throw new Error('boom');
      },
    } as unknown as Handlers<BackgroundProtocol>);
    expect(await send('status:get', {})).toEqual({ ok: false, error: 'boom' });
    // Known name without a handler here: another listener of this context may answer it.
    expect(await send('history:get', {})).toBeUndefined();
    const other = await fakeBrowser.runtime.sendMessage({
      to: 'camera-host',
      name: 'sense:stop',
      data: {},
    });
    expect(other).toBeUndefined();
    stop();
  });
});
