/**
 * The content script (declared in wxt.config.ts). It runs from document_start, not document_idle: Chromium
 * runs idle (and end) scripts just before the load event, after the page's first frame, which held a heavy
 * edX page's load event back by about ×1.2 even for a one-line script (tests/bench/RESULTS.md).
 *
 * Chromium compiles and runs it on every navigation of every edX page, while edX loads, so it is a few lines:
 * at document_start it only waits for edX's load event (after-load.ts) and touches no extension API. Then it
 * imports everything else (entrypoints/hint-app, a module of its own): WXT's content-script context, the
 * URL's detection, in-app navigation, and on SDS pages the hint itself.
 *
 * It is an unlisted script, not a WXT content-script entrypoint, because WXT's entrypoint creates the
 * content-script context at document_start: that context's started event and its first API call cost edX's
 * page about 1 ms on every load.
 */
// First: the start of the timing figures, before any other module is evaluated.
import { SCRIPT_START } from './started';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { HintApp } from '../hint-app';
import { afterLoad } from './after-load';

/** The rest of the content script, web-accessible to edX's pages only (wxt.config.ts). */
async function importHintApp(): Promise<HintApp> {
  // Imported here, not at the top: the browser namespace is first touched after the load event.
  const { browser } = await import('wxt/browser');
  const module = (await import(/* @vite-ignore */ browser.runtime.getURL('/hint-app.js'))) as { default: Promise<HintApp> };
  return await module.default;
}

export default defineUnlistedScript(() => {
  // The script's own time at document_start, recorded for the benchmark once the page has loaded.
  const started = { start: SCRIPT_START, end: performance.now() };
  void afterLoad()
    .then(async () => {
      const loadedAt = performance.now();
      const { watchPage } = await importHintApp();
      watchPage(started, loadedAt);
    })
    // Only if the extension was updated or removed under the page: edX's page is left as it is.
    .catch((error: unknown) => console.warn('MicroMasters Companion: the hint could not load.', error));
});
