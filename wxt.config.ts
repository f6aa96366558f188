import preact from '@preact/preset-vite';
import type { InlineConfig } from 'vite';
import { defineConfig, type Entrypoint } from 'wxt';
import { EDX_PAGE_MATCHES } from './lib/edx-hosts';

/** The content script (entrypoints/hint-start), declared below. */
const HINT_START = 'hint-start';
/** The hint: injected by the background once edX's page has loaded (entrypoints/hint-app/index.ts). */
const HINT_APP = 'hint-app';

// The manifest is assembled here; every permission is justified in SECURITY.md and pinned by
// tests/unit/manifest.test.ts.
/**
 * The start script and the hint load on edX pages, so they skip
 * webextension-polyfill (about 3 kB gzip and a Proxy around every API) and use the browser's own namespace
 * (@wxt-dev/browser: `browser` in Firefox, `chrome` in Chrome). Every call they make (storage, runtime
 * messages, i18n) returns a promise natively in both: Chrome MV3 and Firefox. The background and the extension
 * pages keep the polyfill.
 */
function contentScriptBuilds(entrypoints: readonly Entrypoint[], config: InlineConfig): void {
  const [only] = entrypoints.length === 1 ? entrypoints : [];
  if (only?.type !== 'unlisted-script' || ![HINT_START, HINT_APP].includes(only.name)) return;
  const hintApp = only.name === HINT_APP;
  const alias = config.resolve?.alias ?? [];
  const rest = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
  config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...rest] };
  // One file: the import of the controller is inlined (evaluated on first use), as in a classic script.
  const output = config.build?.rollupOptions?.output;
  if (hintApp && output && !Array.isArray(output)) Object.assign(output, { codeSplitting: false });
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: { 'vite:build:extendConfig': contentScriptBuilds },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: progress and settings; alarms: reminders; notifications: reminders shown; scripting (Chrome):
    // the hint injected into an edX page once it has loaded (lib/page-loaded.ts). Firefox MV2 injects with
    // tabs.executeScript, which needs no permission but the host's.
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['scripting'])],
    // edX's pages: the hint injected into them (the content script's matches already ask the learner for the
    // same hosts), and courses.edx.org's JSON APIs, read with GET while the learner browses (lib/edx-api.ts).
    host_permissions: EDX_PAGE_MATCHES,
    action: { default_title: '__MSG_extName__' },
    // An unlisted script declared here rather than a WXT content-script entrypoint: see its header.
    content_scripts: [{ matches: EDX_PAGE_MATCHES, run_at: 'document_start', js: [`${HINT_START}.js`], ...(browser === 'firefox' ? {} : { world: 'MAIN' }) }],
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
      : // edX's pages may message the background, which accepts one message from them (lib/page-loaded.ts).
        { externally_connectable: { matches: EDX_PAGE_MATCHES } }),
  }),
});
