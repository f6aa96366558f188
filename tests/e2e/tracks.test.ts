/**
 * Tracks in Chromium, as a learner meets them: set up a General track in the popup (6.419x and 18.6501x
 * beside the core courses), visit 6.419x on MIT's course app with MITx Online's JSON routed to fixtures
 * (tests/fixtures/mitx-online/, modelled on mitodl/mitxonline's serializers), see no 14.310x anywhere, the fees
 * and completion from the track's four courses, a 14.310x page said to be outside the track, and MITx Online's
 * published requirements offered on the options page. Then a learner stored in version 2 (the FAQ's path)
 * swaps 6.419x in from the hint and loses no run.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { HINT, IN_HINT, launchExtension, openPopup, SHOTS, visit, worker, type Launched } from './support/browser';
import { serveEnrollments, serveProgramEnrollments } from './support/edx-api';
import { dayPlus, GENERAL_TRACK, progress, readStored, seed } from './support/state';

const KEY = 'course-v1:MITxT+6.419x+1T2027';
const HOME = `https://courses.learn.mit.edu/learn/course/${KEY}/home`;
const DAY = 86_400_000;
const fixture = (name: string) =>
  JSON.parse(readFileSync(resolve(__dirname, `../fixtures/mitx-online/${name}`), 'utf8')) as unknown;

/** MITx Online's enrolments: the audit fixture's item, as a 6.419x run that started 5 days ago. */
function enrolledIn6419x(): unknown[] {
  const [item] = fixture('enrollments.audit.json') as { run: Record<string, unknown>; [k: string]: unknown }[];
  const run = {
    ...item!.run,
    title: 'Data Analysis: Statistical Modeling and Computation in Applications',
    courseware_id: KEY,
    courseware_url: HOME,
    course_number: '6.419x',
    run_tag: '1T2027',
    start_date: `${dayPlus(-5)}T15:00:00Z`,
    end_date: `${dayPlus(100)}T23:30:00Z`,
    upgrade_deadline: `${dayPlus(30)}T23:59:00Z`,
    course: {
      title: 'Data Analysis: Statistical Modeling and Computation in Applications',
      readable_id: 'course-v1:MITxT+6.419x',
    },
  };
  return [{ ...item, run }];
}

let browser: Launched;
beforeAll(async () => {
  browser = await launchExtension();
});
afterAll(async () => browser?.dispose());

/** A General-track learner who finished setup, with nothing recorded yet (the platform fills it in). */
const generalLearner = () => progress({}, { track: GENERAL_TRACK, onboardedAt: new Date().toISOString() });

/** Opens the 6.419x course home with MITx Online's JSON served, and waits until its reading is shown. */
async function visit6419x(): Promise<Page> {
  // Forget the last reading, so the 30-minute throttle does not apply.
  await (await worker(browser)).evaluate(() => chrome.storage.local.remove('edx-sync'));
  serveEnrollments(browser, { status: 200, body: enrolledIn6419x() });
  serveProgramEnrollments(browser, { status: 200, body: fixture('program-enrollments.settled.json') });
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await visit(page, HOME);
  await expect
    .poll(() => page.locator(`${IN_HINT}[data-testid=status-pill]`).textContent(), { timeout: 15_000 })
    .toBe('Enrolled in audit, can still upgrade');
  return page;
}

