#!/usr/bin/env node
// npm run bench:perf -- [--seconds N] [--low-power | --low-power-only | --breakdown-only]: the real
// extension in headless Chromium with a fake camera. Phases, each in a fresh profile: the memory
// breakdown per part (memory-breakdown.mjs) and the cost of reopening the camera host
// (reopen-cost.mjs); control (monitoring off), default settings and the steady camera light, each
// set up with Playwright and measured in a browser nobody drives (plain-run.mjs: what a person runs);
// paused (how soon the host closes, then the memory while paused, undriven); the naive 10 fps loop
// (driven: it needs the bench's message; compared with a driven control); a latency run (neutral,
// then forward-head frames). Prints a table and a RESULT line.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchExtension } from './lib/chromium.mjs';
import { configureHost } from './lib/camera-host.mjs';
import { DATASET_DIR, datasetRows, npmPhoto, sequenceClip, stillClip } from './lib/clips.mjs';
import { memoryBreakdown, printBreakdown } from './lib/memory-breakdown.mjs';
import { plainRun } from './lib/plain-run.mjs';
import { reopenCost } from './lib/reopen-cost.mjs';
import { cpuMeter, pssMb, pssParts } from './lib/procs.mjs';

const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};
const SECONDS = Number(arg('seconds', 300));
const SETTLE_S = 20;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : null;
};
const r1 = (x) => (x === null ? null : Math.round(x * 10) / 10);

async function launch(clip) {
  const { dir, context, sw, id } = await launchExtension(clip, 'chinup-bench-');
  // Close the onboarding tab opened on install: the bench measures monitoring, not a page.
  await sleep(1500);
  for (const p of context.pages()) await p.close();
  const page = await context.newPage();
  // A static extension document: it can message the worker without polling like the popup does.
  await page.goto(`chrome-extension://${id}/managed-schema.json`);
  const send = (name, data = {}) =>
    b.page.evaluate(
      ([n, d]) => chrome.runtime.sendMessage({ to: 'background', name: n, data: d }),
      [name, data],
    );
  await sw.evaluate(() => {
    globalThis.benchFrames = [];
    globalThis.benchPosture = [];
    chrome.runtime.onMessage.addListener((m) => {
      if (m?.name === 'pose:frame') globalThis.benchFrames.push(m.data);
    });
  });
  const frames = () => sw.evaluate(() => globalThis.benchFrames);
  const b = {
    context,
    sw,
    page,
    id,
    dir,
    send,
    frames,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return b;
}

const hostOpen = (b) =>
  b.sw.evaluate(
    async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length,
  );

/** Calibrates through the onboarding page, as a person does, then closes it. */
async function calibrate(b, timeoutMs = 90_000) {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.id}/onboarding.html#calibrate`);
  await page.getByTestId('allow-camera').click();
  await page.getByTestId('start-calibration').click({ timeout: timeoutMs });
  await page.getByTestId('calibration-continue').waitFor({ timeout: timeoutMs });
  await page.close();
}

async function measure(b, label) {
  // Nothing but the extension's own contexts during the window: the messaging page is closed.
  await b.page.close();
  await sleep(SETTLE_S * 1000);
  const cpu = cpuMeter(b.dir);
  const pss = [];
  const pssExt = [];
  const t0 = Date.now();
  while (Date.now() - t0 < SECONDS * 1000) {
    await sleep(Math.min(10_000, SECONDS * 1000 - (Date.now() - t0)));
    cpu.tick();
    pss.push(pssMb(b.dir));
    pssExt.push(pssMb(b.dir, true));
  }
  const out = { label, cpuPct: cpu.pct(), pssMb: Math.max(...pss), pssExtMb: Math.max(...pssExt) };
  const parts = pssParts(b.dir);
  console.log(
    `${label.padEnd(10)} cpu ${out.cpuPct.toFixed(2)}% of a core, PSS max ${out.pssMb.toFixed(0)} MB (all Chromium), ${out.pssExtMb.toFixed(0)} MB (extension processes; ` +
      `at the end anon ${parts.anon.toFixed(0)}, shmem ${parts.shmem.toFixed(0)}, file ${parts.file.toFixed(0)})`,
  );
  return out;
}

