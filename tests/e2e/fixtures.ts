/**
 * Playwright harness: Debian's Chromium with the built extension loaded, a fake camera playing a
 * clip, and handles on the service worker and extension pages.
 *
 * Options (per test file with `test.use({...})`):
 *  - clip: path of a .y4m fake camera clip (default: the npm-shipped webcam photo)
 *  - policy: an object written as managed policy for the extension before launch (needs root)
 *  - extraArgs: more Chromium flags
 */
import {
  test as base,
  chromium,
  type BrowserContext,
  type Page,
  type Worker,
} from '@playwright/test';
import { mkdtempSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, EXTENSION_DIR, chromiumArgs } from '../../scripts/lib/chromium.mjs';
import { EXTENSION_ID } from '../../lib/extension-id';
import { npmPhoto, stillClip } from '../../scripts/lib/clips.mjs';

export { EXTENSION_DIR, CHROMIUM, chromiumArgs };
export const POLICY_DIR = '/etc/chromium/policies/managed';
export const POLICY_FILE = join(POLICY_DIR, 'chinup-e2e.json');
/**
 * Tag of every test that writes a managed policy. The policy directory is global to the machine, so
 * these run in their own project, alone, after the parallel ones (see playwright.config.ts).
 */
export const POLICY_TAG = { tag: '@policy' };

export interface Fixtures {
  clip: string | null;
  policy: Record<string, unknown> | null;
  extraArgs: string[];
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  openPage: (path: string) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  clip: [null, { option: true }],
  policy: [null, { option: true }],
  extraArgs: [[], { option: true }],
  context: async ({ clip, policy, extraArgs }, use, testInfo) => {
    if (policy && !testInfo.tags.includes(POLICY_TAG.tag))
      throw new Error(
        `A test that sets a policy must be tagged ${POLICY_TAG.tag}: ${testInfo.title}`,
      );
    if (policy) {
      mkdirSync(POLICY_DIR, { recursive: true });
      writeFileSync(
        POLICY_FILE,
        JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }),
      );
    }
    const dir = mkdtempSync(join(tmpdir(), 'chinup-e2e-'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      headless: true,
      args: chromiumArgs(clip ?? stillClip('photo', npmPhoto()), extraArgs),
    });
    await use(context);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
    if (policy) rmSync(POLICY_FILE, { force: true });
  },
  sw: async ({ context }, use) => {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(sw);
  },
  extensionId: async ({ sw }, use) => {
    await use(new URL(sw.url()).host);
  },
  openPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
});

export const expect = test.expect;

/** Sends a typed message to the service worker from an extension page, as the UI does. */
export async function sendFromPage<T>(page: Page, name: string, data: unknown = {}): Promise<T> {
  return page.evaluate(
    async ([n, d]) => {
      const res = (await chrome.runtime.sendMessage({ to: 'background', name: n, data: d })) as {
        ok: boolean;
        value?: unknown;
        error?: string;
      };
      if (!res.ok) throw new Error(res.error);
      return res.value;
    },
    [name, data] as const,
  ) as Promise<T>;
}
