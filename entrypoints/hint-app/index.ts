/**
 * Everything of the hint but its first line: imported by the content script (entrypoints/hint-start) once
 * edX's page has loaded, on every edX page. It detects the page from its URL and follows in-app navigation
 * (watch-page.ts); on SDS pages only, it evaluates the hint itself (its controller, components, the summary
 * schema and its CSS), which the build inlines here but evaluates on first use.
 *
 * It is a file of its own, not part of the content script, because Chromium compiles and runs a content
 * script on every navigation of every page it matches, while the page loads: with all of this in it, the
 * document_start script took 2.4 to 2.9 ms of edX's main thread per load in traces, against 0.2 ms for a
 * one-line script. Built as an ES module (wxt.config.ts); it runs in the content script's isolated world,
 * with the same `browser` and the same DOM.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { watchPage } from './watch-page';

/** What the module's default export resolves to. */
export interface HintApp {
  readonly watchPage: typeof watchPage;
}

// Imported, not bundled apart: the build inlines it (wxt.config.ts). A static import would have WXT evaluate
// the hint's modules (its CSS, WXT's content-script context) at build time, to read this entrypoint's options.
export default defineUnlistedScript((): Promise<HintApp> => import('./watch-page'));
