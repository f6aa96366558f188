import preact from '@preact/preset-vite';
import type { InlineConfig } from 'vite';
import { defineConfig, type Entrypoint } from 'wxt';
import { PAGE_MATCHES } from './lib/platform-hosts';

/** Host access for the background's GET requests, and nothing else (SECURITY.md, host by host). */
const HOST_PERMISSIONS = ['https://courses.edx.org/*', 'https://courses.learn.mit.edu/*', 'https://mitxonline.mit.edu/api/*'];

/** The content script (entrypoints/hint-start), declared below. */
const HINT_START = 'hint-start';
/** The rest of the content script: imported by it after edX's load event (entrypoints/hint-app/index.ts). */
const HINT_APP = 'hint-app';

// The manifest is assembled here; every permission is justified in SECURITY.md and pinned by
// tests/unit/manifest.test.ts.
/**
 * The content script and the hint's module load on edX pages, so they skip
 * webextension-polyfill (about 3 kB gzip and a Proxy around every API) and use the browser's own namespace
 * (@wxt-dev/browser: `browser` in Firefox, `chrome` in Chrome). Every call they make (storage, runtime
 * messages, i18n) returns a promise natively in both: Chrome MV3 and Firefox. The background and the extension
 * pages keep the polyfill.
 *
 * WXT builds unlisted scripts as classic scripts (IIFE); the hint's module is built as an ES module instead,
 * so the content script can `import()` it and use its default export.
 */
function contentScriptBuilds(entrypoints: readonly Entrypoint[], config: InlineConfig): void {
  const [only] = entrypoints.length === 1 ? entrypoints : [];
  if (only?.type !== 'unlisted-script' || ![HINT_START, HINT_APP].includes(only.name)) return;
  const hintApp = only.name === HINT_APP;
  const alias = config.resolve?.alias ?? [];
  const rest = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
  config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...rest] };
  if (hintApp && config.build?.lib) {
    config.build.lib = { ...config.build.lib, formats: ['es'] };
    // One file: the import of the controller is inlined (evaluated on first use), as in a classic script.
    const output = config.build.rollupOptions?.output;
    // Vite leaves whitespace in ES libraries (for other bundlers); this one ships as it is built.
    if (output && !Array.isArray(output)) Object.assign(output, { codeSplitting: false, minify: true });
  }
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: { 'vite:build:extendConfig': contentScriptBuilds },
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
    // An unlisted script declared here rather than a WXT content-script entrypoint: see its header.
    content_scripts: [{ matches: PAGE_MATCHES, run_at: 'document_start', js: [`${HINT_START}.js`] }],
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
