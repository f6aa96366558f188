/**
 * The content script (declared in wxt.config.ts). It runs from document_start, not document_idle: Chromium
 * runs idle (and end) scripts just before the load event, after the page's first frame, which held a heavy
 * edX page's load event back by about ×1.2 even for a one-line script (tests/bench/RESULTS.md).
 *
 * In Chrome it runs in edX's main world, so that no isolated world of ours exists while edX loads
 * (lib/page-loaded.ts says why and how): it waits for edX's load event (after-load.ts), then asks the
 * background to inject the hint (entrypoints/hint-app) into this document. In Firefox it runs in the
 * isolated world and asks the same.
 *
 * In the main world, edX's scripts run beside it: it keeps no data, and takes what it calls at
 * document_start, before any of edX's scripts, so none of them can have replaced it.
 */
// First: the start of the timing figures, before any other module is evaluated.
import { SCRIPT_START } from './started';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extensionIdFrom, PAGE_LOADED } from '../../lib/page-loaded';
import { afterLoad } from './after-load';

type Send = () => Promise<unknown>;

interface ChromeRuntime {
  sendMessage(extensionId: string, message: unknown): Promise<unknown>;
}

/** Chrome: the messaging that externally_connectable gives edX's pages, to this extension's id. */
function chromeSend(): Send {
  const runtime = (globalThis as { chrome?: { runtime?: Partial<ChromeRuntime> } }).chrome?.runtime;
  const sendMessage = runtime?.sendMessage;
  const id = extensionIdFrom(new Error().stack);
  if (!runtime || !sendMessage || !id) throw new Error('no way to reach the extension from this page');
  return () => sendMessage.call(runtime, id, PAGE_LOADED);
}

/** Firefox: an isolated-world content script, with the extension's own messaging. */
function firefoxSend(): Send {
  const runtime = (globalThis as { browser?: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).browser?.runtime;
  if (!runtime) throw new Error('no extension runtime');
  return () => runtime.sendMessage(PAGE_LOADED);
}

export default defineUnlistedScript(() => {
  // The script's own time at document_start, recorded for the benchmark once the page has loaded.
  const started = { start: SCRIPT_START, end: performance.now() };
  void Promise.resolve()
    .then(() => (import.meta.env.FIREFOX ? firefoxSend() : chromeSend()))
    .then(async (send) => {
      await afterLoad();
      const sent = send();
      performance.measure('mm-companion:started', started);
      // The hint measures its injection from this mark (entrypoints/hint-app).
      performance.mark('mm-companion:loaded');
      await sent;
    })
    // The extension updated or removed under the page, or a page without messaging: edX's page is left as it is.
    .catch((error: unknown) => console.warn('MicroMasters Companion: the hint could not load.', error));
});
