/**
 * The shipped build (`npm run build`), loaded as a learner loads it: the other end-to-end tests load the
 * timing build, so this one checks that the build without marks shows the hint, follows in-app navigation
 * and leaves nothing of the extension on the page's timeline.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exposeHint, HINT, IN_HINT, launchExtension, SHIPPED_DIR, type Launched } from './support/browser';

const PROB = 'https://learning.edx.org/course/course-v1:MITx+6.431x+3T2026/home';
const STATS = 'https://learning.edx.org/course/course-v1:MITx+18.6501x+3T2026/home';

let browser: Launched;
beforeAll(async () => {
  browser = await launchExtension({ extensionDir: SHIPPED_DIR });
});
afterAll(async () => browser?.dispose());

it('shows the hint on a course home, moves with in-app navigation, and writes no timing marks', async () => {
  const page = await browser.context.newPage();
  await page.goto(PROB);
  await page.locator(HINT).waitFor({ state: 'attached', timeout: 10_000 });
  await exposeHint(page);
  expect(await page.locator(HINT).getAttribute('data-course')).toBe('6.431x');
  expect(await page.locator(`${IN_HINT}[data-testid=hint-step]`).textContent()).toMatch(/^Step 1 of 5/);
  await page.evaluate((path) => history.pushState({}, '', path), new URL(STATS).pathname);
  await expect.poll(() => page.locator(HINT).getAttribute('data-course')).toBe('18.6501x');
  const marks = await page.evaluate(
    () => performance.getEntries().filter((e) => e.name.startsWith('mm-companion')).length,
  );
  expect(marks).toBe(0);
  await page.close();
});
