/**
 * The content script: knows which SDS page this is from the URL (lib/detect.ts) and keeps one
 * <mm-companion-hint> in step with it, across in-app navigation, without a reload.
 */
// First: the start of the timing figures, before any other module is evaluated.
import { SCRIPT_START } from './started';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { EDX_PAGE_MATCHES } from '../../lib/edx-hosts';
import { HintController } from './hint-controller';

function whenParsed(run: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
}

export default defineContentScript({
  matches: EDX_PAGE_MATCHES,
  // document_start, not idle: Chrome runs idle (and end) scripts just before the load event, after the
  // page's first frame, which held edX's load event back by about 7 ms (×1.2) even for a one-line script
  // (tests/bench/RESULTS.md). From document_start the summary read also overlaps edX's own loading.
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  main(ctx) {
    const hint = new HintController(ctx);
    // The hint's work starts once the page is parsed: its landmarks exist then (or are awaited).
    whenParsed(() => void hint.show(location.href, performance.now()));
    // The script's own time at document_start (its modules and the lines above), for the benchmark.
    performance.measure('mm-companion:started', { start: SCRIPT_START });
    // SPA navigation (History API): read the new URL from the event, location may lag (toolchain.md).
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void hint.show(newUrl.href, performance.now()));
  },
});
