/**
 * Typed runtime messaging over `browser.runtime`. Senders get typed responses; receivers validate
 * every envelope at the boundary and answer malformed ones with an error, never a crash.
 */
import { browser } from 'wxt/browser';
import {
  isEnvelope,
  type BackgroundProtocol,
  type Envelope,
  type CameraHostProtocol,
} from '../messages';

export type Handlers<P> = {
  [N in keyof P]: P[N] extends [infer D, infer R] ? (data: D) => R | Promise<R> : never;
};

/**
 * Name of the long-lived port the camera host keeps open to the service worker. The port carries
 * no messages: its disconnection tells the worker at once that the host is gone (closed by the
 * browser, crashed), instead of at the next minute's reconcile alarm.
 */
export const CAMERA_HOST_PORT = 'camera-host';

async function send(to: Envelope['to'], name: string, data: unknown): Promise<unknown> {
  const res = (await browser.runtime.sendMessage({ to, name, data })) as
    { ok: true; value: unknown } | { ok: false; error: string } | undefined;
  if (!res) throw new Error(`No answer to ${name}`);
  if (!res.ok) throw new Error(res.error);
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

/** Registers handlers for one receiving context. Messages for other contexts are left alone. */
export function handleMessages<P>(to: Envelope['to'], handlers: Handlers<P>): () => void {
  const listener = (msg: unknown): Promise<unknown> | undefined => {
    if (typeof msg !== 'object' || msg === null || (msg as { to?: unknown }).to !== to)
      return undefined;
    if (!isEnvelope(msg, to)) return Promise.resolve({ ok: false, error: 'malformed message' });
    const h = (handlers as Record<string, (d: unknown) => unknown>)[msg.name];
    if (!h) return undefined;
    return Promise.resolve()
      .then(() => h(msg.data))
      .then(
        (value) => ({ ok: true, value: value ?? null }),
        (e: unknown) => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
      );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