const photoClip = stillClip('photo', npmPhoto());
console.log(`bench:perf: ${SECONDS} s per phase (+${SETTLE_S} s settle), clip ${photoClip}`);

// 0. Memory per part: the camera host page built up stage by stage, monitoring off.
let b = await launch(photoClip);
await b.send('settings:set', { patch: { cameraEnabled: false } });
await b.page.close();
const breakdown = await memoryBreakdown(b);
printBreakdown(breakdown);
await b.close();
b = await launch(photoClip);
await b.send('settings:set', { patch: { cameraEnabled: false } });
await b.page.close();
const reopen = await reopenCost(b);
console.log(
  `reopen     one camera host opening (wasm, model, camera, first detection): ${reopen.medianMs} ms of one core (runs ${reopen.runsMs.join(', ')})`,
);
await b.close();
if (process.argv.includes('--breakdown-only')) process.exit(0);

/** Measures a profile set up by `prepare` in a browser nobody drives; returns cpuPct and MB. */
async function plain(label, prepare) {
  const p = await launch(photoClip);
  await prepare(p);
  await p.context.close();
  const r = await plainRun(p.dir, photoClip, SECONDS);
  rmSync(p.dir, { recursive: true, force: true });
  console.log(
    `${label.padEnd(10)} cpu ${r.cpuPct.toFixed(2)}% of a core (all Chromium, undriven), extension processes mean ${r.meanMb.toFixed(0)} MB, max ${r.maxMb.toFixed(0)} MB`,
  );
  return r;
}

// 1. Control, monitoring off: undriven (for default and steady) and driven (for the naive loop).
const control = await plain('control', (p) =>
  p.send('settings:set', { patch: { cameraEnabled: false } }),
);
b = await launch(photoClip);
await b.send('settings:set', { patch: { cameraEnabled: false } });
const controlDriven = await measure(b, 'control-d');
await b.close();

// 1b. Low-power mode (opt-in setting): sparser samples; reported, not part of RESULT.
let low = null;
const LOW_ONLY = process.argv.includes('--low-power-only');
if (LOW_ONLY || process.argv.includes('--low-power')) {
  low = await plain('low-power', async (p) => {
    await p.send('settings:set', { patch: { lowPowerMode: true } });
    await calibrate(p);
  });
}
if (LOW_ONLY) {
  console.log(
    `low-power  ${Math.max(0, low.cpuPct - control.cpuPct).toFixed(2)}% of a core above control`,
  );
  process.exit(0);
}

// 2. Default settings, calibrated, undriven.
const def = await plain('default', calibrate);
// 2b. Driven for a minute (frames and their timings), then paused: how soon the camera host
// closes, then the memory while paused, undriven.
b = await launch(photoClip);
await calibrate(b);
await sleep(60_000);
const defFrames = await b.frames();
const pauseT0 = Date.now();
await b.send('monitor:pause', { choice: '1h' });
while ((await hostOpen(b)) > 0 && Date.now() - pauseT0 < 120_000) await sleep(250);
const hostClosedS = (Date.now() - pauseT0) / 1000;
await b.page.close();
await sleep(SETTLE_S * 1000);
const pausedAttached = pssParts(b.dir);
await b.context.close();
const idle = await plainRun(b.dir, photoClip, Math.min(SECONDS, 120));
rmSync(b.dir, { recursive: true, force: true });
console.log(
  `paused     camera host closed ${hostClosedS.toFixed(1)} s after pausing; ${pausedAttached.pss.toFixed(0)} MB while the bench still held the worker; ` +
    `undriven browser: mean ${idle.meanMb.toFixed(0)} MB, max ${idle.maxMb.toFixed(0)} MB, extension process alive ${(100 * idle.aliveFraction).toFixed(0)}% of the time`,
);
const detectMs = defFrames.map((f) => f.frame.perf?.detectMs).filter((x) => typeof x === 'number');
const loadMs = defFrames.map((f) => f.frame.perf?.modelLoadMs).filter((x) => typeof x === 'number');
console.log(
  `default    ${defFrames.length} frames analysed, detect median ${median(detectMs)} ms, model load ${loadMs.join('/')} ms`,
);

