/**
 * Shared steps for end-to-end tests: calibrate through the onboarding UI, keep the fake camera
 * running, read the product's status.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, sendFromPage } from './fixtures';
import type { AppStatus } from '../../lib/messages';
import { CLIP_DIR, DATASET_DIR, datasetRows, npmPhoto } from '../../scripts/lib/clips.mjs';

/** Calibrates the way a person does: onboarding's camera step, Start, wait for "Calibrated". */
export async function calibrateViaOnboarding(
  openPage: (p: string) => Promise<Page>,
): Promise<Page> {
  const page = await openPage('onboarding.html#calibrate');
  await page.getByTestId('allow-camera').click();
  await page.getByTestId('start-calibration').click({ timeout: 60_000 });
  await expect(page.getByTestId('calibration-continue')).toBeVisible({ timeout: 60_000 });
  return page;
}

/**
 * Opens the camera from a test page and keeps it open. Chromium restarts a fake camera's clip when
 * every consumer has closed it; a holder keeps the clip playing through the product's short bursts.
 */
export async function holdCamera(openPage: (p: string) => Promise<Page>): Promise<Page> {
  const page = await openPage('managed-schema.json');
  await page.evaluate(async () => {
    (globalThis as unknown as { held: MediaStream }).held =
      await navigator.mediaDevices.getUserMedia({
        video: true,
      });
  });
  return page;
}

export function status(page: Page): Promise<AppStatus> {
  return sendFromPage<AppStatus>(page, 'status:get');
}

/**
 * Neutral and forward-head stills of one person: real dataset frames when the shared dataset is on
 * this machine, otherwise the npm-shipped webcam photo and the same photo with the head and body
 * lowered 80 px in the frame (the engine's sinking cue), built with ffmpeg.
 */
export function postureStills(): { neutral: string; forward: string; source: string } {
  const rows = datasetRows();
  const person = rows?.filter((r) => r.person === 'vincent-p1');
  const cal = person?.find((r) => r.role === 'calibration');
  const fwd = person?.filter((r) => r.label === 'forward_head');
  if (cal && fwd?.length)
    return {
      neutral: join(DATASET_DIR, cal.file),
      forward: join(DATASET_DIR, fwd[Math.floor(fwd.length / 2)]!.file),
      source: 'dataset vincent-p1',
    };
  const photo = npmPhoto();
  const lowered = join(CLIP_DIR, 'webcam-photo-lowered.png');
  if (!existsSync(lowered))
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-y',
      '-i',
      photo,
      '-vf',
      'scale=640:480:force_original_aspect_ratio=decrease,pad=640:560:(ow-iw)/2:80,crop=640:480:0:0',
      lowered,
    ]);
  return { neutral: photo, forward: lowered, source: 'npm photo, lowered' };
}
