// The extension as a person runs it: a browser nobody drives. Playwright's DevTools attachment
// keeps the service worker (and so the extension process) alive forever, which a real browser
// does not (it stops an idle worker after about 30 s), and its agents hold scripts and cost CPU:
// monitoring measured attached 203 MB and 1.6 % of a core, in a plain browser about 171 MB and
// 0.9-1.2 %. So the bench sets a profile up with Playwright (settings, calibration through the
// onboarding page), closes that browser and reopens the profile in plain headless Chromium without
// any DevTools client, then samples the Chromium processes from /proc.
import { spawn } from 'node:child_process';
import { CHROMIUM, chromiumArgs } from './chromium.mjs';
import { cpuMeter, pssParts } from './procs.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Past the start-up: a restarted engine samples every 4 s for its first minute or so. */
const SETTLE_MS = 60_000;
const SAMPLE_MS = 2000;

/**
 * Opens `dir` (a profile whose browser is closed) in plain headless Chromium for `seconds` after a
 * 60 s start-up, sampling the extension processes' PSS every 2 s and the CPU of every process.
 * @returns {Promise<{ cpuPct: number, meanMb: number, maxMb: number, aliveFraction: number }>}
 *   cpuPct: all of Chromium, % of one core; memory: the extension processes, MB (0 while none).
 */
export async function plainRun(dir, clip, seconds) {
  const child = spawn(
    CHROMIUM,
    [...chromiumArgs(clip), '--headless', `--user-data-dir=${dir}`, 'about:blank'],
    { stdio: 'ignore' },
  );
  const exited = new Promise((r) => child.once('exit', r));
  try {
    await sleep(SETTLE_MS);
    const cpu = cpuMeter(dir);
    const samples = [];
    const t0 = Date.now();
    while (Date.now() - t0 < seconds * 1000) {
      const p = pssParts(dir);
      samples.push(p.processes > 0 ? p.pss : 0);
      cpu.tick();
      await sleep(SAMPLE_MS);
    }
    return {
      cpuPct: cpu.pct(),
      meanMb: samples.reduce((s, x) => s + x, 0) / samples.length,
      maxMb: Math.max(...samples),
      aliveFraction: samples.filter((x) => x > 0).length / samples.length,
    };
  } finally {
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(10_000)]);
  }
}
