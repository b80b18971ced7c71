// How every test and benchmark launches Chromium with the built extension. Shared by the
// Playwright harness (tests/e2e/fixtures.ts) and the benchmark scripts.
import { resolve } from 'node:path';

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
