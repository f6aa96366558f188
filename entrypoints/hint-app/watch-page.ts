/**
 * Keeps one <mm-companion-hint> in step with the page's URL, across in-app navigation, without a reload:
 * detects the page from its URL (lib/detect.ts) and, on an SDS page only, evaluates the hint itself
 * (hint-controller.tsx: its components, the summary schema, the storage read).
 *
 * Runs only after edX's load event (the content script imports this module then), so none of it runs while
 * edX loads.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage } from '../../lib/detect';
import { PAGE_MATCHES } from '../../lib/platform-hosts';
import type { HintController } from './hint-controller';

/** The content script's name, as WXT's context knows it (an extension update stops the older script). */
const SCRIPT_NAME = 'hint';

/**
 * `started`: the content script's own time at document_start; `loadedAt`: when it began to import this
 * module. Both are measured for the benchmark.
 */
export function watchPage(started: { start: number; end: number }, loadedAt: number): void {
  performance.measure('mm-companion:started', started);
  performance.measure('mm-companion:imported', { start: loadedAt });
  // WXT's started-script notice as a DOM event only, not also a window message that edX's scripts could read.
  const ctx = new ContentScriptContext(SCRIPT_NAME, { matches: PAGE_MATCHES, noScriptStartedPostMessage: true });
  let hint: Promise<HintController> | undefined;
  const show = (url: string, startedAt: number) => {
    const page = detectPage(url);
    if (!hint && !page) {
      // An edX page outside the program: nothing of the hint is loaded.
      performance.measure('mm-companion:checked', { start: startedAt });
      return;
    }
    // Inlined by the build; evaluated here, on the first SDS page only.
    hint ??= import('./hint-controller').then(({ HintController }) => new HintController(ctx));
    void hint.then(
      (h) => h.show(url, startedAt, page),
      // Only if the extension was updated or removed under the page: edX's page is left as it is.
      (error: unknown) => console.warn('MicroMasters Companion: the hint could not load.', error),
    );
  };
  show(location.href, performance.now());
  // SPA navigation (History API): read the new URL from the event, location may lag (docs/testing.md).
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => show(newUrl.href, performance.now()));
}
