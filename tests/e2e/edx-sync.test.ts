/**
 * Reading edX in Chromium: courses.edx.org is routed to fixtures for each learner situation; every request
 * the browser makes is recorded, and only edX API URLs (and the edX page itself) may appear, all with GET.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveRun } from './support/edx-api';
import { IN_HINT, launchExtension, visit, worker, type Launched } from './support/browser';
import type { StepId } from '../../lib/catalog';
import { progress, readStored, seed } from './support/state';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(resolve(__dirname, `../fixtures/edx/${name}.json`), 'utf8'));

const API = 'https://courses.edx.org/api';
const serve = serveRun;

let browser: Launched;
let page: Page;
beforeAll(async () => {
  browser = await launchExtension();
});
afterAll(async () => browser?.dispose());

async function visitAndSync(url: string, runKey: string): Promise<void> {
  page = await browser.context.newPage();
  const sw = await worker(browser);
  const before = await sw.evaluate(() => Date.now());
  await visit(page, url);
  await expect
    .poll(
      () =>
        sw.evaluate(
          async ([key, since]) => {
            const log = (await chrome.storage.local.get('edx-sync'))['edx-sync'] as
              Record<string, { at: number }> | undefined;
            return (log?.[key]?.at ?? 0) >= since;
          },
          [runKey, before] as const,
        ),
      { timeout: 15_000 },
    )
    .toBe(true);
}

const stepOf = async (n: StepId) => (await readStored(browser)).progress.steps[n];

describe('reading edX while the learner browses', () => {
  it('an audit learner before the deadline: mode, dates and edX deadline learned; the hint says so; only edX API GETs', async () => {
    const key = 'course-v1:MITx+6.431x+3T2026';
    await seed(browser, progress({}, { onboardedAt: new Date().toISOString() }));
    serve(browser, key, {
      metadata: { status: 200, body: fixture('metadata.audit') },
      courseware: { status: 200, body: fixture('courseware.audit') },
      dates: { status: 200, body: fixture('dates.audit') },
      progress: { status: 200, body: fixture('progress.audit') },
    });
    const from = browser.routes.requests.length;
    await visitAndSync(`https://learning.edx.org/course/${key}/home`, key);
    const facts = (await stepOf('6.431x')).runs[0]?.facts;
    expect(facts?.mode?.edx?.value).toBe('audit');
    expect(facts?.upgradeDeadline?.edx?.value).toBe('2026-12-22T23:59:00Z');
    expect(facts?.start?.edx?.value).toBe('2026-11-10T15:00:00Z');
    await expect
      .poll(() => page.locator(`${IN_HINT}[data-testid=status-source]`).textContent())
      .toMatch(/^from edX, (this minute|now|\d+ minutes? ago)$/);
    expect(await page.locator(`${IN_HINT}[data-kind=edx-upgrade] [data-testid=deadline-source]`).textContent()).toMatch(
      /^from edX/,
    );
    expect(
      await page.locator(`${IN_HINT}[data-kind=program-target] [data-testid=deadline-source]`).textContent(),
    ).toMatch(/^start date from edX/);

    const requests = browser.routes.requests.slice(from);
    console.log(
      'requests for one visit to a course page:\n' + requests.map((r) => `  ${r.method} ${r.url}`).join('\n'),
    );
    expect(requests.every((r) => r.method === 'GET')).toBe(true);
    const other = requests.filter(
      (r) => !r.url.startsWith(`${API}/`) && r.url !== `https://learning.edx.org/course/${key}/home`,
    );
    expect(other).toEqual([]);
    expect(
      requests
        .filter((r) => r.url.startsWith(`${API}/`))
        .map((r) => r.url.replace(API, ''))
        .sort(),
    ).toEqual([
      `/course_home/course_metadata/${key}`,
      `/course_home/dates/${key}`,
      `/course_home/progress/${key}`,
      `/courseware/course/${key}`,
    ]);

    // A second visit within 30 minutes does not ask edX again.
    const again = browser.routes.requests.length;
    await visit(page, `https://learning.edx.org/course/${key}/dates`);
    await new Promise((r) => setTimeout(r, 500));
    expect(browser.routes.requests.slice(again).filter((r) => r.url.startsWith(API))).toEqual([]);
    await page.close();
  });

  it('a verified learner with a grade (older server: v1 paths)', async () => {
    const key = 'course-v1:MITx+18.6501x+3T2026';
    for (const [name, body] of [
      ['course_metadata', { is_enrolled: true, start: '2026-09-08T15:00:00Z' }],
      ['dates', { course_date_blocks: [] }],
      ['progress', fixture('progress.verified')],
    ] as const) {
      browser.routes.api(`${API}/course_home/v1/${name}/${key}`, { status: 200, body });
    }
    serve(browser, key, { courseware: { status: 200, body: fixture('courseware.verified') } });
    await visitAndSync(`https://learning.edx.org/course/${key}/progress`, key);
    const facts = (await stepOf('18.6501x')).runs[0]?.facts;
    expect([
      facts?.mode?.edx?.value,
      facts?.grade?.edx?.value,
      facts?.passMark?.edx?.value,
      facts?.verificationStatus?.edx?.value,
    ]).toEqual(['verified', 0.72, 0.6, 'approved']);
    await expect
      .poll(() => page.locator(`${IN_HINT}[data-testid=status-pill]`).textContent())
      .toBe('Verified, in progress');
    await page.close();
  });

  it('passed with a certificate', async () => {
    const key = 'course-v1:MITx+6.86x+1T2026';
    serve(browser, key, {
      courseware: { status: 200, body: fixture('courseware.passed') },
      progress: { status: 200, body: fixture('progress.passed') },
    });
    await visitAndSync(`https://learning.edx.org/course/${key}/course-end`, key);
    expect((await stepOf('6.86x')).runs[0]?.facts.certificate?.edx?.value).toBe('downloadable');
    await expect.poll(() => page.locator(`${IN_HINT}[data-testid=status-pill]`).textContent()).toBe('Passed');
    await page.close();
  });

  it('not signed in: nothing lost, the hint says edX could not be read', async () => {
    const key = 'course-v1:MITx+6.431x+3T2026';
    const before = await stepOf('6.431x');
    const sw = await worker(browser);
    await sw.evaluate(async () => chrome.storage.local.remove('edx-sync')); // let it ask again now
    serve(
      browser,
      key,
      Object.fromEntries(
        ['metadata', 'courseware', 'dates', 'progress'].map((n) => [
          n,
          { status: 401, body: { detail: 'Authentication credentials were not provided.' } },
        ]),
      ),
    );
    await visitAndSync(`https://learning.edx.org/course/${key}/home`, key);
    expect(await stepOf('6.431x')).toEqual(before);
    await expect
      .poll(() => page.locator(`${IN_HINT}[data-testid=sync-failed]`).textContent())
      .toBe('Could not read edX just now (not signed in, or not enrolled): showing what was known.');
    await page.close();
  });

  it('a malformed body: nothing lost, nothing invented', async () => {
    const key = 'course-v1:MITx+6.431x+3T2026';
    const before = await stepOf('6.431x');
    const sw = await worker(browser);
    await sw.evaluate(async () => chrome.storage.local.remove('edx-sync'));
    serve(
      browser,
      key,
      Object.fromEntries(
        ['metadata', 'courseware', 'dates', 'progress'].map((n) => [
          n,
          { status: 200, body: '{"start": 17, "enrollment": ' },
        ]),
      ),
    );
    await visitAndSync(`https://learning.edx.org/course/${key}/home`, key);
    expect(await stepOf('6.431x')).toEqual(before);
    await page.close();
  });

  it('the setting turns syncing off: no request at all', async () => {
    const key = 'course-v1:MITx+DS.CFx+1T2027';
    const sw = await worker(browser);
    await sw.evaluate(async () => {
      const { settings } = (await chrome.storage.sync.get('settings')) as { settings: Record<string, unknown> };
      await chrome.storage.sync.set({ settings: { ...settings, syncFromEdx: false } });
    });
    const from = browser.routes.requests.length;
    page = await browser.context.newPage();
    await visit(page, `https://learning.edx.org/course/${key}/home`);
    await new Promise((r) => setTimeout(r, 800));
    expect(browser.routes.requests.slice(from).filter((r) => r.url.startsWith(API))).toEqual([]);
    await page.close();
  });
});
