/**
 * Resolves in a task after edX's load event has been dispatched, or 1 s after DOMContentLoaded if the load
 * event is held up (a slow image, a stalled third-party script), so the hint never waits on those.
 *
 * Nothing here asks for a frame: a requestAnimationFrame during loading makes Chromium render the whole page
 * once before it fires the load event (docs/decisions.md).
 */
export const LOAD_WAIT_LIMIT_MS = 1_000;

export function afterLoad(): Promise<void> {
  return new Promise<void>((resolve) => {
    if (document.readyState === 'complete') {
      setTimeout(resolve, 0);
      return;
    }
    let limit: ReturnType<typeof setTimeout> | undefined;
    const go = () => {
      clearTimeout(limit);
      window.removeEventListener('load', onLoad);
      resolve();
    };
    // A task after the event, so the load event's own time does not include the hint's.
    const onLoad = () => setTimeout(go, 0);
    window.addEventListener('load', onLoad, { once: true });
    const startLimit = () => (limit = setTimeout(go, LOAD_WAIT_LIMIT_MS));
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startLimit, { once: true });
    else startLimit();
  });
}
