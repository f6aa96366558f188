/**
 * Firefox's background page at work: reading edX's and MITx Online's JSON as the learner browses (through
 * the fixture proxy: GET only, to the platforms' hosts), a reminder delivered once across a relaunch on the
 * same profile, and the add-on reloaded under an open page without a second hint.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MITX_ENROLLMENTS, serveEnrollments, serveRun } from '../support/edx-api';
import { dayPlus, fromEdx, progress, readFromEdxJustNow, readStored, seed, settings } from '../support/state';
import { HINT, inHint, launchFirefox, visit, type Firefox } from './support/firefox';

const fixture = (path: string): unknown =>
  JSON.parse(readFileSync(resolve(__dirname, `../../fixtures/${path}.json`), 'utf8'));
const onboarded = () => ({ onboardedAt: new Date().toISOString() });

let ff: Firefox | undefined;
afterEach(async () => ff?.dispose());

/** Waits until the background has read the platform for this run (its sync log says when). */
async function synced(f: Firefox, runKey: string): Promise<void> {
  await expect
    .poll(
      () =>
        f.inExtension(
          async (key) =>
            ((await browser.storage.local.get('edx-sync'))['edx-sync'] as Record<string, { outcome: string }>)?.[key]
              ?.outcome,
          runKey,
        ),
      { timeout: 15_000 },
    )
    .toBe('ok');
}

/**
 * Records the notifications the add-on creates, from one of its pages. Headless Firefox closes each one as
 * soon as it is created and reports only that (notifications.getAll is empty, onShown never fires), so the
 * record is onClosed's: one entry per notification delivered.
 */
async function listenForNotifications(f: Firefox): Promise<void> {
  await f.inExtension(async () => {
    const w = window as unknown as { notified: string[] };
    w.notified = [];
    browser.notifications.onClosed.addListener((id) => void w.notified.push(id));
  }, undefined);
}
const notified = (f: Firefox) =>
  f.inExtension(async () => (window as unknown as { notified: string[] }).notified, undefined);

