/**
 * The promises a learner relies on, tried as a learner does them in Chromium: set up in the popup, visit the
 * course, press the hint's buttons, back up and restore on the options page, relaunch the browser.
 * - a backup the extension downloads restores;
 * - a reminder is shown once, across a page visit that reads edX and a relaunch;
 * - "I enrolled (audit)" marks the learner's run, with syncing off and with edX unreadable;
 * - a fresh install opens on setup, 15 times in 15 fresh profiles, in a form that fits the popup;
 * - page scripts can neither reach into the hint nor press its buttons.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  exposeHint,
  HINT,
  IN_HINT,
  launchExtension,
  openPopup,
  SHOTS,
  visit,
  worker,
  type Launched,
} from './support/browser';
import { serveRun, serveStatus } from './support/edx-api';
import { dayPlus, readStored, settings, startClearOfMidnight } from './support/state';

await startClearOfMidnight(90_000);

const KEY = 'course-v1:MITx+6.431x+3T2026';
const HOME = `https://learning.edx.org/course/${KEY}/home`;

const opened: Launched[] = [];
afterEach(async () => {
  // Last launched first: a relaunch on the same profile closes before the first launch removes the profile.
  for (const b of opened.splice(0).reverse()) await b.dispose();
});
async function launch(options: Parameters<typeof launchExtension>[0] = {}): Promise<Launched> {
  const b = await launchExtension(options);
  opened.push(b);
  return b;
}

async function storeSettings(b: Launched, patch: Record<string, unknown>): Promise<void> {
  const sw = await worker(b);
  await sw.evaluate(async (s) => chrome.storage.sync.set({ settings: s }), settings(patch));
}

/** First-run setup in the popup, as a learner fills it: the course they are taking and its start. */
async function setUpInPopup(b: Launched, start: string): Promise<void> {
  const popup = await openPopup(b, { height: 600 });
  await popup.getByRole('heading', { name: 'Set up your plan' }).waitFor();
  await popup.locator('#setup-course').selectOption('6.431x');
  await popup.locator('#setup-start').fill(start);
  await popup.getByRole('button', { name: 'Save my plan' }).click();
  await popup.getByTestId('next-deadline').waitFor();
  await popup.close();
}

/** edX's course app for 6.431x, an audit learner whose run started on `start`. */
function serveAuditRun(b: Launched, start: string): void {
  const courseware = JSON.parse(readFileSync(`${__dirname}/../fixtures/edx/courseware.audit.json`, 'utf8'));
  serveRun(b, KEY, {
    courseware: { status: 200, body: { ...courseware, start: `${start}T15:00:00Z`, access_expiration: null } },
  });
}

const runsOf6431x = async (b: Launched) => (await readStored(b)).progress.steps['6.431x'].runs;
const notificationIds = async (b: Launched) =>
  Object.keys(await (await worker(b)).evaluate(() => chrome.notifications.getAll())).sort();
const firedIds = async (b: Launched) => Object.keys((await readStored(b)).progress.fired).sort();

describe('a backup the extension downloads restores', () => {
  it('set up in the popup, download on the options page, restore that file: the same state', async () => {
    const b = await launch();
    await setUpInPopup(b, dayPlus(-10));
    const before = await readStored(b);
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Download a backup' }).click();
    const file = readFileSync((await (await download).path())!);
    await options
      .getByLabel('Restore from a backup…')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: file });
    await options.getByTestId('import-preview').waitFor({ timeout: 5_000 });
    expect(await options.getByTestId('import-errors').count()).toBe(0);
    await options.getByRole('button', { name: 'Replace my data' }).click();
    await options.getByTestId('import-done').waitFor();
    const after = await readStored(b);
    expect({ ...after.progress, updatedAt: '' }).toEqual({ ...before.progress, updatedAt: '' });
    // A fresh install had no settings stored yet; the restore stores the defaults it exported.
    expect(after.settings).toEqual(before.settings ?? settings());
  });
});

describe('a reminder is shown once', () => {
  it('target tomorrow: one notification at setup, none more after the course page is read or the browser relaunched', async () => {
    const b = await launch();
    await storeSettings(b, { reminders: { enabled: true, leadDays: [7, 3, 1], dayOf: true, hour: 0 } });
    const start = dayPlus(-27); // the four-week target is tomorrow
    serveAuditRun(b, start);
    await setUpInPopup(b, start);
    await expect.poll(() => notificationIds(b), { timeout: 10_000 }).toHaveLength(1);
    const page = await b.context.newPage();
    await visit(page, HOME);
    await expect.poll(async () => (await runsOf6431x(b))[0]?.runKey, { timeout: 10_000 }).toBe(KEY);
    // Give a wrongly repeated delivery the time to happen before looking.
    await new Promise((r) => setTimeout(r, 2_000));
    const shown = await notificationIds(b);
    expect(shown).toHaveLength(1);
    const [id] = shown;
    expect(id).toMatch(new RegExp(`^6\\.431x~\\d{8}T\\d{9}Z:program-target:${dayPlus(1)}@1d$`));
    expect(await notificationIds(b)).toEqual([id]);
    expect((await firedIds(b)).filter((f) => f.endsWith('@1d'))).toEqual([id]);
    await b.close();

    const again = await launch({ profileDir: b.profileDir });
    const sw = await worker(again);
    await expect.poll(() => sw.evaluate(() => chrome.action.getBadgeText({})), { timeout: 10_000 }).toBe('1d');
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await notificationIds(again)).toEqual([]);
    expect((await firedIds(again)).filter((f) => f.endsWith('@1d'))).toEqual([id]);
  });
});

