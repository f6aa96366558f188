/**
 * Resolves in a task after the page's load event has been dispatched, or LOAD_WAIT_LIMIT_MS after the content
 * script started if the load event is held up (a slow image, a stalled third-party script), so the hint never
 * waits on those for long.
 *
 * While the page loads this is one listener on the window and one timer, and nothing else: a second listener
 * (for DOMContentLoaded) and reads of `document` each cost the page's main thread in traces (docs/decisions.md).
 * The content script starts at document_start, so the load event is always still to come; where a browser
 * injects it into a page that has already loaded (Firefox, into tabs open when the extension is installed),
 * the limit starts the hint.
 *
 * Nothing here asks for a frame: a requestAnimationFrame during loading makes Chromium render the whole page
 * once before it fires the load event (docs/decisions.md).
 */
export const LOAD_WAIT_LIMIT_MS = 4_000;

export function afterLoad(): Promise<void> {
  return new Promise<void>((resolve) => {
    const go = () => {
      clearTimeout(limit);
      removeEventListener('load', onLoad);
      resolve();
    };
    // A task after the event, so the load event's own time does not include the hint's.
    const onLoad = () => setTimeout(go, 0);
    addEventListener('load', onLoad, { once: true });
    const limit = setTimeout(go, LOAD_WAIT_LIMIT_MS);
  });
}
