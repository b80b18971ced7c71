#!/usr/bin/env node
/**
 * Firefox smoke test of the built add-on (Playwright cannot drive Firefox here): a fresh profile
 * loads `.output/firefox-mv3` as an unsigned .xpi (Firefox ESR loads those with
 * `xpinstall.signatures.required` off), opens the monitor tab as the start page, fakes the camera,
 * and waits until the background has stored a day of history. That record is written only when a
 * pose frame reached the posture engine: event page -> monitor tab configured over its port ->
 * camera -> MediaPipe (wasm, WebGL on llvmpipe under Xvfb) -> landmarks -> background -> storage.
 *
 * Usage: node scripts/firefox-smoke.mjs [--seconds 120]   (FIREFOX_PATH overrides the browser)
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import webExt from 'web-ext';

const ADDON_ID = 'chin-up@chinup.local';
const UUID = '0c1a7e55-5eed-4f1e-9a0b-c0ffee000001';
const BUILD = resolve('.output/firefox-mv3');
const argSeconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]);
const TIMEOUT_S = process.argv.includes('--seconds') && argSeconds > 0 ? argSeconds : 120;

const firefox = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
  (p) => p && existsSync(p),
);
if (!firefox) fail('no Firefox: apt-get install firefox-esr, or set FIREFOX_PATH');
if (!existsSync(join(BUILD, 'manifest.json'))) fail(`no build at ${BUILD}: npm run build:firefox`);

function fail(msg) {
  console.error(`firefox-smoke: FAIL: ${msg}`);
  process.exit(1);
}

const profile = mkdtempSync(join(tmpdir(), 'chinup-ff-'));
// web-ext (the devDependency behind `npm run lint:firefox`) packs the build as the .xpi; a
// profile's add-on must be named after its id, which web-ext's filename sanitising would mangle.
const { extensionPath } = await webExt.cmd.build(
  { sourceDir: BUILD, artifactsDir: profile, overwriteDest: true },
  { shouldExitProgram: false },
);
mkdirSync(join(profile, 'extensions'));
renameSync(extensionPath, join(profile, 'extensions', `${ADDON_ID}.xpi`));
const prefs = {
  'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
  'xpinstall.signatures.required': false,
  'extensions.autoDisableScopes': 0,
  'extensions.enabledScopes': 15,
  'media.navigator.streams.fake': true,
  'media.navigator.permission.disabled': true,
  'webgl.force-enabled': true,
  'browser.startup.page': 1,
  'browser.startup.homepage': `moz-extension://${UUID}/monitor.html`,
  'browser.shell.checkDefaultBrowser': false,
  'browser.aboutwelcome.enabled': false,
  // Without these, a first run opens a welcome page instead of the start page.
  'startup.homepage_welcome_url': '',
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'devtools.console.stdout.content': true,
  'devtools.console.stdout.chrome': true,
};
writeFileSync(
  join(profile, 'user.js'),
  Object.entries(prefs)
    .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
    .join('\n'),
);

// Headless Firefox has no WebGL without a GPU; under Xvfb it renders with Mesa's llvmpipe.
const xvfb = spawnSync('sh', ['-c', 'command -v xvfb-run']).status === 0;
const cmd = xvfb ? 'xvfb-run' : firefox;
const args = [...(xvfb ? ['-a', firefox] : ['--headless']), '-no-remote', '-profile', profile];
const started = Date.now();
const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
let log = '';
child.stdout.on('data', (d) => (log += d));
child.stderr.on('data', (d) => (log += d));

/** IndexedDB encodes a string key as 0x30 then each character + 1. */
const encodedKey = (s) => Buffer.from([0x30, ...[...s].map((c) => c.charCodeAt(0) + 1)]);
const HISTORY = encodedKey('history:');

function historyWritten() {
  const root = join(profile, 'storage', 'default');
  if (!existsSync(root)) return false;
  for (const dir of readdirSync(root).filter((d) => d.includes(UUID))) {
    const idb = join(root, dir, 'idb');
    if (!existsSync(idb)) continue;
    for (const f of readdirSync(idb).filter((n) => /\.sqlite(-wal)?$/.test(n)))
      if (readFileSync(join(idb, f)).includes(HISTORY)) return true;
  }
  return false;
}

function stop() {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}

const result = await new Promise((done) => {
  const timer = setInterval(() => {
    if (historyWritten()) done('ok');
    else if (Date.now() - started > TIMEOUT_S * 1000) done('timeout');
  }, 2000);
  child.on('exit', () => done(historyWritten() ? 'ok' : 'exit'));
  process.on('exit', () => clearInterval(timer));
});
stop();
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const extensionErrors = log
  .split('\n')
  .filter((l) => /JavaScript error/.test(l) && l.includes('moz-extension://'));
const version = spawnSync(firefox, ['--version'], { encoding: 'utf8' }).stdout.trim();
await new Promise((r) => setTimeout(r, 1000));
rmSync(profile, { recursive: true, force: true });

if (extensionErrors.length) fail(`errors in the add-on:\n${extensionErrors.join('\n')}`);
if (result !== 'ok') {
  console.error(log.split('\n').slice(-40).join('\n'));
  fail(`no posture history after ${seconds} s (${result}) in ${version}`);
}
console.log(
  `firefox-smoke: ok in ${seconds} s: ${version} ran the monitor tab, the model and the posture engine (history stored)`,
);
process.exit(0);
