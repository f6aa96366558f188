/**
 * MITx Online and MIT Learn in Chromium, every host routed to fixtures modelled on their real markup and
 * JSON (tests/fixtures/pages/learning.html, mitxonline-product.html, learn-app.html; tests/fixtures/
 * mitx-online/): an audit learner in 6.431x 3T2026 before the payment deadline, a verified learner with a
 * grade, a signed-out learner, a malformed body; in-app navigation on learn.mit.edu and in the course app;
 * the popup for a MITx Online tab; and a request log: GET only, to the platforms' hosts only.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import {
  HINT,
  IN_HINT,
  launchExtension,
  SHOTS,
  scriptRunsAt,
  visit,
  waitForContentScript,
  worker,
  type Launched,
} from './support/browser';
import { MITX_ENROLLMENTS, MITX_PROGRAM_ENROLLMENTS, serveEnrollments, serveStatus } from './support/edx-api';
import { dayPlus, readStored } from './support/state';

const KEY = 'course-v1:MITxT+6.431x+3T2026';
const HOME = `https://courses.learn.mit.edu/learn/course/${KEY}/home`;
const hint = (page: Page, part: string) => page.locator(`${IN_HINT}${part}`);

/** MITx Online's enrolments, with the run's dates moved to today: started 10 days ago, pay by in 21 days. */
function enrollments(name: 'audit' | 'verified'): unknown[] {
  const list = JSON.parse(
    readFileSync(resolve(__dirname, `../fixtures/mitx-online/enrollments.${name}.json`), 'utf8'),
  ) as { run: Record<string, unknown> }[];
  for (const item of list) {
    if (item.run.courseware_id !== KEY) continue;
    Object.assign(item.run, {
      start_date: `${dayPlus(-10)}T15:00:00Z`,
      end_date: `${dayPlus(90)}T23:30:00Z`,
      upgrade_deadline: `${dayPlus(21)}T23:59:00Z`,
    });
  }
  return list;
}

let browser: Launched;
let page: Page;
beforeAll(async () => {
  browser = await launchExtension();
});
afterAll(async () => browser?.dispose());
beforeEach(async () => {
  // A fresh reading for every test: forget the last one, so the 30-minute throttle does not apply.
  await (await worker(browser)).evaluate(() => chrome.storage.local.clear());
  page = await browser.context.newPage();
});

/** Opens the course home and waits until the background has read the platform for this run. */
async function visitAndRead(url: string): Promise<void> {
  const sw = await worker(browser);
  const since = await sw.evaluate(() => Date.now());
  await visit(page, url);
  await expect
    .poll(
      () =>
        sw.evaluate(
          async ([key, t]) =>
            (((await chrome.storage.local.get('edx-sync'))['edx-sync'] as Record<string, { at: number }> | undefined)?.[
              key
            ]?.at ?? 0) >= t,
          [KEY, since] as const,
        ),
      { timeout: 15_000 },
    )
    .toBe(true);
}

