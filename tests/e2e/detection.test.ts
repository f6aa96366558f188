/**
 * The built extension in Chromium recognises SDS pages on every edX host, stays silent elsewhere, and
 * follows in-app navigation both ways.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HINT,
  IN_HINT,
  launchExtension,
  scriptRunsAt,
  visit,
  waitForContentScript,
  type Launched,
} from './support/browser';
import { FAQ_PATH } from '../../lib/catalog';

let browser: Launched;
let page: Page;

beforeAll(async () => {
  browser = await launchExtension();
  page = await browser.context.newPage();
});
afterAll(async () => browser?.dispose());

/** URL, then the expected data-course and data-step, the step's id ('' when the page is the program as a whole). */
const PRESENT: readonly [string, string, string][] = [
  ['https://learning.edx.org/course/course-v1:MITx+6.431x+2T2025/home', '6.431x', '6.431x'],
  ['https://learning.edx.org/course/course-v1%3AMITx%2B6.431x%2B1T2024/home', '6.431x', '6.431x'],
  ['https://learning.edx.org/course/course-v1:MITx+14.310x+2T2025/dates', '14.310x', '14.310x'],
  ['https://learning.edx.org/course/course-v1:MITx+14.310Fx+2T2025/progress', '14.310Fx', '14.310x'],
  [
    'https://learning.edx.org/course/course-v1:MITx+18.6501x+1T2026/block-v1:MITx+18.6501x+1T2026+type@sequential+block@u1/block-v1:MITx+18.6501x+1T2026+type@vertical+block@v1',
    '18.6501x',
    '18.6501x',
  ],
  ['https://learning.edx.org/course/course-v1:MITx+6.86x+3T2025', '6.86x', '6.86x'],
  ['https://learning.edx.org/course/course-v1:MITx+DS-CFX+1T2026/home', 'DS.CFx', 'DS.CFx'],
  ['https://learning.edx.org/preview/course/course-v1:MITx+6.041.1x+1T2017/course-end', '6.041.1x', '6.431x'],
  ['https://www.edx.org/course/probability-the-science-of-uncertainty-and-data', '6.431x', '6.431x'],
  [
    'https://www.edx.org/es/learn/statistics/massachusetts-institute-of-technology-fundamentals-of-statistics',
    '18.6501x',
    '18.6501x',
  ],
  [
    'https://www.edx.org/course/machine-learning-with-python-from-linear-models-to-course-v1-mitx-6-86x-3t2024',
    '6.86x',
    '6.86x',
  ],
  ['https://courses.edx.org/courses/course-v1:MITx+6.431x+2T2025/course/', '6.431x', '6.431x'],
  ['https://courses.edx.org/courses/MITx/6.041x/1T2014/courseware', '6.041x', '6.431x'],
  ['https://courses.edx.org/courses/course-v1:MITx+14.310Fx+2T2025/progress', '14.310Fx', '14.310x'],
  ['https://www.edx.org/masters/micromasters/mitx-statistics-and-data-science', '', ''],
  ['https://home.edx.org/', '', ''],
  ['https://courses.edx.org/dashboard', '', ''],
  // The track courses, outside the FAQ's path a learner has by default: a hint that says so.
  ['https://learning.edx.org/course/course-v1:MITx+6.419x+1T2027/home', '6.419x', '6.419x'],
  ['https://learning.edx.org/course/course-v1:MITx+IDS.S24x+1T2027/home', 'IDS.S24x', 'IDS.S24x'],
];

/** URL, and whether the content script runs there at all (lib/script-registrations.ts) or runs and stays silent. */
const ABSENT: readonly [string, 'no script' | 'silent'][] = [
  ['https://learning.edx.org/course/course-v1:MITx+6.00.1x+2T2025/home', 'no script'],
  ['https://learning.edx.org/course/course-v1:HarvardX+6.431x+2T2025/home', 'no script'],
  ['https://learning.edx.org/course/course-v1:MITx+6.860x+2T2025/home', 'no script'],
  ['https://www.edx.org/course/statistics', 'silent'],
  ['https://www.edx.org/', 'silent'],
  ['https://courses.edx.org/courses/course-v1:MITx+18.01x+1T2025/course/', 'no script'],
  ['https://courses.edx.org/dashboard/programs/a015ce08-a727-46c8-92d1-679b23338bc1/', 'silent'],
  ['https://home.edx.org/some/other/page', 'silent'],
];

