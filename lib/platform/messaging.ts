/**
 * Typed runtime messaging over `browser.runtime`. Senders get typed responses; receivers parse
 * every payload at the boundary with its parser (lib/message-parsers.ts) and answer a malformed
 * message with an error, never a crash: handlers only ever receive checked data.
 */
import { browser } from 'wxt/browser';
import { parserFor } from '../message-parsers';
import type { BackgroundProtocol, CameraHostProtocol, Envelope } from '../messages';

export type Handlers<P> = {
  [N in keyof P]: P[N] extends [infer D, infer R] ? (data: D) => R | Promise<R> : never;
};

/** The data epoch this page started with (`loadPageEpoch`); undefined in the worker. */
let pageEpoch: string | undefined;

/**
 * Remembers the data epoch for this page's writes (call once at page start). A page whose epoch
 * is older than a "delete everything" gets its writes refused instead of writing old data back.
 */
export async function loadPageEpoch(): Promise<void> {
  try {
    pageEpoch = (await sendToBackground('data:epoch', {})).epoch;
  } catch {
    pageEpoch = undefined; // no worker answer: writes go unchecked, as before any delete
  }
}

async function send(to: Envelope['to'], name: string, data: unknown): Promise<unknown> {
  const envelope: Envelope = { to, name: name as Envelope['name'], data: data as never };
  if (pageEpoch !== undefined) envelope.epoch = pageEpoch;
  const res = (await browser.runtime.sendMessage(envelope)) as
    { ok: true; value: unknown } | { ok: false; error: string } | undefined;
  if (!res) throw new Error(`No answer to ${name}`);
  if (!res.ok) throw new Error(res.error);
  // This page's own delete: its later writes belong to the new epoch.
  if (name === 'data:clear' && pageEpoch !== undefined)
    pageEpoch = (res.value as { epoch: string }).epoch;
  return res.value;
}

export function sendToBackground<N extends keyof BackgroundProtocol>(
  name: N,
  data: BackgroundProtocol[N][0],
): Promise<BackgroundProtocol[N][1]> {
  return send('background', name, data) as Promise<BackgroundProtocol[N][1]>;
}

/** Whether `e` means the service worker stopped before it answered (the message may be lost). */
export function isWorkerGone(e: unknown): boolean {
  const m = e instanceof Error ? e.message : String(e);
  return /message channel closed|message port closed|Receiving end does not exist|No answer to/i.test(
    m,
  );
}

/**
 * Sends a message whose repetition is harmless (idempotent), sending it again when the service
 * worker was stopped before it answered: the resend wakes a fresh worker. Other errors are thrown.
 * @param tries total attempts
 */
export async function sendToBackgroundIdempotent<N extends keyof BackgroundProtocol>(
  name: N,
  data: BackgroundProtocol[N][0],
  tries = 3,
): Promise<BackgroundProtocol[N][1]> {
  for (let i = 1; ; i++) {
    try {
      return await sendToBackground(name, data);
    } catch (e) {
      if (i >= tries || !isWorkerGone(e)) throw e;
    }
  }
}

export function sendToCameraHost<N extends keyof CameraHostProtocol>(
  name: N,
  data: CameraHostProtocol[N][0],
): Promise<CameraHostProtocol[N][1]> {
  return send('camera-host', name, data) as Promise<CameraHostProtocol[N][1]>;
}

type Answer = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * Registers handlers for one receiving context. Messages for other contexts are left alone, and
 * so are names this context knows but `handlers` does not handle. A message with an unknown name
 * or a payload its parser refuses is answered `{ ok: false }` without calling a handler.
 * @param refuse optional check before a handler runs: an error text refuses the message
 */
export function handleMessages<P>(
  to: Envelope['to'],
  handlers: Handlers<P>,
  refuse?: (msg: Envelope) => Promise<string | null>,
): () => void {
  const listener = (msg: unknown): Promise<Answer> | undefined => {
    if (typeof msg !== 'object' || msg === null || (msg as { to?: unknown }).to !== to)
      return undefined;
    const { name, data } = msg as { name?: unknown; data?: unknown };
    const parse = parserFor(to, name);
    if (!parse) return Promise.resolve({ ok: false, error: 'malformed message' });
    const h = (handlers as Record<string, ((d: unknown) => unknown) | undefined>)[name as string];
    if (!h) return undefined;
    const payload = parse(data);
    if (payload === undefined)
      return Promise.resolve({ ok: false, error: `malformed ${String(name)} payload` });
    return Promise.resolve()
      .then(async () => {
        const no = refuse ? await refuse(msg as Envelope) : null;
        if (no) throw new Error(no);
        return h(payload);
      })
      .then(
        (value): Answer => ({ ok: true, value: value ?? null }),
        (e: unknown): Answer => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
      );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
