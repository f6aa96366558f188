/**
 * Where the built extension's content script runs, in Chromium (lib/script-registrations.ts): every SDS URL
 * of the detector's example tables gets its hint; a page of another course on the course apps and the LMS
 * gets no script at all; the popup still knows the tab's course, and forgets it when the tab leaves.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, type PageKind } from '../../lib/detect';
import {
  HINT,
  launchExtension,
  openPopup,
  scriptRunsAt,
  visit,
  waitForContentScript,
  type Launched,
} from './support/browser';
import { progress, seed } from './support/state';

let browser: Launched;
let page: Page;

beforeAll(async () => {
  browser = await launchExtension();
  page = await browser.context.newPage();
});
afterAll(async () => browser?.dispose());

/** The program dashboard is SDS's only when its page names the program (tests/e2e/detection.test.ts). */
const BY_URL_ALONE = (Object.entries(EXAMPLES) as [PageKind, readonly string[]][]).filter(
  ([kind]) => kind !== 'program-dashboard',
);

describe('every SDS URL of the detection tables gets its hint', () => {
  it.each(BY_URL_ALONE.flatMap(([kind, urls]) => urls.map((url) => [kind, url])))('%s: %s', async (kind, url) => {
    await visit(page, url);
    await expect.poll(() => page.locator(HINT).count()).toBe(1);
    expect(await page.locator(HINT).getAttribute('data-kind')).toBe(kind);
  });
});

describe('no script at all on other courses of the course apps and the LMS', () => {
  it.each([
    'https://learning.edx.org/course/course-v1:MITx+6.00.1x+2T2025/home',
    'https://learning.edx.org/course/course-v1:HarvardX+6.431x+2T2025/home',
    'https://learning.edx.org/course/course-v1%3AMITx%2B18.01x%2B1T2025/dates',
    'https://courses.edx.org/courses/course-v1:MITx+18.01x+1T2025/course/',
    'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+8.01x+3T2026/home',
    'https://courses.mitxonline.mit.edu/learn/course/course-v1:MITxT+14.100x+3T2026/home',
  ])('%s', async (url) => {
    expect(await scriptRunsAt(page, url)).toBe(false);
    expect(await page.locator(HINT).count()).toBe(0);
  });

  it('while the hosts whose pages move between courses in-app run it, and it stays silent', async () => {
    for (const url of ['https://www.edx.org/search?q=statistics', 'https://learn.mit.edu/search']) {
      expect(await scriptRunsAt(page, url)).toBe(true);
      expect(await page.locator(HINT).count()).toBe(0);
    }
  });
});

describe("the popup's tab highlighting", () => {
  const highlight = async (tab: Page) => {
    const popup = await openPopup(browser, { activeTab: tab });
    const reason = await popup.getByTestId('highlight-reason').textContent();
    await popup.close();
    return reason;
  };

  it('names the course in the tab through in-app navigation, forgets it on a course the script does not run on, names it again on Back', async () => {
    // A learner past first-run setup, with no runs yet: the popup shows the plan, and highlights a step.
    await seed(browser, progress({}, { onboardedAt: new Date().toISOString() }));
    const tab = await browser.context.newPage();
    await visit(tab, 'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+18.6501x+3T2026/home');
    const inTab = /^Highlighted: 18\.6501x .*, the course in this tab$/;
    await expect.poll(() => highlight(tab)).toMatch(inTab);
    // Into a unit and back, in-app (the course app's own links): still this course.
    for (const [name, count] of [
      ['Unit 1: Lecture 1', 2],
      ['Next', 3],
    ] as const) {
      await tab.getByRole(name === 'Next' ? 'button' : 'link', { name }).click();
      await waitForContentScript(tab, count);
    }
    await tab.goBack();
    await waitForContentScript(tab, 4);
    expect(await tab.evaluate(() => performance.getEntriesByName('mm-companion:started').length)).toBe(1);
    await expect.poll(() => highlight(tab)).toMatch(inTab);
    expect(
      await scriptRunsAt(tab, 'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+8.01x+3T2026/home'),
    ).toBe(false);
    await expect.poll(() => highlight(tab)).not.toMatch(/the course in this tab/);
    // Back to the SDS course (from the back-forward cache, or loaded again): named again.
    await tab.goBack({ waitUntil: 'load' });
    await expect.poll(() => highlight(tab)).toMatch(inTab);
    await tab.close();
  });
});