/** The date the popup prints, as lib/format.ts formats it (the browser's language, here en-US). */
const shown = (ms: number) =>
  new Intl.DateTimeFormat('en-US', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(ms);

describe('a General-track learner', () => {
  it('set up in the popup: the track named, no 14.310x anywhere, fees and completion from their four courses', async () => {
    const popup = await openPopup(browser);
    await popup.getByLabel('Track', { exact: true }).selectOption('general');
    await popup.getByLabel(/^6\.419x Data Analysis/).check();
    await popup.getByLabel('Course', { exact: true }).selectOption('6.419x');
    await popup.getByLabel('Its run started on').fill(dayPlus(-5));
    await popup.getByLabel('Its run started on').blur();
    const before = Date.now();
    await popup.getByRole('button', { name: 'Save my plan' }).click();
    await popup.getByTestId('popup-track').waitFor();
    expect(await popup.getByTestId('popup-track').textContent()).toBe(
      'Your track: General · 6.431x, 6.86x, 18.6501x, 6.419x',
    );
    const text = (await popup.locator('body').textContent()) ?? '';
    expect(text).not.toMatch(/14\.310/);
    expect(
      await popup.locator('[data-testid=track] li').evaluateAll((li) => li.map((l) => l.getAttribute('data-step'))),
    ).toEqual(['6.431x', '6.86x', '18.6501x', '6.419x', 'DS.CFx']);
    expect(await popup.locator('[data-step="6.419x"] [data-testid=step-role]').textContent()).toBe('Track course');
    expect(await popup.getByTestId('summary-money').textContent()).toBe('US $0 paid, US $1,500 to go, of US $1,500');
    // Four courses one after the other (no 14.310x to run alongside): 4 × 13 to 4 × 16 weeks from today.
    const finish = (await popup.getByTestId('summary-finish').textContent()) ?? '';
    const earliest = [before, Date.now()].map((t) => shown(t + 52 * 7 * DAY));
    const latest = [before, Date.now()].map((t) => shown(t + 64 * 7 * DAY));
    expect(earliest.some((d) => finish.includes(d)) && latest.some((d) => finish.includes(d))).toBe(true);
    // 6.419x's own deadline is the one to act on: the program's four weeks from its start.
    expect(await popup.getByTestId('next-deadline').textContent()).toMatch(/Program target.*in 23 days/);
    const stored = await readStored(browser);
    expect(stored.progress.track).toMatchObject({ name: 'general', courses: ['18.6501x', '6.419x'], by: 'learner' });
    await popup.close();
  });

  it('on 6.419x: a track course of the General track, its MITx Online dates; screenshots of the hint and the popup', async () => {
    await seed(browser, generalLearner());
    const page = await visit6419x();
    const hint = (part: string) => page.locator(`${IN_HINT}${part}`);
    expect(await page.locator(HINT).getAttribute('data-step')).toBe('6.419x');
    expect(await hint('[data-testid=hint-step]').textContent()).toBe(
      'Track course of your General track, MITx MicroMasters in Statistics and Data Science',
    );
    const body = (await hint('[data-testid=hint]').textContent()) ?? '';
    expect(body).not.toMatch(/14\.310|Recommended order|Step \d/);
    expect(await hint('[data-testid=deadlines] li').count()).toBe(2);
    expect(await hint('[data-testid=deadlines]').textContent()).toMatch(/MITx Online payment deadline.*in 30 days/);
    expect(await axeViolations(page, HINT)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/hint-general-6419x.png`, clip: { x: 0, y: 0, width: 1280, height: 560 } });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({
      path: `${SHOTS}/hint-general-6419x-dark.png`,
      clip: { x: 0, y: 0, width: 1280, height: 560 },
    });

    // The popup, with this tab's course in place.
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await openPopup(browser, { scheme, activeTab: page });
      expect(await popup.getByTestId('highlight-reason').textContent()).toBe(
        'Highlighted: 6.419x Data Analysis: Statistical Modeling and Computation in Applications, the course in this tab',
      );
      expect(await popup.locator('.steps [aria-current=step]').getAttribute('data-step')).toBe('6.419x');
      expect(await popup.locator('[data-step="6.419x"] [data-testid=status-pill]').textContent()).toBe(
        'Enrolled in audit, can still upgrade',
      );
      expect((await popup.locator('body').textContent()) ?? '').not.toMatch(/14\.310/);
      expect(await axeViolations(popup, 'body')).toEqual([]);
      await popup.screenshot({ path: `${SHOTS}/popup-general-${scheme}.png`, fullPage: true });
      await popup.close();
    }
    await page.close();
  });

  it('a 14.310x page is outside the track, said plainly, with no swap the General track allows; screenshot', async () => {
    await seed(browser, generalLearner());
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await visit(page, 'https://learning.edx.org/course/course-v1:MITx+14.310x+1T2027/home');
    const hint = (part: string) => page.locator(`${IN_HINT}${part}`);
    await expect.poll(() => hint('[data-testid=hint-step]').textContent()).toBe('14.310x is not in your track');
    expect(await hint('[data-testid=outside-body]').textContent()).toBe(
      'Your General track counts 6.431x, 6.86x, 18.6501x and 6.419x. A certificate in this course does not count toward it.',
    );
    expect(await hint('[data-testid=outside-no-swap]').textContent()).toMatch(
      /The General track does not include 14\.310x/,
    );
    expect(await hint('button[data-action]').count()).toBe(0);
    expect(await axeViolations(page, HINT)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/hint-outside-track.png`, clip: { x: 0, y: 0, width: 1280, height: 480 } });
    await page.close();
  });

  it("the options page offers MITx Online's published courses with their source, and says they match", async () => {
    await seed(browser, generalLearner());
    await (await visit6419x()).close();
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Your track' }).waitFor();
    await expect
      .poll(() => options.getByTestId('track-suggestion').textContent(), { timeout: 10_000 })
      .toMatch(
        /MITx Online lists your program “Statistics and Data Science \(General Track\)”.*with 18\.6501x and 6\.419x.*Your track matches/,
      );
    expect(await options.getByLabel('Track', { exact: true }).inputValue()).toBe('general');
    expect(await axeViolations(options, 'body')).toEqual([]);
    await options.close();
  });
});

