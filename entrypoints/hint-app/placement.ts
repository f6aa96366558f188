/**
 * Where the hint goes on each host (edx.md, "Page landmarks"). The course is identified by the URL; the DOM
 * only places the hint. Class names change between edX releases, so each host lists landmarks in order of
 * preference, and a page with none of them gets a small floating panel that covers none of edX's controls.
 */
export interface Placement {
  readonly anchor: Element;
  readonly append: 'after' | 'last';
  readonly floating: boolean;
  /** The landmark was not there at first: the placement waited for the page to render it. */
  readonly waited: boolean;
}

const ANCHORS_BY_HOST: Readonly<Record<string, readonly string[]>> = {
  // Just below the course header, above the tabs.
  'learning.edx.org': ['header.learning-header', '.learning-header', '#courseTabsNavigation'],
  // Near the course or program title.
  'www.edx.org': ['main h1', 'h1'],
  'courses.edx.org': ['header.global-header', 'body > header', 'header'],
  'home.edx.org': ['header', '#root header'],
};

function findAnchor(host: string, doc: Document): Element | undefined {
  for (const selector of ANCHORS_BY_HOST[host] ?? []) {
    const found = doc.querySelector(selector);
    if (found?.parentElement) return found;
  }
  return undefined;
}

/**
 * The landmark to place the hint after; waits up to `waitMs` for a single-page app to render it, then falls
 * back to floating.
 */
export async function placementFor(url: string, doc: Document = document, waitMs = 1500): Promise<Placement> {
  const host = new URL(url).hostname;
  let anchor = findAnchor(host, doc);
  const waited = !anchor && waitMs > 0;
  if (waited) {
    anchor = await new Promise<Element | undefined>((resolve) => {
      const observer = new MutationObserver(() => {
        const found = findAnchor(host, doc);
        if (found) finish(found);
      });
      const timer = setTimeout(() => finish(undefined), waitMs);
      function finish(found: Element | undefined) {
        observer.disconnect();
        clearTimeout(timer);
        resolve(found);
      }
      observer.observe(doc.documentElement, { childList: true, subtree: true });
    });
  }
  return anchor ? { anchor, append: 'after', floating: false, waited } : { anchor: doc.body, append: 'last', floating: true, waited };
}
