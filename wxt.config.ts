import preact from '@preact/preset-vite';
import type { InlineConfig } from 'vite';
import { defineConfig, type Entrypoint } from 'wxt';

// The manifest is assembled here; every permission is justified in SECURITY.md and pinned by
// tests/unit/manifest.test.ts.
/**
 * Content scripts load on every edX page, so they skip webextension-polyfill (about 3 kB gzip and a Proxy
 * around every API) and use the browser's own namespace (@wxt-dev/browser: `browser` in Firefox, `chrome` in
 * Chrome). Every call they make (storage, runtime messages, i18n) returns a promise natively in both: Chrome
 * MV3 and Firefox. The background and the extension pages keep the polyfill.
 */
function nativeApiInContentScripts(entrypoints: readonly Entrypoint[], config: InlineConfig): void {
  if (!entrypoints.length || !entrypoints.every((e) => e.type === 'content-script')) return;
  const alias = config.resolve?.alias ?? [];
  const rest = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
  config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...rest] };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: { 'vite:build:extendConfig': nativeApiInContentScripts },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: progress and settings; alarms: reminders; notifications: reminders shown.
    permissions: ['storage', 'alarms', 'notifications'],
    // Only the host of edX's JSON APIs, read with GET while the learner browses (lib/edx-api.ts).
    host_permissions: ['https://courses.edx.org/*'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'micromasters-companion@mm-companion.invalid',
              strict_min_version: '140.0',
              // Firefox asks extensions to declare what they collect: nothing leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
