/**
 * The content script: knows which SDS page this is from the URL (lib/detect.ts) and keeps one
 * <mm-companion-hint> in step with it, across in-app navigation, without a reload.
 *
 * It runs from document_start, not document_idle: Chromium runs idle (and end) scripts just before the
 * load event, after the page's first frame, which held a heavy edX page's load event back by about ×1.2
 * even for a one-line script (tests/bench/RESULTS.md). At document_start it only looks at the URL. The hint
 * itself (its components, the summary schema, the storage read) is evaluated on an SDS page only, in the
 * first frame after edX's load event.
 */
// First: the start of the timing figures, before any other module is evaluated.
import { SCRIPT_START } from './started';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectPage } from '../../lib/detect';
import { EDX_PAGE_MATCHES } from '../../lib/edx-hosts';
import { nextFrame } from './frame';
import type { HintController } from './hint-controller';

function whenParsed(run: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
}

export default defineContentScript({
  matches: EDX_PAGE_MATCHES,
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  // WXT's started-script notice as a DOM event only, not also a window message that edX's scripts could read.
  noScriptStartedPostMessage: true,
  main(ctx) {
    let hint: Promise<HintController> | undefined;
    let shown = location.href;
    const show = (url: string, startedAt: number) => {
      shown = url;
      const page = detectPage(url);
      if (!hint && !page) {
        // An edX page outside the program: nothing of the hint is loaded.
        performance.measure('mm-companion:checked', { start: startedAt });
        return;
      }
      // The bundle is one file, but the hint's modules are evaluated only here (an inlined dynamic import).
      hint ??= nextFrame()
        .then(() => import('./hint-controller'))
        .then(({ HintController }) => new HintController(ctx));
      void hint.then((h) => h.show(url, startedAt, page));
    };
    // The hint's work starts once the page is parsed: its landmarks exist then (or are awaited).
    whenParsed(() => {
      show(location.href, performance.now());
      // In-app navigation is followed from the first frame on, not during edX's loading; a change made
      // before then is caught up at once.
      void nextFrame().then(() => {
        // SPA navigation (History API): read the new URL from the event, location may lag (toolchain.md).
        ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => show(newUrl.href, performance.now()));
        if (location.href !== shown) show(location.href, performance.now());
      });
    });
    // The script's own time at document_start (its modules and the lines above), for the benchmark.
    performance.measure('mm-companion:started', { start: SCRIPT_START });
  },
});
