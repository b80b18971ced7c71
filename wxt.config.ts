import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { EXTENSION_KEY } from './lib/extension-id';
import { buildManagedSchema } from './lib/managed-schema';
import { modelCachePath, MODEL_FILE } from './scripts/model-source.mjs';

const WASM_DIR = 'node_modules/@mediapipe/tasks-vision/wasm';

/** Content security policy for extension pages. connect-src 'self' fences off the network. */
export const CSP =
  "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:";

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
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
            gecko: { id: 'chin-up@chinup.local', strict_min_version: '128.0' },
          },
        }
      : { key: EXTENSION_KEY, minimum_chrome_version: '116' }),
    storage: { managed_schema: 'managed-schema.json' },
  }),
  hooks: {
    'build:publicAssets': (_wxt, assets) => {
      // The SIMD wasm only: every supported browser has wasm SIMD. Copied at build time, never committed.
      for (const f of ['vision_wasm_internal.js', 'vision_wasm_internal.wasm'])
        assets.push({ absoluteSrc: resolve(WASM_DIR, f), relativeDest: `mediapipe/wasm/${f}` });
      assets.push({ absoluteSrc: modelCachePath(), relativeDest: `models/${MODEL_FILE}` });
      assets.push({
        contents: JSON.stringify(buildManagedSchema(), null, 2),
        relativeDest: 'managed-schema.json',
      });
    },
  },
});
