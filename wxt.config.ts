import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The manifest is assembled here; every permission is justified in SECURITY.md and pinned by
// tests/unit/manifest.test.ts.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
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
