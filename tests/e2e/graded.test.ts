/**
 * Graded work in Chromium, with the course app's JSON routed to answers shaped like edX's own
 * (tests/support/graded-json.ts, after frontend-app-learning's dates and progress factories): a verified
 * 6.431x run with twenty graded items. The learner has opted in to reminders of assignments and exams. The
 * course home's hint shows the next three and the grade standing, a unit page's line the one due today; the
 * popup lists what is due soon; the reminder due now is delivered once, and not again after a browser
 * restart; a due date that moves is re-planned; an item edX marks done loses its reminders.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { HINT, IN_HINT, launchExtension, openPopup, SHOTS, visit, worker, type Launched } from './support/browser';
import { serveRun } from './support/edx-api';
import { DAY, progress, seed, settings, startClearOfMidnight, untilMidnight } from './support/state';
import { gradedAnswers, twentyItems, type GradedSpec } from '../support/graded-json';

const KEY = 'course-v1:MITx+6.431x+1T2027';
const HOME = `https://learning.edx.org/course/${KEY}/home`;
const UNIT = `https://learning.edx.org/course/${KEY}/block-v1:MITx+6.431x+1T2027+type@sequential+block@problem_set_5`;
const MINUTE = 60_000;
// Problem Set 5 is due later today: not in the last five minutes of a day.
const NOW = await startClearOfMidnight(5 * MINUTE);
/** Problem Set 5's due time from NOW: in an hour, or before midnight when the day has less than that left. */
const DUE_IN = Math.min(60 * MINUTE, untilMidnight(NOW) - 2 * MINUTE);
/** The twenty items as edX first answers for them. */
const ITEMS = twentyItems(NOW, 4, DUE_IN);

/** The run as edX's course app answers for it: verified, under way, with `specs` as its graded work. */
function serve(b: Launched, specs: GradedSpec[]): void {
  const { dates, progress: progressTab } = gradedAnswers(KEY, specs);
  const courseware = JSON.parse(readFileSync(resolve(__dirname, '../fixtures/edx/courseware.verified.json'), 'utf8'));
  Object.assign(courseware, {
    id: KEY,
    start: new Date(NOW - 30 * DAY).toISOString(),
    end: new Date(NOW + 120 * DAY).toISOString(),
  });
  serveRun(b, KEY, {
    courseware: { status: 200, body: courseware },
    dates: { status: 200, body: dates },
    progress: { status: 200, body: { ...progressTab, enrollment_mode: 'verified', course_grade: { percent: 0.08 } } },
  });
}

/** Assignments and exams opted in: 1 day before and the morning of the day, at 00:00 UTC. */
const optedIn = settings({
  reminders: {
    enabled: true,
    leadDays: [7, 3, 1],
    dayOf: true,
    hour: 0,
    graded: {
      assignments: { enabled: true, leadDays: [1], dayOf: true },
      exams: { enabled: true, leadDays: [1], dayOf: true },
    },
  },
});

async function state(b: Launched) {
  return (await worker(b)).evaluate(async () => ({
    alarms: (await chrome.alarms.getAll())
      .map((a) => a.name)
      .filter((n) => n.includes(':graded:'))
      .sort(),
    notifications: Object.keys(await chrome.notifications.getAll()).sort(),
    fired: Object.keys(((await chrome.storage.local.get('progress')).progress as { fired: object }).fired).sort(),
  }));
}

/** Asks the worker to read edX again now (the popup's "Refresh" button does the same) and waits for it. */
async function refresh(b: Launched): Promise<void> {
  const popup = await openPopup(b);
  const sw = await worker(b);
  const before = await sw.evaluate(() => Date.now());
  await popup.getByRole('button', { name: /Refresh from edX/ }).click();
  await expect
    .poll(
      () =>
        sw.evaluate(
          async ([key]) =>
            ((await chrome.storage.local.get('edx-sync'))['edx-sync'] as Record<string, { at: number }>)?.[key]?.at ??
            0,
          [KEY] as const,
        ),
      { timeout: 15_000 },
    )
    .toBeGreaterThanOrEqual(before);
  await popup.close();
}

const ps = (n: number) => `block@problem_set_${n}:`;

let browser: Launched | undefined;
afterAll(async () => browser?.dispose());