describe('a MITx Online course page', () => {
  it("an audit learner before the payment deadline: both dates labelled in MITx Online's words, its price, its source; GET only; screenshot", async () => {
    const from = browser.routes.requests.length;
    serveEnrollments(browser, { status: 200, body: enrollments('audit') });
    await visitAndRead(HOME);
    await expect
      .poll(() => hint(page, '[data-testid=status-pill]').textContent(), { timeout: 10_000 })
      .toBe('Enrolled in audit, can still upgrade');
    expect(await hint(page, '[data-testid=hint-platform]').textContent()).toBe('on MITx Online');
    expect(await hint(page, '[data-testid=status-source]').textContent()).toMatch(
      /^from MITx Online, (this minute|now|\d+ minutes? ago)$/,
    );
    const rows = hint(page, '[data-testid=deadlines] li');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toMatch(
      /Program target: pay and verify within 4 weeks of the start.*in 18 days · Act by this date.*start date from MITx Online/,
    );
    expect(await rows.nth(1).textContent()).toMatch(/MITx Online payment deadline.*in 21 days.*from MITx Online/);
    expect(await hint(page, '[data-testid=dates-differ]').textContent()).toMatch(
      /MITx Online’s payment deadline differ/,
    );
    expect(await hint(page, '[data-testid=price]').textContent()).toBe('Upgrade price: $300, from MITx Online.');
    await page.screenshot({
      path: `${SHOTS}/hint-mitx-course-home.png`,
      clip: { x: 0, y: 0, width: 1280, height: 520 },
    });
    // What this visit asked for: the page, then MIT's course-app JSON and MITx Online's enrolments (of runs, and
    // of programs, whose requirements may suggest a track), GET only.
    const requests = browser.routes.requests.slice(from);
    console.log(`requests for one visit:\n${requests.map((r) => `  ${r.method} ${r.url}`).join('\n')}`);
    expect(requests.every((r) => r.method === 'GET')).toBe(true);
    expect(new Set(requests.map((r) => new URL(r.url).hostname))).toEqual(
      new Set(['courses.learn.mit.edu', 'mitxonline.mit.edu']),
    );
    expect(requests.filter((r) => r.url.startsWith('https://mitxonline.mit.edu/')).map((r) => r.url)).toEqual([
      MITX_ENROLLMENTS,
      MITX_PROGRAM_ENROLLMENTS,
    ]);
    expect(requests.some((r) => r.url === `https://courses.learn.mit.edu/api/courseware/course/${KEY}`)).toBe(true);
    expect(await axeViolations(page, HINT)).toEqual([]);
    await page.close();
  });

  it('a verified learner with a grade: verified in progress, the grade in the popup', async () => {
    serveEnrollments(browser, { status: 200, body: enrollments('verified') });
    await visitAndRead(HOME);
    await expect
      .poll(() => hint(page, '[data-testid=status-pill]').textContent(), { timeout: 10_000 })
      .toBe('Verified, in progress');
    expect(await hint(page, '[data-testid=price]').count()).toBe(0);
    const popup = await browser.context.newPage();
    await page.bringToFront();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.waitForFunction(() => performance.getEntriesByName('mm-companion:popup-rendered').length > 0);
    // A learner who never set up: the popup asks first; they skip it.
    await popup.getByRole('button', { name: 'Skip for now' }).click();
    expect(await popup.getByTestId('highlight-reason').textContent()).toBe(
      'Highlighted: 6.431x Probability - The Science of Uncertainty and Data, the course in this tab',
    );
    expect(await popup.locator('[data-step="6.431x"] .step__facts').textContent()).toMatch(
      /run 3T2026 · .*grade 72% · from MITx Online/,
    );
    await popup.close();
    await page.close();
  });

  it('signed out: says MITx Online could not be read, and why', async () => {
    serveEnrollments(browser, { status: 401, body: { detail: 'Authentication credentials were not provided.' } });
    serveStatus(browser, KEY, 401);
    await visitAndRead(HOME);
    await expect
      .poll(() => hint(page, '[data-testid=sync-failed]').textContent(), { timeout: 10_000 })
      .toBe('Could not read MITx Online just now (not signed in, or not enrolled): showing what was known.');
    await page.close();
  });

  it('a malformed body keeps the last good data and says so', async () => {
    serveEnrollments(browser, { status: 200, body: enrollments('audit') });
    await visitAndRead(HOME);
    await expect
      .poll(() => hint(page, '[data-testid=status-pill]').textContent(), { timeout: 10_000 })
      .toBe('Enrolled in audit, can still upgrade');
    serveEnrollments(browser, { status: 200, body: '{"results": [' });
    await page.locator(`${IN_HINT}section`).getByRole('button', { name: 'Options' }).waitFor();
    // The learner asks for a fresh reading (the popup's "Refresh"), which finds the body malformed.
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByRole('button', { name: 'Refresh from edX and MITx Online' }).click();
    await expect
      .poll(() => hint(page, '[data-testid=sync-failed]').textContent(), { timeout: 10_000 })
      .toMatch(/^Could not read MITx Online just now/);
    expect(await hint(page, '[data-testid=status-pill]').textContent()).toBe('Enrolled in audit, can still upgrade');
    expect(await hint(page, '[data-kind=edx-upgrade]').textContent()).toMatch(
      /MITx Online payment deadline.*in 21 days/,
    );
    await popup.close();
    await page.close();
  });

  it("follows the course app's in-app navigation", async () => {
    serveEnrollments(browser, { status: 200, body: enrollments('audit') });
    await visit(page, HOME);
    await page.getByRole('link', { name: 'Unit 1: Lecture 1' }).click();
    await waitForContentScript(page, 2);
    await expect.poll(() => page.locator(HINT).getAttribute('data-kind')).toBe('unit');
    expect(page.url()).toMatch(
      new RegExp(`^https://courses\\.learn\\.mit\\.edu/learn/course/${KEY.replace(/[+.]/g, '\\$&')}/block-v1:`),
    );
    // Still after MIT's header, which the app built again on the route change.
    expect(
      await page.evaluate(
        (tag) => document.querySelector(tag)?.previousElementSibling?.matches('header.learning-header'),
        HINT,
      ),
    ).toBe(true);
    await page.close();
  });
});

