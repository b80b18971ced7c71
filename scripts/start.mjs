#!/usr/bin/env node
// npm start [-- --demo]: build, then launch a Chromium-family browser with the extension loaded and
// the onboarding page open. --demo feeds a bundled clip as a fake camera (no webcam needed).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { npmPhoto, stillClip } from './lib/clips.mjs';
import { launchArgs } from './lib/launch.mjs';

const demo = process.argv.includes('--demo');
const OUT = resolve('.output/chrome-mv3');

execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });

const howToLoad = `
To load it by hand in Chrome or Edge:
  1. Open chrome://extensions (edge://extensions).
  2. Turn on "Developer mode".
  3. Click "Load unpacked" and choose ${OUT}
     (or drag the zip in .output/ onto the page).`;

const candidates = [
  process.env.CHINUP_BROWSER,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/microsoft-edge',
  '/usr/bin/microsoft-edge-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
].filter(Boolean);
const chrome = [
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

const browser = candidates.find((p) => existsSync(p));
const hasDisplay =
  process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;

if (!hasDisplay) {
  console.log(
    `\nBuilt ${OUT}. There is no display here (DISPLAY is not set), so no browser was started.${howToLoad}`,
  );
  process.exit(0);
}
if (!browser) {
  const branded = chrome.find((p) => existsSync(p));
  if (branded) {
    // Google Chrome 137+ ignores --load-extension: open the extensions page and explain.
    spawn(branded, ['chrome://extensions'], { detached: true, stdio: 'ignore' }).unref();
    console.log(`\nGoogle Chrome does not load extensions from the command line.${howToLoad}`);
  } else {
    console.log(`\nNo Chromium or Edge found (set CHINUP_BROWSER=/path/to/browser).${howToLoad}`);
  }
  process.exit(0);
}

const { args, notes } = launchArgs({
  extensionDir: OUT,
  profileDir: mkdtempSync(join(tmpdir(), 'chinup-profile-')),
  demo,
  root: process.getuid?.() === 0,
  clip: demo ? stillClip('demo', npmPhoto(), 3) : undefined,
});
for (const n of notes) console.log(n);
console.log(`Starting ${browser}${demo ? ' with the demo camera' : ''}...`);
spawn(browser, args, { detached: true, stdio: 'ignore' }).unref();
