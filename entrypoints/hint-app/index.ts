/**
 * Everything of the hint but its start script: injected by the background into an edX page's top frame once
 * the page has loaded (entrypoints/hint-start, lib/page-loaded.ts), on every edX page. It detects the page
 * from its URL and follows in-app navigation (watch-page.ts); on SDS pages only, it evaluates the hint itself
 * (its controller, components, the summary schema and its CSS), which the build inlines here but evaluates on
 * first use.
 *
 * It runs in the extension's isolated world, with the extension's `browser` and the page's DOM.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

/** Set in the isolated world, which edX's scripts cannot see: the hint runs once per document. */
const RUNNING = Symbol.for('mm-companion:hint');

export default defineUnlistedScript(() => {
  // A page can send the start script's message again, and the background would inject this again.
  const world = globalThis as { [RUNNING]?: true };
  if (world[RUNNING]) return;
  world[RUNNING] = true;
  // When the start script asked for the hint (or now, if its mark is missing): the injection's own time.
  const loadedAt = performance.getEntriesByName('mm-companion:loaded', 'mark').at(-1)?.startTime ?? performance.now();
  // Imported, not bundled apart: the build inlines it (wxt.config.ts). A static import would have WXT evaluate
  // the hint's modules (its CSS, WXT's content-script context) at build time, to read this entrypoint's options.
  void import('./watch-page').then(
    ({ watchPage }) => watchPage(loadedAt),
    // Only if the extension was updated or removed under the page: edX's page is left as it is.
    (error: unknown) => console.warn('MicroMasters Companion: the hint could not load.', error),
  );
});
