/**
 * "Delete everything", complete and final. Every store is emptied (storage.local and
 * storage.session); what remains is one marker, `data:epoch`: a new random epoch, so a page opened
 * before the delete cannot write its old data back (its writes carry the epoch it started with and
 * are refused), and the camera consent, withdrawn until the person gives it again (turning the
 * camera on in onboarding or options).
 */
import { browser } from 'wxt/browser';
import { STORAGE } from '../platform/registry';

export const EPOCH_KEY = STORAGE.dataEpoch.key;

export interface DataEpoch {
  /** Random id of the data since the last delete. */
  epoch: string;
  /** False after a delete, until the person turns the camera on again. */
  cameraConsent: boolean;
}

/** The marker, or null when nothing was ever deleted. */
export async function readEpoch(): Promise<DataEpoch | null> {
  const got: Record<string, unknown> = await browser.storage.local.get(EPOCH_KEY).catch(() => ({}));
  const raw = got[EPOCH_KEY];
  if (typeof raw !== 'object' || raw === null) return null;
  const { epoch, cameraConsent } = raw as Record<string, unknown>;
  return typeof epoch === 'string' ? { epoch, cameraConsent: cameraConsent !== false } : null;
}

/** The current epoch: '' before the first delete. */
export async function currentEpoch(): Promise<string> {
  return (await readEpoch())?.epoch ?? '';
}

/** The person turned the camera on: the consent a delete withdrew is back. */
export async function giveCameraConsent(): Promise<void> {
  const e = await readEpoch();
  if (e && !e.cameraConsent)
    await browser.storage.local.set({ [EPOCH_KEY]: { ...e, cameraConsent: true } });
}

/**
 * Empties storage.local and storage.session and writes a new epoch without camera consent. Call it
 * with every writer stopped (inside their queues), then reset their memory.
 * @returns the new epoch
 */
export async function eraseEverything(): Promise<string> {
  await browser.storage.local.clear();
  await browser.storage.session.clear();
  const epoch = crypto.randomUUID();
  const marker: DataEpoch = { epoch, cameraConsent: false };
  await browser.storage.local.set({ [EPOCH_KEY]: marker });
  return epoch;
}
