/**
 * The hint in Firefox ESR: on SDS course pages of edX and of MIT's course app, silent elsewhere, following
 * the course app's in-app navigation both ways, and its buttons. (tests/e2e/hint.test.ts does the same in
 * Chromium, on the same fixtures.)
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exposeHints,
  hintElement,
  HINT,
  inHint,
  launchFirefox,
  nextLook,
  visit,
  type Firefox,
} from './support/firefox';

let ff: Firefox;
let page: Page;
beforeAll(async () => {
  ff = await launchFirefox();
  page = await ff.newPage();
});
afterAll(async () => ff?.dispose());

const hints = () => page.evaluate((tag) => document.querySelectorAll(tag).length, HINT);

describe('the hint in Firefox', () => {
  it.each([
    ['an edX course home', 'https://learning.edx.org/course/course-v1:MITx+6.431x+3T2026/home', 'Step 1 of 5'],
    [
      "MIT's course app (a MITx Online run)",
      'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+14.310x+3T2026/home',
      'Step 2 of 5',
    ],
  ])('on %s: the course, its step and its platform', async (_, url, step) => {
    await visit(page, url);
    expect(await hints()).toBe(1);
    expect(await inHint(page, '[data-testid=hint-step]')).toMatch(new RegExp(`^${step}`));
  });

  it.each([
    ['an encoded key', 'https://learning.edx.org/course/course-v1%3AMITx%2B18.6501x%2B1T2026/dates', '18.6501x'],
    ['a lower-case key', 'https://learning.edx.org/course/course-v1:mitx+ds.cfx+1T2026/home?x=1#top', 'DS.CFx'],
    ['an old slash key on the LMS', 'https://courses.edx.org/courses/MITx/6.041x_3/2T2016/info/', '6.041x'],
    [
      "the older host of MIT's course app",
      'https://courses.mitxonline.mit.edu/learn/course/course-v1:MITxT+14.310Fx+2T2026/block-v1:MITxT+14.310Fx+2T2026+type@sequential+block@exam',
      '14.310Fx',
    ],
  ])('on %s: registered, and the hint names the course', async (_, url, course) => {
    await visit(page, url);
    expect(await page.evaluate((tag) => document.querySelector(tag)?.getAttribute('data-course'), HINT)).toBe(course);
  });

  it('no script at all on a course outside the program', async () => {
    await page.goto('https://learning.edx.org/course/course-v1:MITx+6.00.1x+2T2026/home', { waitUntil: 'load' });
    expect(await page.evaluate(() => performance.getEntriesByName('mm-companion:started').length)).toBe(0);
    expect(await hints()).toBe(0);
  });

  it("the tab's course, for the popup: its content script answers on an SDS page; no script answers on another course", async () => {
    // What the popup does, from an add-on page: ask every tab (no `tabs` permission, so no addresses).
    const courses = () =>
      ff.inExtension(async () => {
        const tabs = await browser.tabs.query({});
        const answers = await Promise.all(
          tabs.map((tab) =>
            browser.tabs.sendMessage(tab.id ?? -1, { mmc: 1, question: 'tabPage' }).then(
              (page) => (page as { course?: string } | null)?.course ?? null,
              () => 'no receiver',
            ),
          ),
        );
        return answers;
      }, undefined);
    await visit(page, 'https://learning.edx.org/course/course-v1:MITx+6.86x+3T2026/home');
    await expect.poll(courses).toContain('6.86x');
    await page.goto('https://learning.edx.org/course/course-v1:MITx+6.00.1x+2T2026/home', { waitUntil: 'load' });
    await expect.poll(courses).not.toContain('6.86x');
    // The add-on page that asked opened in front: this tab must be in front again, or Firefox holds its
    // animation frames (and so the hint) back.
    await page.bringToFront();
  });

  it('silent on an edX search page, where the script runs', async () => {
    await visit(page, 'https://www.edx.org/search?q=statistics');
    expect(await hints()).toBe(0);
    expect(await exposeHints(page)).toBe(0);
  });
});

describe("the course app's in-app navigation, and the hint's buttons", () => {
  const KEY = 'course-v1:MITx+6.431x+3T2026';
  const attr = (name: string) =>
    page.evaluate((tag, n) => document.querySelector(tag)?.getAttribute(n) ?? null, HINT, name);

  it("forward by the outline's link and the Next button, back by history: the hint follows without a reload", async () => {
    await visit(page, `https://learning.edx.org/course/${KEY}/home`);
    const loaded = await page.evaluate(() => performance.timeOrigin);
    await nextLook(page, () => page.click('.course-outline-tab a[data-in-app]'));
    expect(await attr('data-kind')).toBe('unit');
    expect(await page.$eval('h1.unit-title', (h) => h.textContent)).toBe('Unit 1: Lecture 1');
    await nextLook(page, () => page.click('button.next-btn'));
    expect(await page.$eval('h1.unit-title', (h) => h.textContent)).toBe('Unit 2: Lecture 2');
    expect(await attr('data-kind')).toBe('unit');
    await nextLook(page, () => page.evaluate(() => history.back()));
    await nextLook(page, () => page.evaluate(() => history.back()));
    expect(new URL(page.url()).pathname).toBe(`/course/${KEY}/home`);
    expect(await attr('data-kind')).toBe('course-home');
    expect(await inHint(page, '[data-testid=hint-step]')).toMatch(/^Step 1 of 5/);
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(loaded);
    await nextLook(page, () =>
      page.evaluate(() => history.pushState({}, '', '/course/course-v1:MITx+6.00.1x+1T2027/home')),
    );
    expect(await hints()).toBe(0);
  });

  it('"I upgraded to verified" and collapse go through the background and the hint follows', async () => {
    await visit(page, `https://learning.edx.org/course/${KEY}/home`);
    await (await hintElement(page, 'button[data-action=verified]')).click();
    await page.waitForFunction(
      (tag) =>
        document.querySelector(tag)?.shadowRoot?.querySelector('[data-testid=status-pill]')?.textContent ===
        'Verified, in progress',
      {},
      HINT,
    );
    const stored = await ff.inExtension(async () => (await browser.storage.local.get('progress')).progress, undefined);
    expect(JSON.stringify(stored)).toContain('"verified"');
    await (await hintElement(page, 'button[aria-expanded=true]')).click();
    await page.waitForFunction(
      (tag) => !document.querySelector(tag)?.shadowRoot?.querySelector('[data-testid=deadlines], [data-testid=track]'),
      {},
      HINT,
    );
    await (await hintElement(page, 'button[aria-expanded=false]')).click();
    await page.waitForFunction(
      (tag) => !!document.querySelector(tag)?.shadowRoot?.querySelector('[data-testid=track]'),
      {},
      HINT,
    );
  });
});