describe('hint presence on SDS pages', () => {
  it.each(PRESENT)('%s', async (url, course, step) => {
    await visit(page, url);
    const hosts = page.locator(HINT);
    await expect.poll(() => hosts.count()).toBe(1);
    expect((await hosts.getAttribute('data-course')) ?? '').toBe(course);
    expect((await hosts.getAttribute('data-step')) ?? '').toBe(step);
    await expect.poll(() => page.locator(`${IN_HINT}[data-testid=hint]`).isVisible()).toBe(true);
    // Where the learner works (courseware, units) the hint is one line; elsewhere the full panel.
    const compact = ['unit', 'courseware'].includes((await hosts.getAttribute('data-kind')) ?? '');
    // The default track is the FAQ's path: its steps are numbered in its order; other courses are outside it.
    const position = (FAQ_PATH.order as readonly string[]).concat('DS.CFx').indexOf(step) + 1;
    if (step)
      expect(await page.locator(`${IN_HINT}[data-testid=hint-step]`).textContent()).toBe(
        !position
          ? `${step} is not in your track`
          : compact
            ? `Step ${position} of 5`
            : `Step ${position} of 5 of the MITx MicroMasters in Statistics and Data Science`,
      );
  });
});

describe('silence everywhere else', () => {
  it.each(ABSENT)('%s: %s', async (url, how) => {
    if (how === 'silent') await visit(page, url);
    else expect(await scriptRunsAt(page, url)).toBe(false);
    expect(await page.locator(HINT).count()).toBe(0);
  });

  it('the program dashboard counts only when the page names the program', async () => {
    const url = 'https://courses.edx.org/dashboard/programs/0b9b4a7e-7fd2-4e8c-8c9b-1b3b0c7c2f11/';
    browser.routes.page(url, {
      template: 'courses',
      vars: { title: 'MITx Statistics and Data Science', body: 'Program record' },
    });
    await visit(page, url);
    expect(await page.locator(HINT).count()).toBe(1);
    expect(await page.locator(HINT).getAttribute('data-kind')).toBe('program-dashboard');
  });
});

describe('in-app navigation without a reload', () => {
  const click = async (locator: ReturnType<Page['locator']>) => {
    const before = await page.evaluate(() => performance.getEntriesByName('mm-companion:checked').length);
    await locator.click();
    await waitForContentScript(page, before + 1);
  };

  it("follows the course app's own routes: outline into a unit, Next, Back, the breadcrumb home; a tab is a page load", async () => {
    await visit(page, 'https://learning.edx.org/course/course-v1:MITx+6.431x+2T2025/home');
    const hint = page.locator(HINT);
    expect(await hint.getAttribute('data-kind')).toBe('course-home');
    await click(page.getByRole('link', { name: 'Unit 1: Lecture 1' }));
    expect([await hint.getAttribute('data-kind'), await hint.getAttribute('data-course')]).toEqual(['unit', '6.431x']);
    await click(page.getByRole('button', { name: 'Next' }));
    expect(page.url()).toMatch(/block@u2$/);
    expect(await hint.getAttribute('data-kind')).toBe('unit');
    const before = await page.evaluate(() => performance.getEntriesByName('mm-companion:checked').length);
    await page.goBack();
    await waitForContentScript(page, before + 1);
    expect(page.url()).toMatch(/block@u1$/);
    await click(page.getByRole('link', { name: 'Course home' }));
    expect(await hint.getAttribute('data-kind')).toBe('course-home');
    // All of it in one document: the page was never reloaded.
    expect(await page.evaluate(() => performance.getEntriesByName('mm-companion:checked').length)).toBe(5);
    // The Progress tab is a plain link: a new page, where the hint is shown afresh.
    await page.getByRole('link', { name: 'Progress' }).click();
    await page.waitForURL(/\/progress$/);
    await waitForContentScript(page);
    expect([await hint.getAttribute('data-kind'), await hint.getAttribute('data-course')]).toEqual([
      'progress',
      '6.431x',
    ]);
  });
});

describe('timing figures (reported, not asserted)', () => {
  it('prints script start to mount for a course home', async () => {
    await visit(page, 'https://learning.edx.org/course/course-v1:MITx+6.431x+2T2025/home');
    const [mounted] = await page.evaluate(() =>
      performance.getEntriesByName('mm-companion:hint-mounted').map((e) => e.duration),
    );
    expect(mounted).toBeTypeOf('number');
    console.log(`hint mounted ${mounted?.toFixed(2)} ms after content-script start`);
  });
});
