/**
 * The hint lives in a closed shadow root, which page scripts and Playwright's locators cannot enter. Tests
 * reach it the way DevTools does: the protocol's DOM domain sees closed roots (`pierce`), and the root is
 * handed to the page's main world as the host's `shadowRoot`, for this test's own evaluations, locators
 * and axe-core. Clicks stay real mouse and keyboard input (trusted events), as a learner's are.
 */
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

function findHosts(node: DomNode, tag: string, out: DomNode[] = []): DomNode[] {
  if (node.nodeName.toLowerCase() === tag) out.push(node);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) findHosts(child, tag, out);
  return out;
}

const sessions = new WeakMap<Page, CDPSession>();

/** Makes every `<tag>` host's closed root visible to the test as `host.shadowRoot`; returns how many. */
export async function openClosedRoots(page: Page, tag: string): Promise<number> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const hosts = findHosts(root, tag);
  for (const host of hosts) {
    const shadow = host.shadowRoots?.[0];
    if (!shadow) continue;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    if (!object.objectId) continue;
    await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration:
        'function () { const root = this; Object.defineProperty(root.host, "shadowRoot", { configurable: true, get: () => root }); }',
    });
  }
  return hosts.length;
}
