/**
 * The content script, a loader: from document_start it waits for the page's load event (after-load.ts),
 * then imports the hint's module (entrypoints/hint-app/module.ts) and starts its router. Nothing else runs
 * while the page loads; docs/decisions.md says why it is this small and why it runs from document_start.
 *
 * The content script, this loader and the module it imports, is the one part of the extension that uses the
 * browser's own API rather than webextension-polyfill, for its size (docs/decisions.md): here a single
 * `runtime.getURL`, which returns a string in every browser, so the loader stays under 1 kB.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type * as HintModule from '../hint-app/module';
import { timing } from '../../lib/timing';
import { afterLoad } from './after-load';

export default defineUnlistedScript(() => {
  timing.begin('started');
  void afterLoad()
    .then(async () => {
      timing.begin('imported');
      // Imported here, not at the top: touching the browser's extension API sets up its bindings, which
      // costs the page's load event when done while it loads.
      const { browser } = await import('@wxt-dev/browser');
      const { startRouter } = (await import(
        /* @vite-ignore */ browser.runtime.getURL('/hint-app.js')
      )) as typeof HintModule;
      timing.end('imported');
      startRouter();
    })
    // Only if the extension was updated or removed under the page: the page is left as it is.
    .catch((error: unknown) => console.warn('MicroMasters Companion: the hint could not load.', error));
  timing.end('started');
});
