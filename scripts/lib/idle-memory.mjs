// Memory of the extension while the person has paused monitoring, in a browser nobody drives.
// Playwright's DevTools attachment keeps the service worker (and so the extension process) alive
// forever, which a real browser does not: it stops an idle worker after about 30 s, and the
// extension process ends with it when no extension page is open. So the profile the bench paused
// is reopened in a plain Chromium without any DevTools client, and its extension processes are
// sampled: the worker wakes for its alarms (every minute) and sleeps again, as it would for a person.
import { spawn } from 'node:child_process';
import { CHROMIUM, chromiumArgs } from './chromium.mjs';
import { pssParts } from './procs.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Opens `dir` (a profile whose browser is closed) in plain headless Chromium for `seconds` after a
 * 20 s start-up, sampling the extension processes' PSS every 2 s.
 * @returns {Promise<{ meanMb: number, maxMb: number, aliveFraction: number }>}
 */
export async function idlePss(dir, clip, seconds) {
  const child = spawn(
    CHROMIUM,
    [...chromiumArgs(clip), '--headless', `--user-data-dir=${dir}`, 'about:blank'],
    { stdio: 'ignore' },
  );
  const exited = new Promise((r) => child.once('exit', r));
  try {
    await sleep(20_000);
    const samples = [];
    const t0 = Date.now();
    while (Date.now() - t0 < seconds * 1000) {
      const p = pssParts(dir);
      samples.push(p.processes > 0 ? p.pss : 0);
      await sleep(2000);
    }
    return {
      meanMb: samples.reduce((s, x) => s + x, 0) / samples.length,
      maxMb: Math.max(...samples),
      aliveFraction: samples.filter((x) => x > 0).length / samples.length,
    };
  } finally {
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(10_000)]);
  }
}
