/**
 * The options page in Chromium: restore a good backup (with a preview) and refuse a broken one (nothing
 * changed), export the calendar and parse it back, change a lead time and see the alarms re-planned, send a
 * test notification, accessibility in light and dark, screenshots.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { launchExtension, SHOTS, worker, type Launched } from './support/browser';
import { dayPlus, fromEdx, fromLearner, progress, readStored, seed, settings } from './support/state';

const frozen = (name: string) => JSON.parse(readFileSync(resolve(__dirname, `../fixtures/state/${name}`), 'utf8'));

const learner = () =>
  progress(
    {
      '6.431x': [
        {
          id: 'p',
          course: '6.431x',
          runKey: 'course-v1:MITx+6.431x+3T2026',
          facts: {
            start: fromEdx(`${dayPlus(-10)}T15:00:00Z`),
            mode: fromEdx('audit'),
            upgradeDeadline: fromEdx(`${dayPlus(30)}T23:59:00Z`),
          },
        },
      ],
      '18.6501x': [{ id: 's', course: '18.6501x', facts: { start: fromLearner(dayPlus(60)) } }],
    },
    { onboardedAt: new Date().toISOString() },
  );

let browser: Launched;
let options: Page;
beforeAll(async () => {
  browser = await launchExtension();
});
afterAll(async () => browser?.dispose());

async function openOptions(): Promise<Page> {
  const p = await browser.context.newPage();
  await p.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await p.getByRole('heading', { name: 'Your plan, course by course' }).waitFor();
  return p;
}

const alarmNames = async () =>
  (await (await worker(browser)).evaluate(() => chrome.alarms.getAll())).map((a) => a.name).sort();

describe('the options page', () => {
  it('restores a good backup after a preview', async () => {
    await seed(browser, learner());
    options = await openOptions();
    const backup = JSON.stringify({
      format: 'micromasters-companion-backup',
      version: 1,
      exportedAt: '2025-09-30T08:00:00.000Z',
      progress: frozen('progress.v1.json'),
      settings: frozen('settings.v1.json'),
    });
    await options
      .getByLabel('Restore from a backup…')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await expect
      .poll(() => options.getByTestId('import-preview').textContent())
      .toMatch(
        /6\.431x: 1 run now, 1 run after.*14\.310x: 0 runs now, 1 run after \(with credit carried over\).*Your settings will be replaced/,
      );
    // Nothing changes before the learner confirms.
    expect((await readStored(browser)).progress.steps['14.310x'].runs).toEqual([]);
    await options.getByRole('button', { name: 'Replace my data' }).click();
    await options.getByTestId('import-done').waitFor();
    const stored = await readStored(browser);
    expect(stored.progress.steps['14.310x'].credit?.route).toBe('dedp-14310x');
    expect(stored.settings.reminders.leadDays).toEqual([14, 7, 1]);
    await options.close();
  });

  it('refuses a broken backup, says why in words, and changes nothing', async () => {
    await seed(browser, learner());
    const before = await readStored(browser);
    options = await openOptions();
    const broken = frozen('progress.v1.json');
    broken.steps['1'].runs[0].facts.grade.edx.value = 'A+';
    const file = JSON.stringify({
      format: 'micromasters-companion-backup',
      version: 1,
      progress: broken,
      settings: frozen('settings.v1.json'),
    });
    await options
      .getByLabel('Restore from a backup…')
      .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect
      .poll(() => options.getByTestId('import-errors').textContent())
      .toMatch(
        /nothing was changed.*Progress, course 6\.431x, run 1, grade, the platform's value: missing, or of the wrong kind/,
      );
    await options
      .getByLabel('Restore from a backup…')
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('my notes') });
    await expect.poll(() => options.getByTestId('import-errors').textContent()).toMatch(/it is not even JSON/);
    expect(await options.getByRole('button', { name: 'Replace my data' }).count()).toBe(0);
    expect((await readStored(browser)).progress).toEqual(before.progress);
    await options.close();
  });

  it('exports the calendar, which parses back with every deadline and its alarms', async () => {
    await seed(browser, learner());
    options = await openOptions();
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Download the calendar (.ics)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^micromasters-deadlines-\d{4}-\d{2}-\d{2}\.ics$/);
    const text = readFileSync((await file.path()) ?? '', 'utf8');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('uid')).sort()).toEqual([
      'p/edx-upgrade@micromasters-companion',
      'p/program-target@micromasters-companion',
      's/program-target@micromasters-companion',
    ]);
    expect(events[0]?.getAllSubcomponents('valarm')).toHaveLength(4);
    console.log('exported .ics, first 40 lines:\n' + text.split(/\r?\n/).slice(0, 40).join('\n'));
    await options.close();
  });

  it('a new lead time re-plans the alarms; removing one removes its alarms', async () => {
    await seed(browser, learner());
    options = await openOptions();
    const target = dayPlus(18);
    expect(await alarmNames()).not.toContain(`reminder:p:program-target:${target}@14d`);
    await options.getByLabel('Another reminder, days before (1 to 60)').fill('14');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(alarmNames).toContain(`reminder:p:program-target:${target}@14d`);
    await options.getByRole('button', { name: 'Remove the reminder 3 days before' }).click();
    await expect.poll(alarmNames).not.toContain(`reminder:p:program-target:${target}@3d`);
    expect((await readStored(browser)).settings.reminders.leadDays).toEqual([14, 7, 1]);
    await options.close();
  });

  it('edits a run and the plan: status, start date, credit, planned term', async () => {
    await seed(browser, learner());
    options = await openOptions();
    const course3 = options.locator('article[data-step="18.6501x"]');
    await course3.getByLabel('Status').selectOption('verified');
    await options
      .locator('article[data-step="6.431x"]')
      .getByLabel(/earlier probability course/)
      .check();
    await options.locator('article[data-step="6.86x"]').getByLabel('Planned term').selectOption({ index: 2 });
    // Three commands, applied one after the other by the background: wait for the last of them.
    await expect
      .poll(async () => (await readStored(browser)).progress.steps['6.86x'].plannedTerm ?? '')
      .toMatch(/^\d{4}-(spring|summer|fall)$/);
    const stored = (await readStored(browser)).progress;
    expect(stored.steps['18.6501x'].runs[0]?.facts.mode?.learner?.value).toBe('verified');
    expect(stored.steps['6.431x'].credit?.route).toBe('legacy-6041x');
    await options.close();
  });

  it('sends a test notification', async () => {
    options = await openOptions();
    await options.getByRole('button', { name: 'Send a test notification' }).click();
    const sw = await worker(browser);
    await expect
      .poll(() => sw.evaluate(async () => Object.keys(await chrome.notifications.getAll())))
      .toContain('mm-companion-test');
    await options.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no accessibility violations (${scheme}); screenshot`, async () => {
      await seed(browser, learner(), settings());
      options = await browser.context.newPage();
      await options.emulateMedia({ colorScheme: scheme });
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.getByRole('heading', { name: 'Your plan, course by course' }).waitFor();
      expect(await axeViolations(options, 'body')).toEqual([]);
      await options.screenshot({ path: `${SHOTS}/options-${scheme}.png`, fullPage: true });
      await options.close();
    });
  }
});
