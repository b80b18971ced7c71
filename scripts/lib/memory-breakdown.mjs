// Where the camera host's memory goes, part by part. One browser with monitoring off; a tab of the
// camera host page (offscreen.html) is built up stage by stage and the extension processes' PSS is
// read after each: the worker alone, the empty host page, a camera stream in a <video>, a WebGL
// context fed with video frames, then the real sensing loop with its model download and camera
// held back by hooks so the wasm runtime, the model and the first detection show apart.
import { pssParts } from './procs.mjs';
import { configureHost } from './camera-host.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const SETTLE_MS = 8000;

/** Hooks installed before the page's own scripts: gates and the wasm heap size. */
function hooks() {
  const bench = { gates: {}, waiting: [], memories: [], gateCamera: false };
  globalThis.__bench = bench;
  const gate = (name) =>
    new Promise((resolve) => {
      bench.gates[name] = resolve;
      bench.waiting.push(name);
    });
  const fetch0 = globalThis.fetch;
  globalThis.fetch = async (url, ...rest) => {
    if (String(url).endsWith('.task')) await gate('model');
    return fetch0(url, ...rest);
  };
  const md = navigator.mediaDevices;
  const gum = md.getUserMedia.bind(md);
  md.getUserMedia = async (c) => {
    if (bench.gateCamera) await gate('camera');
    return gum(c);
  };
  for (const k of ['instantiate', 'instantiateStreaming']) {
    const orig = WebAssembly[k];
    WebAssembly[k] = async (...args) => {
      const r = await orig.apply(WebAssembly, args);
      const exports = (r.instance ?? r).exports ?? {};
      for (const v of Object.values(exports))
        if (v instanceof WebAssembly.Memory) bench.memories.push(v);
      return r;
    };
  }
  bench.heapMb = () => bench.memories.reduce((s, m) => s + m.buffer.byteLength, 0) / 2 ** 20;
}

/**
 * Runs the staged measurement in `b` (a launched bench browser with monitoring off) and returns
 * one row per stage: PSS of the extension processes after it and the part it added.
 * @returns {Promise<{ stage: string, pss: number, anon: number, shmem: number, file: number, addedMb: number, wasmHeapMb: number | null }[]>}
 */
export async function memoryBreakdown(b) {
  const rows = [];
  let prev = 0;
  let host = null;
  const heap = async () => (host ? host.evaluate(() => globalThis.__bench.heapMb()) : null);
  const stage = async (name) => {
    await sleep(SETTLE_MS);
    const p = pssParts(b.dir);
    const row = { stage: name, ...p, addedMb: p.pss - prev, wasmHeapMb: await heap() };
    prev = p.pss;
    rows.push(row);
    return row;
  };
  const waitFor = async (what) => {
    const t0 = Date.now();
    while (!(await host.evaluate((w) => globalThis.__bench.waiting.includes(w), what))) {
      if (Date.now() - t0 > 60_000) throw new Error(`breakdown: no ${what} request in 60 s`);
      await sleep(200);
    }
  };
  await stage('worker (service worker, no page)');
  host = await b.context.newPage();
  await host.addInitScript(hooks);
  await host.goto(`chrome-extension://${b.id}/offscreen.html`);
  await stage('camera host page, nothing loaded');
  await host.evaluate(async () => {
    const stream = await navigator.mediaDevices.getUserMedia({
      video: { width: { ideal: 640 }, height: { ideal: 480 }, frameRate: { ideal: 5, max: 15 } },
    });
    const video = document.createElement('video');
    video.muted = true;
    video.srcObject = stream;
    await video.play();
    globalThis.__probe = { stream, video };
  });
  await stage('+ camera stream in a <video> (640x480)');
  await host.evaluate(async () => {
    const { video } = globalThis.__probe;
    const ctx = new OffscreenCanvas(32, 24).getContext('2d', { willReadFrequently: true });
    for (let i = 0; i < 40; i++) {
      ctx.drawImage(video, 0, 0, 32, 24);
      ctx.getImageData(0, 0, 32, 24);
      await new Promise((r) => setTimeout(r, 120));
    }
  });
  await stage('+ 40 video frames drawn to a 32x24 2d canvas');
  await host.evaluate(async () => {
    const { video } = globalThis.__probe;
    const gl = new OffscreenCanvas(640, 480).getContext('webgl2');
    const tex = gl.createTexture();
    gl.bindTexture(gl.TEXTURE_2D, tex);
    for (let i = 0; i < 40; i++) {
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, video);
      gl.finish();
      await new Promise((r) => setTimeout(r, 120));
    }
    globalThis.__probe.gl = gl;
  });
  await stage('+ WebGL context fed video frames');
  // Release the probes: the real loop below opens its own camera and context.
  await host.evaluate(() => {
    const p = globalThis.__probe;
    p.stream.getTracks().forEach((t) => t.stop());
    p.video.srcObject = null;
    p.gl.getExtension('WEBGL_lose_context')?.loseContext();
    globalThis.__probe = null;
    globalThis.__bench.gateCamera = true;
  });
  await stage('probes released');
  await configureHost(b.sw, { intervalMs: 120_000, burstFrames: 1, keepCameraOpen: true });
  await waitFor('model');
  await stage('+ wasm runtime (model download held back)');
  await host.evaluate(() => globalThis.__bench.gates.model());
  await waitFor('camera');
  await stage('+ pose model loaded (camera held back)');
  await host.evaluate(() => globalThis.__bench.gates.camera());
  const t0 = Date.now();
  while ((await b.frames()).length === 0) {
    if (Date.now() - t0 > 60_000) throw new Error('breakdown: no frame analysed in 60 s');
    await sleep(200);
  }
  await stage('+ camera open, first detection');
  await host.close();
  host = null;
  await stage('host page closed');
  return rows;
}

/** Prints the rows as a table. */
export function printBreakdown(rows) {
  const f = (x) => (x === null ? '   -' : x.toFixed(0).padStart(4));
  console.log(
    'memory breakdown (extension processes, PSS MB; anon = heaps, shmem = shared regions)',
  );
  for (const r of rows)
    console.log(
      `  ${r.stage.padEnd(44)} total ${f(r.pss)}  added ${f(r.addedMb)}  anon ${f(r.anon)}  shmem ${f(r.shmem)}  file ${f(r.file)}  wasm heap ${f(r.wasmHeapMb)}`,
    );
}
