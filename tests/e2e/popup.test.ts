/**
 * The popup page in Chromium with a learner's state: for an SDS tab (its course highlighted, asked of the
 * tab's content script, without the `tabs` permission) and a non-SDS tab (the next step highlighted), first-run
 * setup, an accessibility check, and screenshots in light and dark mode.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { launchExtension, openPopup, SHOTS, visit, type Launched } from './support/browser';
import { dayPlus, fromEdx, fromLearner, progress, readStored, seed } from './support/state';

const midProgram = () =>
  progress(
    {
      '6.431x': [
        {
          id: 'p',
          course: '6.431x',
          runKey: 'course-v1:MITx+6.431x+1T2026',
          facts: { status: fromLearner('passed'), mode: fromEdx('verified'), grade: fromEdx(0.86) },
        },
      ],
      '14.310x': [
        {
          id: 'd',
          course: '14.310Fx',
          runKey: 'course-v1:MITx+14.310Fx+3T2026',
          facts: {
            start: fromEdx(`${dayPlus(-12)}T15:00:00Z`),
            mode: fromEdx('audit'),
            upgradeDeadline: fromEdx(`${dayPlus(9)}T23:59:00Z`),
          },
        },
      ],
      '18.6501x': [
        {
          id: 's',
          course: '18.6501x',
          runKey: 'course-v1:MITx+18.6501x+3T2026',
          facts: {
            start: fromEdx(`${dayPlus(-12)}T15:00:00Z`),
            mode: fromEdx('verified'),
            end: fromEdx(`${dayPlus(90)}T15:00:00Z`),
            grade: fromEdx(0.42),
          },
        },
      ],
    },
    { onboardedAt: new Date().toISOString() },
  );

let browser: Launched;
beforeAll(async () => {
  browser = await launchExtension();
});
afterAll(async () => browser?.dispose());

describe('the popup page', () => {
  it('with a non-SDS tab: the next step is highlighted; deadlines, fees and projection shown', async () => {
    await seed(browser, midProgram());
    const popup = await openPopup(browser);
    expect(await popup.locator('.steps [aria-current=step]').getAttribute('data-step')).toBe('14.310x');
    expect(await popup.getByTestId('highlight-reason').textContent()).toBe('Highlighted: step 2, the next to take');
    expect(await popup.getByTestId('next-deadline').textContent()).toMatch(
      /edX upgrade deadline.*in 9 days · Act by this date/,
    );
    expect(await popup.getByTestId('summary-money').textContent()).toBe('US $600 paid, US $900 to go, of US $1,500');
    expect(await popup.locator('[data-step="6.431x"] .step__facts').textContent()).toMatch(/run 1T2026 · grade 86%/);
    const rendered = await popup.evaluate(
      () => performance.getEntriesByName('mm-companion:popup-rendered')[0]?.duration,
    );
    console.log(`popup open to first render: ${rendered?.toFixed(1)} ms`);
    await popup.close();
  });

  it('with an SDS course in the active tab: that course is highlighted', async () => {
    await seed(browser, midProgram());
    const edx = await browser.context.newPage();
    await visit(edx, 'https://learning.edx.org/course/course-v1:MITx+6.86x+1T2027/home');
    // The popup page, loaded in a background tab of the same window, asks the active tab (the edX one) which
    // page it shows: its content script answers.
    const popup = await openPopup(browser, { activeTab: edx });
    expect(await popup.getByTestId('highlight-reason').textContent()).toBe(
      'Highlighted: 6.86x Machine Learning with Python: from Linear Models to Deep Learning, the course in this tab',
    );
    expect(await popup.locator('.steps [aria-current=step]').getAttribute('data-step')).toBe('6.86x');
    await edx.close();
    await popup.close();
  });

  it('a quick edit goes through the background and shows at once', async () => {
    await seed(browser, midProgram());
    const popup = await openPopup(browser);
    await popup.locator('[data-step="18.6501x"] summary').click();
    await popup.locator('[data-step="18.6501x"]').getByLabel('Status').selectOption('passed');
    await expect
      .poll(() => popup.locator('[data-step="18.6501x"] [data-testid=status-pill]').textContent())
      .toBe('Passed');
    expect((await readStored(browser)).progress.steps['18.6501x'].runs[0]?.facts.status?.learner?.value).toBe('passed');
    await popup.close();
  });

  it('first run: the setup form, then the plan', async () => {
    await seed(browser, progress({}));
    const popup = await openPopup(browser);
    await popup.getByLabel(/^6\.431x Probability/).check();
    await popup.getByLabel('Course', { exact: true }).selectOption('14.310x');
    await popup.getByLabel('Its run started on').fill(dayPlus(-3));
    await popup.getByRole('button', { name: 'Save my plan' }).click();
    await expect.poll(() => popup.getByTestId('program-summary').isVisible()).toBe(true);
    expect(await popup.getByTestId('next-deadline').textContent()).toMatch(/Program target.*in 25 days/);
    const stored = (await readStored(browser)).progress;
    expect(stored.steps['14.310x'].runs[0]?.course).toBe('14.310x');
    expect(stored.onboardedAt).toBeTruthy();
    await popup.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no accessibility violations (${scheme}); screenshot`, async () => {
      await seed(browser, midProgram());
      const popup = await openPopup(browser, { scheme });
      expect(await axeViolations(popup, 'body')).toEqual([]);
      await popup.screenshot({ path: `${SHOTS}/popup-${scheme}.png`, fullPage: true });
      await popup.close();
    });
  }

  it('open to first render, median of 10 opens (reported, not asserted)', async () => {
    await seed(browser, midProgram());
    const samples: number[] = [];
    for (let i = 0; i < 10; i++) {
      const popup = await openPopup(browser);
      samples.push(
        await popup.evaluate(() => performance.getEntriesByName('mm-companion:popup-rendered')[0]?.duration ?? NaN),
      );
      await popup.close();
    }
    samples.sort((a, b) => a - b);
    console.log(
      `popup open to first render: median ${(((samples[4] ?? 0) + (samples[5] ?? 0)) / 2).toFixed(1)} ms, min ${samples[0]?.toFixed(1)}, max ${samples[9]?.toFixed(1)} (10 opens)`,
    );
    expect(samples.every(Number.isFinite)).toBe(true);
  });
});
