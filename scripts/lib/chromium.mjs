// How every test and benchmark launches Chromium with the built extension. Shared by the
// Playwright harness (tests/e2e/fixtures.ts) and the benchmark scripts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags that keep Chromium quiet on a closed network, load the extension and give it a fake
 * camera playing `clip` (a .y4m file; null for no fake camera).
 * @param {string | null} clip
 * @param {string[]} [extra]
 * @returns {string[]}
 */
export function chromiumArgs(clip, extra = []) {
  return [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--no-first-run',
    '--no-default-browser-check',
    '--use-fake-ui-for-media-stream',
    ...(clip
      ? ['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${clip}`]
      : []),
    ...extra,
  ];
}

/**
 * Headless Chromium with the built extension on a fresh profile in a temporary folder (the
 * benchmarks measure its processes by that folder), once the extension's worker runs.
 * @param {string | null} clip the fake camera's clip
 * @param {string} prefix the profile folder's name prefix
 */
export async function launchExtension(clip, prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(clip),
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { dir, context, sw, id: new URL(sw.url()).host };
}
