/**
 * Offscreen document lifecycle (Chrome/Edge). Only one may exist per extension; with reason
 * USER_MEDIA Chrome never closes it by itself, so it is closed whenever monitoring stops.
 * https://developer.chrome.com/docs/extensions/reference/api/offscreen
 */
const URL_PATH = 'offscreen.html';
let creating: Promise<void> | null = null;

export async function hasOffscreen(): Promise<boolean> {
  const contexts = await chrome.runtime.getContexts({
    contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
  });
  return contexts.length > 0;
}

/** Creates the camera host document unless it exists. Concurrent callers share one creation. */
export async function ensureOffscreen(): Promise<boolean> {
  if (await hasOffscreen()) return false;
  creating ??= chrome.offscreen
    .createDocument({
      url: URL_PATH,
      reasons: [chrome.offscreen.Reason.USER_MEDIA],
      justification: 'Runs the on-device pose model on the webcam to notice forward-head posture.',
    })
    .finally(() => {
      creating = null;
    });
  await creating;
  return true;
}

export async function closeOffscreen(): Promise<void> {
  if (await hasOffscreen()) await chrome.offscreen.closeDocument().catch(() => undefined);
}
