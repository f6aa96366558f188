/**
 * Back and Forward stay instant on SDS pages: Chromium keeps a page the learner leaves in its back/forward
 * cache unless something in it forbids that (an unload listener, among others), and restores
 * the same document, hint and all, when they come back. The hint must not be what forbids it. These tests
 * run with the cache on, as a learner's Chrome has it (Playwright turns it off by default).
 */
import { afterEach, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HINT, launchExtension, visit, type Launched } from './support/browser';

/** An SDS course home on each course app, and another course on the same app: a page load away, same site. */
const PAGES = [
  {
    home: 'https://learning.edx.org/course/course-v1:MITx+6.431x+3T2026/home',
    other: 'https://learning.edx.org/course/course-v1:MITx+6.00.1x+3T2026/home',
  },
  {
    home: 'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+6.431x+3T2026/home',
    other: 'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+8.01x+3T2026/home',
  },
];

const opened: Launched[] = [];
afterEach(async () => {
  for (const b of opened.splice(0)) await b.dispose();
});

/** What Chromium says kept `page`'s previous document out of the cache, gathered as it says it. */
async function cacheRefusals(b: Launched, page: Page): Promise<string[]> {
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('Page.enable');
  const reasons: string[] = [];
  cdp.on('Page.backForwardCacheNotUsed', (event) =>
    reasons.push(...event.notRestoredExplanations.map((explanation) => explanation.reason)),
  );
  return reasons;
}

it.each(PAGES)('Back to $home restores the page with its hint from the cache', async ({ home, other }) => {
  const b = await launchExtension({ backForwardCache: true });
  opened.push(b);
  const page = await b.context.newPage();
  const refusals = await cacheRefusals(b, page);
  await visit(page, home);
  await page.locator(HINT).waitFor();
  // A mark in the page's own world: only the same document, restored, still has it.
  await page.evaluate(() => Object.assign(window, { mmcLeftAt: location.href }));
  await page.goto(other);
  // A restored page fires no load event: wait for the commit only.
  await page.goBack({ waitUntil: 'commit' });
  const restored = await page.evaluate(() => (window as { mmcLeftAt?: string }).mmcLeftAt === location.href);
  expect({ restored, refusals }).toEqual({ restored: true, refusals: [] });
  expect(await page.locator(HINT).count()).toBe(1);
  await expect.poll(() => page.locator(HINT).isVisible()).toBe(true);
});
