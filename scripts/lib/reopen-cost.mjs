// What one reopening of the camera host costs: a fresh host page (offscreen.html in a tab of a
// bench browser with monitoring off) loads the wasm runtime and the model, opens the camera and
// analyses one frame. CPU of all of Chromium from the page load to that frame, minus the same
// browser's rate at rest, in ms of one core. This is REOPEN_CPU_MS of lib/posture/host-rules.ts.
import { cpuMeter } from './procs.mjs';
import { configureHost } from './camera-host.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const TICK_MS = 10; // Linux USER_HZ 100

/** Median over `runs` reopenings. `b`: a launched bench browser (see bench-perf.mjs). */
export async function reopenCost(b, runs = 3) {
  const cpu = cpuMeter(b.dir);
  const rest0 = cpu.tick();
  const restT0 = Date.now();
  await sleep(10_000);
  const restPerMs = (cpu.tick() - rest0) / (Date.now() - restT0);
  const costs = [];
  for (let i = 0; i < runs; i++) {
    const before = (await b.frames()).length;
    const ticks0 = cpu.tick();
    const t0 = Date.now();
    const host = await b.context.newPage();
    await host.goto(`chrome-extension://${b.id}/offscreen.html`);
    await configureHost(b.sw, { intervalMs: 120_000, burstFrames: 1, keepCameraOpen: false });
    while ((await b.frames()).length === before) {
      if (Date.now() - t0 > 60_000) throw new Error('reopen cost: no frame in 60 s');
      await sleep(200);
    }
    const ms = Date.now() - t0;
    costs.push((cpu.tick() - ticks0 - restPerMs * ms) * TICK_MS);
    await host.close();
    await sleep(5000);
  }
  const sorted = [...costs].sort((a, b) => a - b);
  return {
    medianMs: Math.round(sorted[Math.floor(sorted.length / 2)]),
    runsMs: costs.map(Math.round),
  };
}