describe.each([
  ['syncing off', (b: Launched) => storeSettings(b, { syncFromEdx: false })],
  ['edX unreadable (401)', async (b: Launched) => serveStatus(b, KEY, 401)],
])('"I enrolled (audit)" on the hint, %s', (_, platform) => {
  it("marks the learner's run: one run, its start, its deadline, its alarms and the badge all kept", async () => {
    const b = await launch();
    await platform(b);
    await setUpInPopup(b, dayPlus(-10));
    const sw = await worker(b);
    const alarmsBefore = (await sw.evaluate(() => chrome.alarms.getAll()))
      .map((a) => a.name)
      .filter((n) => n.startsWith('reminder:'))
      .sort();
    expect(alarmsBefore.length).toBeGreaterThan(0);
    const page = await b.context.newPage();
    await visit(page, HOME);
    await page.locator(`${IN_HINT}section`).getByRole('button', { name: 'I enrolled (audit)' }).click();
    await expect
      .poll(() => page.locator(`${IN_HINT}[data-testid=status-pill]`).textContent())
      .toBe('Enrolled in audit, can still upgrade');
    const runs = await runsOf6431x(b);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      runKey: KEY,
      facts: { start: { learner: { value: dayPlus(-10) } }, mode: { learner: { value: 'audit' } } },
    });
    expect(await page.locator(`${IN_HINT}[data-testid=deadlines] li[data-kind=program-target]`).count()).toBe(1);
    expect(await page.locator(`${IN_HINT}[data-testid=start-unknown]`).count()).toBe(0);
    const alarmsAfter = (await sw.evaluate(() => chrome.alarms.getAll()))
      .map((a) => a.name)
      .filter((n) => n.startsWith('reminder:'))
      .sort();
    expect(alarmsAfter).toEqual(alarmsBefore);
    expect(await sw.evaluate(() => chrome.action.getBadgeText({}))).toBe('18d');
  });
});

describe('first run, every time', () => {
  it('15 fresh profiles: the first popup shows setup', async () => {
    let shown = 0;
    for (let i = 0; i < 15; i++) {
      const b = await launchExtension();
      try {
        const popup = await openPopup(b, { height: 600 });
        await popup.getByRole('heading', { name: 'Set up your plan' }).waitFor({ timeout: 5_000 });
        // Still setup once the background has written its first summary.
        await new Promise((r) => setTimeout(r, 300));
        if (await popup.getByRole('heading', { name: 'Set up your plan' }).isVisible()) shown++;
      } finally {
        await b.dispose();
      }
    }
    expect(shown).toBe(15);
  });

  it.each(['en-US', 'fr'])('the setup form fits a 400 px popup (%s)', async (locale) => {
    const b = await launch({ locale });
    const popup = await openPopup(b, { height: 600 });
    await popup.locator('form.setup').waitFor();
    const widths = await popup.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      form: Math.ceil(document.querySelector('form.setup')!.getBoundingClientRect().right),
    }));
    expect(widths.page).toBeLessThanOrEqual(400);
    expect(widths.form).toBeLessThanOrEqual(400);
  });

  it('setup offers the run already entered on the options page, and saving keeps one run', async () => {
    const b = await launch();
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    // What the options page's "Add" sends, from the options page.
    expect(
      await options.evaluate(
        (start) => chrome.runtime.sendMessage({ mmc: 1, command: { type: 'addRun', course: '6.431x', start } }),
        dayPlus(-5),
      ),
    ).toEqual({ ok: true });
    await options.close();
    const popup = await openPopup(b, { height: 600 });
    await popup.getByTestId('setup-entered').waitFor();
    expect(await popup.locator('#setup-course').inputValue()).toBe('6.431x');
    expect(await popup.locator('#setup-start').inputValue()).toBe(dayPlus(-5));
    await popup.getByRole('button', { name: 'Save my plan' }).click();
    await popup.getByTestId('next-deadline').waitFor();
    expect(await runsOf6431x(b)).toHaveLength(1);
  });
});

