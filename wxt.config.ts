import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { EXTENSION_KEY } from './lib/extension-id';
import { buildManagedSchema } from './lib/managed-schema';
import { modelCachePath, MODEL_FILE } from './scripts/model-source.mjs';

const WASM_DIR = 'node_modules/@mediapipe/tasks-vision/wasm';

/**
 * Content security policy for extension pages: nothing by default, then only what the pages need,
 * all of it from the extension itself (the model and wasm by fetch, chart and preview images as
 * data/blob URLs, the camera preview as a blob). No frames, forms, base URL or embedding.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export default defineConfig({
  // MV3 everywhere; Firefox 128 runs MV3 with a background event page (`background.scripts`).
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  // `wxt zip -b firefox` also makes the sources zip that addons.mozilla.org asks for: the code and
  // build scripts, not local test output or screenshots (the model comes from `npm run models`).
  zip: {
    excludeSources: ['test-results/**', 'playwright-report/**', 'docs/screenshots/**', '.cache/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'alarms',
      'notifications',
      'idle',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    optional_permissions: ['tabs'],
    content_security_policy: { extension_pages: CSP },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'chin-up@chinup.local',
              // 140 ESR: the first with data_collection_permissions (128 ESR is out of support).
              strict_min_version: '140.0',
              // Nothing leaves the device (https://mzl.la/firefox-builtin-data-consent).
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          key: EXTENSION_KEY,
          minimum_chrome_version: '116',
          // Chrome/Edge only: Firefox takes managed policy from policies.json (3rdparty.Extensions)
          // without a schema; the extension validates every value itself (lib/settings-policy.ts).
          storage: { managed_schema: 'managed-schema.json' },
        }),
  }),
  hooks: {
    'build:publicAssets': (wxt, assets) => {
      // The SIMD wasm only: every supported browser has wasm SIMD. Copied at build time, never committed.
      for (const f of ['vision_wasm_internal.js', 'vision_wasm_internal.wasm'])
        assets.push({ absoluteSrc: resolve(WASM_DIR, f), relativeDest: `mediapipe/wasm/${f}` });
      assets.push({ absoluteSrc: modelCachePath(), relativeDest: `models/${MODEL_FILE}` });
      // The policy schema is Chrome/Edge's (manifest storage.managed_schema); Firefox has no such key.
      if (wxt.config.browser !== 'firefox')
        assets.push({
          contents: JSON.stringify(buildManagedSchema(), null, 2),
          relativeDest: 'managed-schema.json',
        });
    },
  },
});