// 2c. Steady camera light: the same default settings with one low-rate stream kept open.
const steady = await plain('steady', async (p) => {
  await p.send('settings:set', { patch: { cameraLight: 'steady' } });
  await calibrate(p);
});

// 3. Naive loop: the same camera host asked to detect continuously at 10 fps, camera always open.
b = await launch(photoClip);
await b.send('settings:set', { patch: { cameraEnabled: false } });
const host = await b.context.newPage();
await host.goto(`chrome-extension://${b.id}/offscreen.html`);
await configureHost(b.page, { intervalMs: 100, burstFrames: 1, keepCameraOpen: true });
const naive = await measure(b, 'naive10fps');
const naiveFrames = (await b.frames()).length;
console.log(`naive      ${naiveFrames} frames analysed`);
await b.close();

// 4. Latency: neutral frames, then forward-head frames of the same person; a holder page keeps the
// fake camera running so the clip plays on (Chromium restarts a reopened fake camera's clip).
let latencyS = null;
const rows = datasetRows();
const person = rows && 'vincent-p1';
const neutral = rows?.find((r) => r.person === person && r.role === 'calibration');
const forward = rows?.filter((r) => r.person === person && r.label === 'forward_head');
if (neutral && forward?.length) {
  const NEUTRAL_S = 40;
  const fwd = forward[Math.floor(forward.length / 2)];
  const clip = sequenceClip('latency', [
    [join(DATASET_DIR, neutral.file), NEUTRAL_S],
    [join(DATASET_DIR, fwd.file), 200],
  ]);
  b = await launch(clip);
  const t0 = Date.now() - 1500; // the extension opened the camera right after launch
  const holder = await b.context.newPage();
  await holder.goto(`chrome-extension://${b.id}/popup.html`);
  await holder.evaluate(async () => {
    globalThis.hold = await navigator.mediaDevices.getUserMedia({ video: true });
  });
  await calibrate(b);
  const switchAt = t0 + NEUTRAL_S * 1000;
  while (Date.now() < switchAt + 150_000) {
    const st = await b.send('status:get');
    if (st.value.posture.kind === 'forward-head' && Date.now() > switchAt) {
      latencyS = (Date.now() - switchAt) / 1000;
      break;
    }
    await sleep(500);
  }
  console.log(`latency    forward-head reported ${latencyS ?? 'never'} s after the clip switched`);
  await b.close();
} else console.log(`latency    skipped: dataset not found at ${DATASET_DIR}`);

console.log(
  'Note: pssMb/steadyPssMb are the extension processes (service worker + camera host) at most, undriven; ' +
    'CPU is all of Chromium above the control; naiveCpuPct above the driven control.',
);
if (low)
  console.log(
    `low-power  ${Math.max(0, low.cpuPct - control.cpuPct).toFixed(2)}% of a core above control (default ${Math.max(0, def.cpuPct - control.cpuPct).toFixed(2)}%)`,
  );
const defaultCpuPct = Math.max(0, def.cpuPct - control.cpuPct);
const naiveCpuPct = Math.max(0, naive.cpuPct - controlDriven.cpuPct);
console.log(
  'RESULT ' +
    JSON.stringify({
      defaultCpuPct: r1(defaultCpuPct),
      naiveCpuPct: r1(naiveCpuPct),
      ratio: defaultCpuPct > 0 ? r1(naiveCpuPct / defaultCpuPct) : null,
      detectMsMedian: r1(median(detectMs)),
      modelLoadMs: loadMs[0] ?? null,
      pssMb: Math.round(def.maxMb),
      detectLatencyS: r1(latencyS),
      idlePssMb: Math.round(idle.meanMb),
      steadyCpuPct: r1(Math.max(0, steady.cpuPct - control.cpuPct)),
      steadyPssMb: Math.round(steady.maxMb),
      reopenCpuMs: reopen.medianMs,
    }),
);