describe('only the learner acts on the hint', () => {
  it('a page script finds no shadow root, and pressing every button by script changes nothing', async () => {
    const b = await launch();
    await setUpInPopup(b, dayPlus(-10));
    const page = await b.context.newPage();
    // Not visit(): that hands the root to the test, and this test first looks as a page script does.
    await page.goto(HOME);
    await page.waitForFunction(() => performance.getEntriesByName('mm-companion:checked').length > 0);
    const before = await readStored(b);
    // What a page script sees of the hint: a host with no reachable root.
    expect(await page.evaluate((tag) => document.querySelector(tag)?.shadowRoot ?? null, HINT)).toBeNull();
    // Even handed the root (as the test is), scripted presses of every control do nothing.
    expect(await exposeHint(page)).toBe(1);
    const pressed = await page.evaluate((tag) => {
      const root = document.querySelector(tag)!.shadowRoot!;
      const controls = [...root.querySelectorAll('button, summary')] as HTMLElement[];
      for (const el of controls) {
        el.click();
        el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      }
      return controls.length;
    }, HINT);
    expect(pressed).toBeGreaterThanOrEqual(5);
    await new Promise((r) => setTimeout(r, 1_500));
    const after = await readStored(b);
    expect(after.progress).toEqual(before.progress);
    expect(after.settings).toEqual(before.settings);
    expect(await page.locator(`${IN_HINT}[data-testid=status-pill]`).textContent()).toBe('Planned');
    expect(await page.locator(`${IN_HINT}button[aria-expanded=true]`).count()).toBe(1);
    // The learner's own click still works.
    await page.locator(`${IN_HINT}section`).getByRole('button', { name: 'I passed' }).click();
    await expect.poll(() => page.locator(`${IN_HINT}[data-testid=status-pill]`).textContent()).toBe('Passed');
  });
});

describe('repairs the learner can see', () => {
  it('damaged progress: the popup and the options page say what was lost; the original downloads; dismissed, it is gone', async () => {
    const b = await launch();
    const damaged = {
      version: 2,
      steps: {
        '1': {
          runs: [
            {
              id: 'p',
              course: '6.431x',
              facts: {
                start: { learner: { value: dayPlus(-10), at: new Date().toISOString() } },
                grade: { edx: { value: 'A+', at: 'yesterday' } },
              },
              addedAt: new Date().toISOString(),
            },
          ],
        },
        '2': { runs: 'many' },
        '3': { runs: [] },
        '4': { runs: [] },
        '5': { runs: [] },
      },
      fired: {},
      onboardedAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
    };
    const sw = await worker(b);
    await sw.evaluate(async (p) => chrome.storage.local.set({ progress: p }), damaged);
    await storeSettings(b, {}); // wakes the worker, which reads, repairs and keeps the original
    await expect
      .poll(
        () =>
          sw.evaluate(
            async () => ((await chrome.storage.local.get('recovered')).recovered as unknown[] | undefined)?.length ?? 0,
          ),
        { timeout: 10_000 },
      )
      .toBe(1);

    const popup = await openPopup(b, { height: 600 });
    const popupNotice = popup.getByTestId('recovered');
    await popupNotice.waitFor();
    await popup.screenshot({ path: `${SHOTS}/popup-repaired.png` });
    expect(await popupNotice.textContent()).toMatch(
      /damaged and has been repaired.*Progress, course 6\.431x, run 1, grade, the platform's value: damaged, removed\..*Progress, course 14\.310x: damaged, removed\./,
    );

    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    const notice = options.getByTestId('recovered');
    await notice.waitFor();
    const download = options.waitForEvent('download');
    await notice.getByRole('button', { name: /Download the original/ }).click();
    expect(JSON.parse(readFileSync((await (await download).path())!, 'utf8'))).toEqual(damaged);
    // What could be kept was kept: the run and its start date.
    expect((await runsOf6431x(b))[0]?.facts.start?.learner?.value).toBe(dayPlus(-10));
    await notice.getByRole('button', { name: 'I have seen this' }).click();
    await expect.poll(() => options.getByTestId('recovered').count()).toBe(0);
    await expect.poll(() => popup.getByTestId('recovered').count()).toBe(0);
  });
});

describe('disagreements shown', () => {
  it("typed start and edX's differ: the hint and the popup say so, with the target from each", async () => {
    const b = await launch();
    serveAuditRun(b, dayPlus(-16));
    await setUpInPopup(b, dayPlus(-5));
    const page = await b.context.newPage();
    await visit(page, HOME);
    await expect.poll(() => page.locator(`${IN_HINT}[data-testid=starts-differ]`).count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator(`${IN_HINT}[data-testid=starts-differ]`).textContent()).toMatch(
      /^Your start date \(.+\) and edX’s \(.+\) differ: the four-week target from each is shown, and the earlier one counts/,
    );
    const targets = page.locator(`${IN_HINT}[data-testid=deadlines] li[data-kind=program-target]`);
    expect(await targets.count()).toBe(2);
    expect(await targets.nth(0).textContent()).toMatch(/in 12 days · Act by this date.*start date from edX/);
    expect(await targets.nth(1).textContent()).toMatch(/in 23 days.*start date entered by you/);
    await page.screenshot({ path: `${SHOTS}/hint-starts-differ.png`, clip: { x: 0, y: 0, width: 1280, height: 520 } });
    const popup = await openPopup(b, { height: 600 });
    await popup.getByTestId('starts-differ').waitFor();
    await popup.screenshot({ path: `${SHOTS}/popup-starts-differ.png`, fullPage: true });
    expect(await popup.getByTestId('next-deadline').textContent()).toMatch(/in 12 days/);
  });
});