describe('Firefox: the background page', () => {
  it("reads edX's course-app JSON for the run the learner visits: GET only, to edX's hosts", async () => {
    ff = await launchFirefox();
    await seed(ff, progress({}, onboarded()));
    const key = 'course-v1:MITx+6.431x+3T2026';
    serveRun(ff, key, {
      metadata: { status: 200, body: fixture('edx/metadata.audit') },
      courseware: { status: 200, body: fixture('edx/courseware.audit') },
      dates: { status: 200, body: fixture('edx/dates.audit') },
      progress: { status: 200, body: fixture('edx/progress.audit') },
    });
    const from = ff.routes.requests.length;
    const page = await ff.newPage();
    await visit(page, `https://learning.edx.org/course/${key}/home`);
    await synced(ff, key);
    const facts = (await readStored(ff)).progress.steps['6.431x'].runs[0]?.facts;
    expect(facts?.mode?.edx?.value).toBe('audit');
    expect(facts?.upgradeDeadline?.edx?.value).toBe('2026-12-22T23:59:00Z');
    const requests = ff.routes.requests.slice(from);
    console.log(`Firefox, one visit: ${requests.map((r) => `${r.method} ${r.url}`).join('; ')}`);
    expect(requests.every((r) => r.method === 'GET')).toBe(true);
    expect(
      requests
        .map((r) => r.url)
        .filter((u) => u !== `https://learning.edx.org/course/${key}/home` && !u.endsWith('/favicon.ico'))
        .sort(),
    ).toEqual(
      [
        `course_home/course_metadata/${key}`,
        `course_home/dates/${key}`,
        `course_home/progress/${key}`,
        `courseware/course/${key}`,
      ].map((p) => `https://courses.edx.org/api/${p}`),
    );
    await expect.poll(() => inHint(page, '[data-testid=status-source]')).toMatch(/^from edX/);
  });

  it("reads MITx Online's enrolments for a run on MIT's course app: the run and its dates, GET only, to MIT's hosts", async () => {
    ff = await launchFirefox();
    await seed(ff, progress({}, onboarded()));
    const key = 'course-v1:MITxT+6.431x+3T2026';
    serveEnrollments(ff, { status: 200, body: fixture('mitx-online/enrollments.audit') });
    const from = ff.routes.requests.length;
    const page = await ff.newPage();
    await visit(page, `https://courses.learn.mit.edu/learn/course/${key}/home`);
    await expect
      .poll(async () => (await readStored(ff as Firefox)).progress.steps['6.431x'].runs.map((r) => r.runKey), {
        timeout: 15_000,
      })
      .toEqual([key]);
    const requests = ff.routes.requests.slice(from);
    expect(requests.every((r) => r.method === 'GET')).toBe(true);
    expect(requests.some((r) => r.url === MITX_ENROLLMENTS)).toBe(true);
    expect(requests.filter((r) => !new URL(r.url).hostname.endsWith('.mit.edu'))).toEqual([]);
  });

  it('a reminder due now is delivered once, and not again after a relaunch on the same profile', async () => {
    ff = await launchFirefox();
    const key = 'course-v1:MITx+6.431x+3T2026';
    // In audit, started 27 days ago: the program target (28 days) is tomorrow; its 1-day reminder is due.
    const state = progress(
      {
        '6.431x': [
          {
            id: key,
            course: '6.431x',
            runKey: key,
            facts: { start: fromEdx(`${dayPlus(-27)}T00:00:00Z`), mode: fromEdx('audit') },
          },
        ],
      },
      onboarded(),
    );
    await listenForNotifications(ff);
    await readFromEdxJustNow(ff, [key]);
    await seed(ff, state, settings({ reminders: { enabled: true, leadDays: [7, 3, 1], dayOf: true, hour: 0 } }));
    await expect.poll(() => notified(ff as Firefox), { timeout: 15_000 }).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 1500));
    const first = await notified(ff);
    // Firefox's MV2 build: a background page (not a service worker), and the badge on browserAction.
    expect(
      await ff.inExtension(async () => {
        const page = await browser.runtime.getBackgroundPage();
        return [
          page?.location.pathname,
          'serviceWorker' in navigator && !!(await navigator.serviceWorker.getRegistration()),
        ];
      }, undefined),
    ).toEqual(['/_generated_background_page.html', false]);
    const badge = ff.inExtension(async () => {
      // Promise-based in Firefox; @types/chrome knows only the callback form of this MV2 API.
      const action = browser.browserAction as unknown as { getBadgeText(d: object): Promise<string> };
      return action.getBadgeText({});
    }, undefined);
    expect(await badge).toBe('1d');
    expect(first).toEqual([`${key}:program-target:${dayPlus(1)}@1d`]);
    const fired = (await readStored(ff)).progress.fired;
    const alarms = await ff.inExtension(
      async () => (await browser.alarms.getAll()).map((a) => a.name).sort(),
      undefined,
    );
    console.log(`Firefox reminders: delivered ${JSON.stringify(first)}; planned ${JSON.stringify(alarms)}`);
    const profileDir = ff.profileDir;
    await ff.close();

    ff = await launchFirefox({ profileDir });
    const again = ff;
    await listenForNotifications(again);
    await expect
      .poll(() => again.inExtension(async () => (await browser.alarms.getAll()).map((a) => a.name).sort(), undefined), {
        timeout: 15_000,
      })
      .toEqual(alarms);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await notified(again)).toEqual([]);
    // Delivery times unchanged: nothing was delivered again, even before the listener was in place.
    expect((await readStored(again)).progress.fired).toEqual(fired);
  });

  it('the add-on reloaded under an open page: one hint at every moment, then the new one', async () => {
    ff = await launchFirefox();
    const page = await ff.newPage();
    await visit(page, 'https://learning.edx.org/course/course-v1:MITx+6.431x+3T2026/home');
    const count = () => page.evaluate((tag) => document.querySelectorAll(tag).length, HINT);
    expect(await count()).toBe(1);
    // Counts hints in the page on every frame from now on, so a moment with two cannot pass unseen.
    await page.evaluate((tag) => {
      const w = window as unknown as { mostHints: number };
      w.mostHints = 0;
      const look = () => {
        w.mostHints = Math.max(w.mostHints, document.querySelectorAll(tag).length);
        requestAnimationFrame(look);
      };
      look();
    }, HINT);
    const before = await page.evaluate((tag) => document.querySelector(tag)?.getAttribute('data-kind'), HINT);
    await ff.inExtension(async () => browser.runtime.reload(), undefined).catch(() => undefined);
    // Firefox injects the reloaded add-on's content script into the open tab: its hint replaces the old one.
    await page.waitForFunction(() => performance.getEntriesByName('mm-companion:checked').length >= 2, {
      timeout: 15_000,
    });
    await new Promise((r) => setTimeout(r, 4500));
    expect(await count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { mostHints: number }).mostHints)).toBe(1);
    expect(await page.evaluate((tag) => document.querySelector(tag)?.getAttribute('data-kind'), HINT)).toBe(before);
  });
});
