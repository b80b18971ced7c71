// Headless-Chromium MediaPipe inference for stills: a loopback static server serves tasks-vision,
// its wasm, the cached model and the images; Debian's Chromium runs PoseLandmarker (CPU, IMAGE mode,
// numPoses 2). Results are PoseFrame objects (lib/posture/types.ts), cached by image sha256 and model
// hash in .cache/landmarks so reruns need no browser at all.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
  createReadStream,
  statSync,
} from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '../..');
const TASKS_DIR = join(REPO_ROOT, 'node_modules/@mediapipe/tasks-vision');
const MODEL = join(REPO_ROOT, '.cache/models/pose_landmarker_full.task');
/** Bump when the page's output changes so stale cache entries are ignored. */
const CACHE_VERSION = 2;
/**
 * Scale of the retry when the model finds nobody: the frame shrunk into the centre of a padded
 * canvas (the detector needs context around a face that fills the frame or sits at its edge).
 * Must match PAD_RETRY_SCALE in lib/posture/thresholds.ts.
 */
export const PAD_RETRY_SCALE = 0.5;

const TYPES = {
  '.html': 'text/html',
  '.mjs': 'text/javascript',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.task': 'application/octet-stream',
};

export const sha256File = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Serves only the page, tasks-vision, the model and registered images, on 127.0.0.1. */
function startServer(images) {
  const route = (url) => {
    const path = decodeURIComponent(new URL(url, 'http://x').pathname);
    if (path === '/' || path === '/page.html') return join(here, 'page.html');
    if (path === '/model.task') return MODEL;
    if (path.startsWith('/tasks-vision/')) {
      const file = resolve(TASKS_DIR, path.slice('/tasks-vision/'.length));
      return file.startsWith(TASKS_DIR + '/') ? file : null;
    }
    if (path.startsWith('/img/')) return images.get(path.slice('/img/'.length)) ?? null;
    return null;
  };
  const server = createServer((req, res) => {
    const file = route(req.url ?? '/');
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/**
 * Opens an inference session. `infer(file)` returns `{ frame, cached }`; the browser starts lazily on
 * the first cache miss. Call `close()` when done.
 */
export async function openInference({
  cacheDir = join(REPO_ROOT, '.cache/landmarks'),
  log = () => {},
} = {}) {
  mkdirSync(cacheDir, { recursive: true });
  const images = new Map();
  let server;
  let browser;
  let page;

  async function ensureBrowser() {
    if (page) return page;
    if (!existsSync(MODEL)) throw new Error(`model missing at ${MODEL}: run npm run models`);
    server = await startServer(images);
    const { port } = server.address();
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    page = await browser.newPage();
    page.on('pageerror', (e) => log(`page error: ${e.message}`));
    await page.goto(`http://127.0.0.1:${port}/page.html`);
    await page.waitForFunction(() => window.harnessReady === true, null, { timeout: 60000 });
    log('inference: PoseLandmarker ready');
    return page;
  }

  let modelSha;
  /**
   * `frame` is the model's answer on the image; `padded` (only when `frame` has no pose) is the
   * retry on the image shrunk into a padded canvas, landmarks mapped back to the image.
   */
  async function infer(file) {
    const abs = resolve(file);
    const sha = sha256File(abs);
    modelSha ??= existsSync(MODEL) ? sha256File(MODEL).slice(0, 16) : 'no-model';
    const cacheFile = join(cacheDir, `${sha}-${modelSha}-pad${PAD_RETRY_SCALE}.json`);
    if (existsSync(cacheFile)) {
      const hit = JSON.parse(readFileSync(cacheFile, 'utf8'));
      if (hit.version === CACHE_VERSION)
        return { frame: hit.frame, padded: hit.padded ?? null, cached: true };
    }
    const p = await ensureBrowser();
    const key = `${sha}${extname(abs).toLowerCase()}`;
    images.set(key, abs);
    const url = `/img/${key}`;
    const { frame, detectMs } = await p.evaluate((u) => window.inferUrl(u), url);
    let padded = null;
    if (frame.poses.length === 0) {
      padded = (await p.evaluate(([u, s]) => window.inferUrl(u, s), [url, PAD_RETRY_SCALE])).frame;
    }
    images.delete(key);
    writeFileSync(
      cacheFile,
      JSON.stringify({
        version: CACHE_VERSION,
        sha256: sha,
        model: modelSha,
        detectMs,
        frame,
        padded,
      }),
    );
    return { frame, padded, cached: false };
  }

  /** Uncached run on the image shrunk by `padScale` into a padded canvas (for experiments). */
  async function inferPadded(file, padScale) {
    const abs = resolve(file);
    const p = await ensureBrowser();
    const key = `${sha256File(abs)}${extname(abs).toLowerCase()}`;
    images.set(key, abs);
    const { frame } = await p.evaluate(
      ([u, s]) => window.inferUrl(u, s),
      [`/img/${key}`, padScale],
    );
    images.delete(key);
    return frame;
  }

  async function close() {
    await browser?.close();
    await new Promise((ok) => (server ? server.close(() => ok()) : ok()));
  }

  return { infer, inferPadded, close };
}
