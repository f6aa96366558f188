/**
 * The hint on the course app as it really behaves (tests/fixtures/pages/learning.html): in its place after
 * the header through every in-app route change, where the app builds header, main and footer again; one
 * line on unit pages, opened on demand and remembered per course across a reload; the deadline within 3
 * days never hidden; keyboard reachable; screenshots of home and unit, light and dark, two window sizes.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import {
  exposeHint,
  HINT,
  IN_HINT,
  launchExtension,
  SHOTS,
  visit,
  waitForContentScript,
  type Launched,
} from './support/browser';
import { dayPlus, fromEdx, progress, readFromEdxJustNow, readStored, seed } from './support/state';

const EDX_KEY = 'course-v1:MITx+6.431x+3T2026';
const MIT_KEY = 'course-v1:MITxT+6.431x+1T2027';
const HOMES = {
  'learning.edx.org': `https://learning.edx.org/course/${EDX_KEY}/home`,
  'courses.learn.mit.edu': `https://courses.learn.mit.edu/learn/course/${MIT_KEY}/home`,
} as const;

// 6.431x in audit, started 26 days ago: the four-week target is in 2 days (urgent).
const learner = () =>
  progress({
    '6.431x': [
      {
        id: 'edx-run',
        course: '6.431x',
        runKey: EDX_KEY,
        facts: {
          start: fromEdx(`${dayPlus(-26)}T15:00:00Z`),
          mode: fromEdx('audit'),
          upgradeDeadline: fromEdx(`${dayPlus(40)}T23:59:00Z`),
        },
      },
    ],
  });

let browser: Launched;
let page: Page;
beforeAll(async () => {
  browser = await launchExtension();
});
afterAll(async () => browser?.dispose());
beforeEach(async () => {
  await readFromEdxJustNow(browser, [EDX_KEY, MIT_KEY]);
  await seed(browser, learner());
  page = await browser.context.newPage();
});

/** Where the hint is: right after the header and before main, and how many there are. */
const place = (p: Page) =>
  p.evaluate((tag) => {
    const hosts = document.querySelectorAll(tag);
    const host = hosts[0];
    return {
      count: hosts.length,
      afterHeader: !!host?.previousElementSibling?.matches('header.learning-header'),
      beforeMain: host?.nextElementSibling?.tagName === 'MAIN',
    };
  }, HINT);

/** Clicks an in-app control and waits until the content script has looked at the new URL. */
async function inApp(p: Page, click: () => Promise<void>): Promise<void> {
  const before = await p.evaluate(() => performance.getEntriesByName('mm-companion:checked').length);
  await click();
  await waitForContentScript(p, before + 1);
}

const hintHeight = (p: Page) =>
  p.evaluate((tag) => document.querySelector(tag)?.getBoundingClientRect().height ?? -1, HINT);

describe.each(Object.entries(HOMES))('on %s', (_, home) => {
  it('stays after the header, exactly once, through outline → unit → Next → Back → home', async () => {
    await visit(page, home);
    const seen = [await place(page)];
    await inApp(page, () => page.getByRole('link', { name: 'Unit 1: Lecture 1' }).click());
    seen.push(await place(page));
    await inApp(page, () => page.getByRole('button', { name: 'Next' }).click());
    seen.push(await place(page));
    await inApp(page, () => page.goBack().then(() => undefined));
    seen.push(await place(page));
    await inApp(page, () => page.getByRole('link', { name: 'Course home' }).click());
    seen.push(await place(page));
    expect(seen).toEqual(Array(5).fill({ count: 1, afterHeader: true, beforeMain: true }));
    await page.close();
  });
});