describe('MIT Learn and MITx Online pages', () => {
  it('learn.mit.edu product pages, followed through in-app navigation to another SDS course and away; screenshot', async () => {
    await visit(page, 'https://learn.mit.edu/courses/course-v1:MITxT+6.431x');
    await expect.poll(() => page.locator(HINT).getAttribute('data-course')).toBe('6.431x');
    expect(await page.locator(HINT).getAttribute('data-kind')).toBe('product');
    expect(await hint(page, '[data-testid=hint-platform]').textContent()).toBe('on MITx Online');
    expect(await hint(page, '[data-testid=price]').textContent()).toBe(
      'Upgrade price: $300, the program’s figure (MITx Online did not give one).',
    );
    // Placed by the page's own landmark: right after the banner's top container.
    expect(
      await page.evaluate(
        (tag) => document.querySelector(tag)?.previousElementSibling?.getAttribute('data-testid'),
        HINT,
      ),
    ).toBe('banner-container');
    await page.screenshot({ path: `${SHOTS}/hint-learn-product.png`, clip: { x: 0, y: 0, width: 1280, height: 600 } });
    // A mark here has no run key: the run it records is a MITx Online run.
    await page.locator(`${IN_HINT}section`).getByRole('button', { name: 'I enrolled (audit)' }).click();
    await expect
      .poll(async () => (await readStored(browser)).progress.steps['6.431x'].runs)
      .toMatchObject([{ course: '6.431x', platform: 'mitxonline' }]);
    expect(await hint(page, '[data-testid=status-source]').textContent()).toBe('entered by you');
    expect(await hint(page, '[data-testid=hint-platform]').textContent()).toBe('on MITx Online');
    await page.getByRole('link', { name: 'Fundamentals of Statistics' }).click();
    await waitForContentScript(page, 2);
    await expect.poll(() => page.locator(HINT).getAttribute('data-course')).toBe('18.6501x');
    await page.getByRole('link', { name: 'Microeconomics' }).click();
    await expect.poll(() => page.locator(HINT).count()).toBe(0);
    await page.goBack();
    await expect.poll(() => page.locator(HINT).getAttribute('data-course')).toBe('18.6501x');
    await page.close();
  });

  it('the MITx Online about page of 14.310x, placed after its title', async () => {
    await visit(page, 'https://mitxonline.mit.edu/courses/course-v1:MITxT+14.310x/');
    await expect.poll(() => page.locator(HINT).getAttribute('data-course')).toBe('14.310x');
    expect(await page.evaluate((tag) => document.querySelector(tag)?.previousElementSibling?.tagName, HINT)).toBe('H1');
    expect(await page.evaluate((tag) => document.querySelector(tag)?.closest('#product-details') !== null, HINT)).toBe(
      true,
    );
    await page.close();
  });

  it('the MIT Learn dashboard shows the program overview, first in its tab panel', async () => {
    await visit(page, 'https://learn.mit.edu/dashboard');
    await expect.poll(() => page.locator(HINT).getAttribute('data-kind')).toBe('dashboard');
    expect(await page.evaluate((tag) => document.querySelector(tag)?.parentElement?.getAttribute('role'), HINT)).toBe(
      'tabpanel',
    );
    await page.close();
  });

  it('silent on other courses of those hosts; on the course app, with no script at all', async () => {
    for (const url of [
      'https://learn.mit.edu/courses/course-v1:MITxT+14.100x',
      'https://mitxonline.mit.edu/courses/course-v1:MITxT+14.100x/',
    ]) {
      await visit(page, url);
      expect(await page.locator(HINT).count(), url).toBe(0);
    }
    // The course app moves to another course only by a page load: the script is registered for SDS keys only.
    expect(
      await scriptRunsAt(page, 'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+JPAL102x+3T2026/home'),
    ).toBe(false);
    expect(await page.locator(HINT).count()).toBe(0);
    await page.close();
  });
});
