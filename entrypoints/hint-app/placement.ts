/**
 * Where the hint goes on each host (docs/platforms.md, "Page landmarks"). The course is identified by the URL; the DOM
 * only places the hint. Class names change between edX releases, so each host lists landmarks in order of
 * preference, and a page with none of them gets a small floating panel that covers none of edX's controls.
 */
export interface Placement {
  readonly anchor: Element;
  /** After the anchor, as its first child, or (floating) as the last child of the body. */
  readonly append: 'after' | 'first' | 'last';
  readonly floating: boolean;
  /** The landmark was not there at first: the placement waited for the page to render it. */
  readonly waited: boolean;
}

/** A landmark, and whether the hint goes after it (the default) or first inside it. */
type Anchor = string | { readonly selector: string; readonly place: 'first' };

const COURSE_APP: readonly Anchor[] = ['header.learning-header', '.learning-header', '#courseTabsNavigation'];

const ANCHORS_BY_HOST: Readonly<Record<string, readonly Anchor[]>> = {
  // Just below the course header, above the tabs (frontend-app-learning's header), on edX and on MIT's app.
  'learning.edx.org': COURSE_APP,
  'courses.learn.mit.edu': COURSE_APP,
  'courses.mitxonline.mit.edu': COURSE_APP,
  // Near the course or program title.
  'www.edx.org': ['main h1', 'h1'],
  'courses.edx.org': ['header.global-header', 'body > header', 'header'],
  'home.edx.org': ['header', '#root header'],
  // MITx Online (cms/templates/product_page.html; frontend/public/src/containers/pages/DashboardPage.js):
  // after the desktop title of an about page, after the dashboard's page header.
  'mitxonline.mit.edu': [
    '#product-details h1',
    '#main.product-page h1',
    'div[role=banner].std-page-header',
    { selector: '#enrollment-items', place: 'first' },
  ],
  // MIT Learn (hashed class names, so test ids): below a product page's banner, first in the dashboard's
  // tab panel (ProductPageTemplate.tsx, DashboardLayout.tsx).
  'learn.mit.edu': [
    '[data-testid=banner-container]',
    { selector: 'main [role=tabpanel]', place: 'first' },
    { selector: '[role=tabpanel]', place: 'first' },
  ],
};

function findAnchor(host: string, doc: Document): { anchor: Element; append: 'after' | 'first' } | undefined {
  for (const entry of ANCHORS_BY_HOST[host] ?? []) {
    const [selector, append] = typeof entry === 'string' ? [entry, 'after' as const] : [entry.selector, entry.place];
    const found = doc.querySelector(selector);
    if (found?.parentElement) return { anchor: found, append };
  }
  return undefined;
}

/**
 * The landmark to place the hint after; waits up to `waitMs` for a single-page app to render it, then falls
 * back to floating. An aborted `signal` (the learner navigated on) ends the wait at once.
 */
export async function placementFor(
  url: string,
  signal: AbortSignal,
  doc: Document = document,
  waitMs = 1500,
): Promise<Placement> {
  const host = new URL(url).hostname;
  let anchor = findAnchor(host, doc);
  const waited = !anchor && waitMs > 0;
  if (waited) {
    anchor = await new Promise<ReturnType<typeof findAnchor>>((resolve) => {
      const observer = new MutationObserver(() => {
        const found = findAnchor(host, doc);
        if (found) finish(found);
      });
      const timer = setTimeout(() => finish(undefined), waitMs);
      const onAbort = () => finish(undefined);
      function finish(found: ReturnType<typeof findAnchor>) {
        observer.disconnect();
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        resolve(found);
      }
      signal.addEventListener('abort', onAbort, { once: true });
      observer.observe(doc.documentElement, { childList: true, subtree: true });
    });
  }
  return anchor ? { ...anchor, floating: false, waited } : { anchor: doc.body, append: 'last', floating: true, waited };
}

/** Puts `host` where a placement says: after the landmark, first inside it, or last in it (floating). */
export function put(host: Element, where: Pick<Placement, 'anchor' | 'append'>): void {
  if (where.append === 'after') where.anchor.after(host);
  else if (where.append === 'first') where.anchor.prepend(host);
  else where.anchor.append(host);
}

/** Whether `host` is already where its landmark puts it. */
function inPlace(host: Element, found: { anchor: Element; append: 'after' | 'first' }): boolean {
  return found.append === 'after' ? found.anchor.nextElementSibling === host : found.anchor.firstElementChild === host;
}

/**
 * Keeps a placed hint in its place. A single-page app that builds its header and main again (the course
 * app does, on each in-app route change) appends the new ones after the nodes it did not create, which
 * leaves the hint above the header; this puts it back after the header. It watches only the direct
 * children of the hint's parent, so it wakes when the app swaps those, never on the page's other changes.
 * Returns what stops the keeping, and `check` for a navigation that may have moved the landmarks.
 */
export function keepInPlace(
  host: Element,
  url: string,
  doc: Document = document,
): { check: () => void; stop: () => void } {
  const hostname = new URL(url).hostname;
  let watched: Element | null = null;
  const observer = new MutationObserver(() => check());
  function check(): void {
    const found = findAnchor(hostname, doc);
    if (found && found.anchor !== host && !inPlace(host, found)) put(host, found);
    const parent = host.parentElement;
    if (parent !== watched) {
      observer.disconnect();
      watched = parent;
      if (parent) observer.observe(parent, { childList: true });
    }
  }
  check();
  return { check, stop: () => observer.disconnect() };
}
