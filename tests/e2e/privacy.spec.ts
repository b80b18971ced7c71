/**
 * Nothing leaves the device: the built output holds no telemetry, the manifest fences the network,
 * and a 70 s run with the camera and the model makes no request outside the extension. A counting
 * proxy given to Chromium sees every connection attempt the browser would make.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, EXTENSION_DIR } from './fixtures';
import { countingProxy } from './counting-proxy';
import { EXTENSION_ID } from '../../lib/extension-id';

const PROXY_PORT = 18931;
/** Chromium's own services, contacted by the browser itself whatever extensions are loaded. */
const BROWSER_OWN =
  /^(https?:\/\/)?(accounts\.google\.com|update\.googleapis\.com|clients\d*\.google\.com|www\.google\.com|content-autofill\.googleapis\.com|optimizationguide-pa\.googleapis\.com)(:\d+)?([/?]|$)/;
const TELEMETRY = [
  'odml.pa.googleapis.com',
  'google-analytics.com',
  'googletagmanager.com',
  'analytics.google.com',
  'firebaseinstallations',
  'sentry.io',
  'segment.io',
  'mixpanel.com',
  'amplitude.com',
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

test('the build fences the network and bundles the verified model', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.host_permissions).toBeUndefined();
  expect(manifest.content_scripts).toBeUndefined();
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.permissions.sort()).toEqual([
    'alarms',
    'idle',
    'notifications',
    'offscreen',
    'storage',
  ]);
  const csp: string = manifest.content_security_policy.extension_pages;
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("connect-src 'self'");
  for (const d of ['form-action', 'frame-ancestors', 'base-uri'])
    expect(csp).toContain(`${d} 'none'`);
  expect(csp).not.toMatch(/https?:|\*/);
  const model = readFileSync(join(EXTENSION_DIR, 'models/pose_landmarker_full.task'));
  expect(createHash('sha256').update(model).digest('hex')).toBe(
    '5134a3aad27a58b93da0088d431f366da362b44e3ccfbe3462b3827a839011b1',
  );
  for (const f of files(EXTENSION_DIR)) {
    const text = readFileSync(f).toString('latin1');
    for (const host of TELEMETRY) expect(text.includes(host), `${f} mentions ${host}`).toBe(false);
  }
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  expect(pkg.dependencies['@mediapipe/tasks-vision']).toBe('0.10.35');
  const installed = JSON.parse(
    readFileSync('node_modules/@mediapipe/tasks-vision/package.json', 'utf8'),
  );
  expect(installed.version).toBe('0.10.35');
});

test.describe('at runtime', () => {
  const attempts = countingProxy(PROXY_PORT);

  test('70 s of camera and inference make no request outside the extension', async ({
    context,
    sw,
    openPage,
  }) => {
    test.setTimeout(240_000);
    const seen: string[] = [];
    context.on('request', (r) => seen.push(r.url()));
    await sw.evaluate(() => {
      const g = globalThis as unknown as { frames: number };
      g.frames = 0;
      chrome.runtime.onMessage.addListener((m: { name?: string }) => {
        if (m?.name === 'pose:frame') g.frames++;
      });
    });
    const start = Date.now();
    for (const p of ['popup.html', 'options.html', 'onboarding.html']) await openPage(p);
    // The model must really run on camera frames: wait for them (a loaded machine samples later),
    // then keep watching the network for the rest of the 70 s window.
    const frames = () => sw.evaluate(() => (globalThis as unknown as { frames: number }).frames);
    await expect
      .poll(frames, { message: 'the model ran on camera frames', timeout: 150_000 })
      .toBeGreaterThan(3);
    const rest = 70_000 - (Date.now() - start);
    if (rest > 0) await new Promise((r) => setTimeout(r, rest));
    const outside = seen.filter((u) => !/^(chrome-extension|data|blob):/.test(u));
    expect(outside).toEqual([]);
    // The proxy also sees Chromium's own background services (sign-in, component updates), which
    // run with or without the extension. Each must be one of those hosts and carry nothing of ours.
    const foreign = attempts.filter((a) => !BROWSER_OWN.test(a.split(' ')[1] ?? ''));
    expect(foreign).toEqual([]);
    for (const a of attempts) expect(a).not.toContain(EXTENSION_ID);
    for (const a of attempts) expect(a).not.toMatch(/landmark|posture|chin.?up/i);
  });
});