describe('in proportion to the page', () => {
  it('one line on a unit page, at most 48 px tall at 1280×800, with the urgent deadline in it', async () => {
    await visit(page, HOMES['learning.edx.org']);
    const homeHeight = await hintHeight(page);
    await inApp(page, () => page.getByRole('link', { name: 'Unit 1: Lecture 1' }).click());
    await expect.poll(() => page.locator(`${IN_HINT}[data-compact]`).count()).toBe(1);
    const unitHeight = await hintHeight(page);
    console.log(
      `hint height at 1280×800: course home ${homeHeight.toFixed(1)} px, unit page ${unitHeight.toFixed(1)} px`,
    );
    expect(unitHeight).toBeLessThanOrEqual(48);
    expect(await page.locator(`${IN_HINT}[data-testid=hint-step]`).textContent()).toBe('Step 1 of 5');
    expect(await page.locator(`${IN_HINT}[data-testid=status-pill]`).textContent()).toBe(
      'Enrolled in audit, can still upgrade',
    );
    const deadline = page.locator(`${IN_HINT}[data-testid=compact-deadline]`);
    expect(await deadline.textContent()).toMatch(/^Pay and verify by .+ \(in 2 days\)$/);
    expect(await deadline.getAttribute('class')).toMatch(/deadline--urgent/);
    expect(await deadline.isVisible()).toBe(true);
    // The unit's own title is on the first screen.
    expect(
      await page.evaluate(() => document.querySelector('.unit-title')?.getBoundingClientRect().bottom ?? 999),
    ).toBeLessThan(400);
    expect(await axeViolations(page, HINT)).toEqual([]);
    await page.close();
  });

  it('opens on demand, by keyboard too, and the choice is remembered for this course across a reload', async () => {
    await visit(page, HOMES['learning.edx.org']);
    await inApp(page, () => page.getByRole('link', { name: 'Unit 1: Lecture 1' }).click());
    const open = page.locator(`${IN_HINT}section`).getByRole('button', { name: 'Open' });
    expect(await open.getAttribute('aria-expanded')).toBe('false');
    await open.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`${IN_HINT}[data-compact]`).count()).toBe(0);
    expect(await page.locator(`${IN_HINT}[data-testid=deadlines] li`).count()).toBe(2);
    await expect.poll(async () => (await readStored(browser)).settings.hints.openOnUnits).toEqual(['6.431x']);
    await page.reload();
    await waitForContentScript(page);
    expect(await page.locator(`${IN_HINT}[data-compact]`).count()).toBe(0);
    expect(
      await page.locator(`${IN_HINT}section`).getByRole('button', { name: 'Collapse' }).getAttribute('aria-expanded'),
    ).toBe('true');
    // Back to one line, remembered too.
    await page.locator(`${IN_HINT}section`).getByRole('button', { name: 'Collapse' }).click();
    await expect.poll(async () => (await readStored(browser)).settings.hints.openOnUnits).toEqual([]);
    await page.reload();
    await waitForContentScript(page);
    expect(await page.locator(`${IN_HINT}[data-compact]`).count()).toBe(1);
    // The course home keeps the full panel whatever the unit pages show.
    await inApp(page, () => page.getByRole('link', { name: 'Course home' }).click());
    expect(await page.locator(`${IN_HINT}[data-testid=deadlines]`).count()).toBe(1);
    await page.close();
  });
});

describe('screenshots of what a learner sees', () => {
  it.each([
    ['light', 1280, 800],
    ['dark', 1280, 800],
    ['light', 1024, 768],
    ['dark', 1024, 768],
  ] as const)('course home and unit page, %s, %i×%i, compact and open; screenshot', async (scheme, width, height) => {
    const b = await launchExtension({ colorScheme: scheme });
    try {
      await readFromEdxJustNow(b, [EDX_KEY]);
      await seed(b, learner());
      const p = await b.context.newPage();
      await p.setViewportSize({ width, height });
      await visit(p, HOMES['learning.edx.org']);
      await p.screenshot({ path: `${SHOTS}/course-home-${scheme}-${width}.png` });
      await inApp(p, () => p.getByRole('link', { name: 'Unit 1: Lecture 1' }).click());
      await exposeHint(p);
      await p.screenshot({ path: `${SHOTS}/unit-compact-${scheme}-${width}.png` });
      await p.locator(`${IN_HINT}section`).getByRole('button', { name: 'Open' }).click();
      await expect.poll(() => p.locator(`${IN_HINT}[data-compact]`).count()).toBe(0);
      await p.screenshot({ path: `${SHOTS}/unit-open-${scheme}-${width}.png` });
      expect(await axeViolations(p, HINT)).toEqual([]);
    } finally {
      await b.dispose();
    }
  });
});

describe('a look the learner leaves', () => {
  it('a page whose landmark never renders, left within the wait for it: no hint appears for the page left', async () => {
    // The router waits up to 1.5 s for a landmark; a navigation meanwhile aborts that look.
    const sds = 'https://learning.edx.org/course/course-v1:MITx+18.6501x+1T2027/progress';
    browser.routes.page(sds, { template: 'bare', vars: { title: 'Progress', body: 'No known header yet.' } });
    await page.goto(sds);
    await page.waitForFunction(() => performance.getEntriesByName('mm-companion:imported').length > 0);
    // By now the look has read the summary and is waiting for the landmark (it waits 1.5 s at most).
    await page.waitForTimeout(500);
    expect(await page.locator(HINT).count()).toBe(0);
    await page.evaluate(() => history.pushState({}, '', '/course/course-v1:MITx+6.00.1x+3T2026/home'));
    await waitForContentScript(page, 1);
    // Past the landmark wait: the first look would have put a floating hint by now.
    await page.waitForTimeout(2_000);
    expect(await page.locator(HINT).count()).toBe(0);
    expect(await page.evaluate(() => performance.getEntriesByName('mm-companion:checked').length)).toBe(1);
    await page.close();
  });
});
