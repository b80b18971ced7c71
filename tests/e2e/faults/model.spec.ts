/**
 * Model and GPU faults: the pose model file corrupt (the build copied here with a broken model),
 * and the model failing mid-run (every WebGL texture upload in the camera host throws, as after a
 * lost context). Neither is the camera: each has its own status and message, breaks are never
 * held, and the model is loaded again: by "Try again", and by itself with backoff.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, test as base, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM, EXTENSION_DIR, chromiumArgs, expect } from '../fixtures';
import { status } from '../helpers';
import { npmPhoto, stillClip } from '../../../scripts/lib/clips.mjs';
import { EXTENSION_ID } from '../../../lib/extension-id';
import { expectCamera } from './faults';

const MODEL = 'models/pose_landmarker_full.task';

interface Session {
  context: BrowserContext;
  page: Page;
  /** The extension directory this browser loaded (a copy of the build). */
  ext: string;
}

const test = base.extend<{ session: Session; corruptModel: boolean }>({
  corruptModel: [false, { option: true }],
  session: async ({ corruptModel }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'chinup-faults-model-'));
    const ext = join(dir, 'ext');
    cpSync(EXTENSION_DIR, ext, { recursive: true });
    if (corruptModel) writeFileSync(join(ext, MODEL), 'not a model');
    // The last --load-extension wins: the copy replaces the build (same key, same id).
    const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: chromiumArgs(stillClip('photo', npmPhoto()), [
        `--disable-extensions-except=${ext}`,
        `--load-extension=${ext}`,
      ]),
    });
    if (!context.serviceWorkers()[0]) await context.waitForEvent('serviceworker');
    const page = await context.newPage();
    await page.goto(`chrome-extension://${EXTENSION_ID}/managed-schema.json`);
    await use({ context, page, ext });
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

/** Runs `expression` in the camera host (the offscreen document) through the DevTools protocol. */
async function inCameraHost(s: Session, expression: string): Promise<void> {
  const cdp = await s.context.newCDPSession(s.page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const host = targetInfos.find((t) => t.url.includes('/offscreen.html'));
  if (!host) throw new Error('no camera host');
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: host.targetId,
    flatten: false,
  });
  const answered = new Promise<void>((resolve) =>
    cdp.on('Target.receivedMessageFromTarget', (m) => {
      if (m.sessionId === sessionId && JSON.parse(m.message).id === 1) resolve();
    }),
  );
  await cdp.send('Target.sendMessageToTarget', {
    sessionId,
    message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression } }),
  });
  await answered;
  await cdp.detach();
}

test.describe('a corrupt model file', () => {
  test.use({ corruptModel: true });
  test('"could not start", breaks go on, and "Try again" reloads it', async ({ session: s }) => {
    await expectCamera(s.page, 'model-error');
    const st = await status(s.page);
    expect(st.held).toBe(false);
    expect(st.nextBreakAt).not.toBeNull();
    // The file is fine again (an update, a repaired disk).
    cpSync(join(EXTENSION_DIR, MODEL), join(s.ext, MODEL));
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
    await expect(popup.getByTestId('camera-problem')).toHaveAttribute('data-status', 'model-error');
    await popup.getByRole('button', { name: 'Try again' }).click();
    await expectCamera(s.page, 'on');
  });
});

test('the model failing mid-run: its own state, nothing held, reloaded by itself', async ({
  session: s,
}) => {
  await expectCamera(s.page);
  await inCameraHost(
    s,
    `(() => {
      const p = WebGL2RenderingContext.prototype;
      globalThis.realTexImage2D = p.texImage2D;
      p.texImage2D = function () { throw new Error('CONTEXT_LOST_WEBGL'); };
    })()`,
  );
  await expectCamera(s.page, 'detection-error');
  const st = await status(s.page);
  expect(st.held).toBe(false); // not "camera busy": breaks and nudges go on
  const popup = await s.context.newPage();
  await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
  await expect(popup.getByTestId('camera-problem')).toContainText('stopped working');
  await inCameraHost(s, 'WebGL2RenderingContext.prototype.texImage2D = globalThis.realTexImage2D');
  // The host reloads the model with backoff (5 s first) and monitoring goes on.
  await expectCamera(s.page, 'on', 60_000);
});