describe('twenty graded items, read from edX', () => {
  it('the hint on the course home and a unit page, "Due soon" in the popup (screenshots); the reminder due now delivered once, across a restart; a moved date re-planned; a done item cancelled', async () => {
    const first = await launchExtension();
    browser = first;
    const seedRun = { id: 'prob', course: '6.431x', runKey: KEY, facts: {} };
    await seed(first, progress({ '6.431x': [seedRun] }, { onboardedAt: new Date().toISOString() }), optedIn);
    serve(first, ITEMS);
    const page = await first.context.newPage();
    await visit(page, HOME);

    // Problem Set 5 is due later today: its morning reminder (00:00 today) went by, so it goes out now, once.
    await expect
      .poll(async () => (await state(first)).notifications.filter((n) => n.includes(ps(5))), { timeout: 15_000 })
      .toHaveLength(1);
    const delivered = await state(first);
    console.log(`graded reminders delivered: ${JSON.stringify(delivered.notifications)}`);
    expect(delivered.notifications.filter((n) => n.includes(':graded:'))).toEqual([
      expect.stringMatching(/^prob:graded:.*problem_set_5:.*@0d$/),
    ]);
    // Problem Set 6, a week away: the day before and the morning of the day are planned.
    expect(delivered.alarms.filter((n) => n.includes(ps(6))).map((n) => n.split('@').at(-1))).toEqual(['0d', '1d']);

    // The course home's hint: the next three items, linked in place, and the grade standing.
    const graded = page.locator(`${IN_HINT}[data-testid=hint-graded]`);
    await expect.poll(() => graded.isVisible(), { timeout: 15_000 }).toBe(true);
    const hintRows = await graded.locator('[data-testid=graded-item]').allTextContents();
    expect(hintRows.map((r) => r.replace(/ \w{3}, \w{3} \d+, \d{4},/, ' …'))).toEqual([
      'Problem Set 5 … today',
      'Problem Set 6 … in 7 days',
      'Problem Set 7 … in 14 days',
    ]);
    expect(await graded.locator('a').first().getAttribute('target')).toBeNull();
    expect(await graded.locator('[data-testid=grade-standing]').textContent()).toMatch(
      /^Grade now 7\.7%, with 91\.5% of the grade still to come\. To reach the pass mark \(60%\) you need an average of 58%/,
    );
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const violations = await axeViolations(page, HINT);
      expect(violations, JSON.stringify(violations)).toEqual([]);
      await page.screenshot({
        path: `${SHOTS}/hint-graded-${scheme}.png`,
        clip: { x: 0, y: 0, width: 1280, height: 700 },
      });
    }
    // A unit page: its one line names Problem Set 5, due today.
    await visit(page, UNIT);
    const line = page.locator(`${IN_HINT}[data-testid=compact-graded]`);
    await expect.poll(() => line.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await line.textContent()).toMatch(/^Problem Set 5 due .*, today$/);
    expect(await axeViolations(page, HINT)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/unit-graded-dark.png`, clip: { x: 0, y: 0, width: 1280, height: 300 } });
    await page.emulateMedia({ colorScheme: 'light' });

    const popup = await openPopup(first);
    const soon = popup.getByTestId('due-soon');
    await soon.waitFor();
    const rows = await soon.locator('ul').first().locator('[data-testid=graded-item]').allTextContents();
    expect(rows[0]).toMatch(/^6\.431x · Problem Set 5 .*today$/);
    expect(rows[1]).toMatch(/^6\.431x · Problem Set 6 .*in 7 days$/);
    expect(await soon.locator('a').first().getAttribute('href')).toContain('block@problem_set_5');
    expect(await popup.locator('[data-step="6.431x"] [data-testid=grade-standing]').textContent()).toMatch(
      /^Grade now 7\.7%, with 91\.5% of the grade still to come\. To reach the pass mark \(60%\) you need an average of 58%/,
    );
    expect(await axeViolations(popup, 'body')).toEqual([]);
    await popup.screenshot({ path: `${SHOTS}/popup-due-soon.png`, fullPage: true });
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(popup, 'body')).toEqual([]);
    await popup.screenshot({ path: `${SHOTS}/popup-due-soon-dark.png`, fullPage: true });
    await popup.close();
    await first.close();

    // Restart: the same alarms are planned again, and the reminder already shown is not shown again.
    const second = await launchExtension({ profileDir: first.profileDir });
    browser = second;
    await expect.poll(async () => (await state(second)).alarms, { timeout: 15_000 }).toEqual(delivered.alarms);
    await new Promise((r) => setTimeout(r, 1500));
    const after = await state(second);
    expect(after.notifications.filter((n) => n.includes(':graded:'))).toEqual([]);
    expect(after.fired).toEqual(delivered.fired);

    // Problem Set 6 moves a week later: its old reminders go, the new date has its own.
    const moved = ITEMS.map((s) =>
      s.title === 'Problem Set 6' ? { ...s, due: new Date(Date.parse(s.due!) + 7 * DAY).toISOString() } : s,
    );
    serve(second, moved);
    await refresh(second);
    const replanned = await state(second);
    const ps6 = replanned.alarms.filter((n) => n.includes(ps(6)));
    expect(ps6).toHaveLength(2);
    expect(ps6.some((n) => delivered.alarms.includes(n))).toBe(false);

    // edX marks Problem Set 6 done: its reminders are cancelled; the others stay.
    serve(
      second,
      moved.map((s) => (s.title === 'Problem Set 6' ? { ...s, complete: true } : s)),
    );
    await refresh(second);
    const cancelled = await state(second);
    expect(cancelled.alarms.filter((n) => n.includes(ps(6)))).toEqual([]);
    expect(cancelled.alarms.filter((n) => n.includes(ps(7)))).toHaveLength(2);
  });
});
