import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { PAGE_MATCHES } from './lib/platform-hosts';
import { SCRIPT_REGISTRATIONS } from './lib/script-registrations';

/** Host access for the background's GET requests, and nothing else (SECURITY.md, host by host). */
const HOST_PERMISSIONS = [
  'https://courses.edx.org/*',
  'https://courses.learn.mit.edu/*',
  'https://mitxonline.mit.edu/api/*',
];

/** The content script (entrypoints/hint-start): a loader, declared in the manifest below. */
const HINT_START = 'hint-start';
/** The hint's module, which the loader imports after the load event (modules/es-module-scripts.ts). */
const HINT_APP = 'hint-app';

/**
 * `WXT_TIMING_MARKS=on` builds the extension with its timing marks (lib/timing.ts), into its own folder,
 * for the benchmark and the end-to-end tests; the shipped build has none.
 */
const TIMING_MARKS = process.env.WXT_TIMING_MARKS === 'on';

export default defineConfig({
  // webextension-polyfill is the extension's browser API (`wxt/browser`); modules/ holds the local module.
  modules: ['@wxt-dev/webextension-polyfill'],
  esModuleScripts: { [HINT_APP]: 'entrypoints/hint-app/module.ts' },
  ...(TIMING_MARKS && { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-timing' }),
  // ASCII output: one non-ASCII character makes V8 keep a script's whole source as two-byte text, which for the
  // hint's module doubles the memory its source takes in every SDS page (docs/decisions.md).
  vite: () => ({ plugins: [preact()], build: { rollupOptions: { output: { charset: 'ascii' } } } }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: progress and settings; alarms: reminders; notifications: reminders shown.
    permissions: ['storage', 'alarms', 'notifications'],
    // Only the APIs read with GET while the learner browses (lib/edx-api.ts): edX's course-app JSON, MIT's
    // course-app JSON, and MITx Online's list of enrolments.
    host_permissions: HOST_PERMISSIONS,
    action: { default_title: '__MSG_extName__' },
    // An unlisted script declared here rather than a WXT content-script entrypoint (docs/decisions.md), on
    // SDS pages only where a page cannot become one in-app (lib/script-registrations.ts).
    content_scripts: SCRIPT_REGISTRATIONS.map(({ matches, include_globs }) => ({
      matches: [...matches],
      ...(include_globs && { include_globs: [...include_globs] }),
      run_at: 'document_start' as const,
      js: [`${HINT_START}.js`],
    })),
    // The hint's module, which the content script imports after the load event: readable by edX's pages
    // only, and in Chrome only under a URL that changes every session, so no site can probe for it.
    web_accessible_resources: [{ resources: [`${HINT_APP}.js`], matches: PAGE_MATCHES, use_dynamic_url: true }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'micromasters-companion@mm-companion.invalid',
              strict_min_version: '140.0',
              // Firefox asks extensions to declare what they collect: nothing leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on: say so, rather than claim 140.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