describe('a learner stored before tracks existed', () => {
  it("keeps the FAQ's path; on 6.419x the hint offers to swap it in, and no run is lost", async () => {
    const sw = await worker(browser);
    const now = new Date().toISOString();
    const stats = {
      id: 'stats',
      course: '18.6501x',
      runKey: 'course-v1:MITx+18.6501x+1T2026',
      facts: { mode: { edx: { value: 'verified', at: now } }, status: { learner: { value: 'not-passed', at: now } } },
      addedAt: now,
    };
    // Version 2 as it was stored: steps '1' to '5', the FAQ's order.
    const v2 = {
      version: 2,
      steps: { '1': { runs: [] }, '2': { runs: [] }, '3': { runs: [stats] }, '4': { runs: [] }, '5': { runs: [] } },
      fired: {},
      onboardedAt: now,
      updatedAt: now,
    };
    await sw.evaluate(async (p) => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set({ progress: p });
      await chrome.storage.sync.set({ settings: { version: 2, touched: Date.now() } });
    }, v2);
    const page = await browser.context.newPage();
    await visit(page, 'https://learning.edx.org/course/course-v1:MITx+6.419x+1T2027/home');
    const hint = (part: string) => page.locator(`${IN_HINT}${part}`);
    await expect
      .poll(() => hint('[data-testid=hint-step]').textContent(), { timeout: 10_000 })
      .toBe('6.419x is not in your track');
    expect(await hint('[data-testid=outside-body]').textContent()).toMatch(
      /Your Social Sciences track counts 6\.431x, 6\.86x, 14\.310x and 18\.6501x/,
    );
    // 14.310x stays (the Social Sciences tracks include it): the one swap is for 18.6501x.
    expect(await hint('button[data-swap]').evaluateAll((b) => b.map((x) => x.getAttribute('data-swap')))).toEqual([
      '18.6501x',
    ]);
    await hint('button[data-swap="18.6501x"]').click();
    await expect
      .poll(() => hint('[data-testid=hint-step]').textContent(), { timeout: 10_000 })
      .toBe('Track course of your Social Sciences track, MITx MicroMasters in Statistics and Data Science');
    const stored = await readStored(browser);
    expect(stored.progress.version).toBe(3);
    expect(stored.progress.track).toMatchObject({
      name: 'social-sciences',
      courses: ['14.310x', '6.419x'],
      by: 'learner',
    });
    // The 18.6501x run, outside the track now, is kept, and the options page still lists it.
    expect(stored.progress.steps['18.6501x'].runs.map((r: { id: string }) => r.id)).toEqual(['stats']);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect
      .poll(() => options.locator('article[data-step="18.6501x"] h3').textContent(), { timeout: 10_000 })
      .toBe('Not in your track, 18.6501x Fundamentals of Statistics: Not passed');
    await options.close();
    await page.close();
  });
});
