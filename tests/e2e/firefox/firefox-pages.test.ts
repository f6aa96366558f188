/**
 * What a learner sees in Firefox ESR, light and dark: the hint on a course home, the popup and the options
 * page, each checked by axe-core and photographed. Firefox has no colour-scheme emulation over BiDi, so each
 * scheme is a browser of its own (a preference set at launch).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { dayPlus, fromEdx, progress, readFromEdxJustNow, seed } from '../support/state';
import { HINT, inHint, launchFirefox, SHOTS, visit, type Firefox } from './support/firefox';

const KEY = 'course-v1:MITx+6.431x+3T2026';
const learner = () =>
  progress(
    {
      '6.431x': [
        {
          id: KEY,
          course: '6.431x',
          runKey: KEY,
          facts: {
            start: fromEdx(`${dayPlus(-10)}T15:00:00Z`),
            mode: fromEdx('audit'),
            upgradeDeadline: fromEdx(`${dayPlus(40)}T23:59:00Z`),
          },
        },
      ],
    },
    { onboardedAt: new Date().toISOString() },
  );

let ff: Firefox | undefined;
afterEach(async () => ff?.dispose());

describe('Firefox: the hint, the popup and the options page', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: each has no axe-core violations, and a screenshot is taken`, async () => {
      ff = await launchFirefox({ scheme });
      // The learner has read edX already: the background makes no request during the screenshots.
      await readFromEdxJustNow(ff, [KEY]);
      await seed(ff, learner());

      const page = await ff.newPage();
      await visit(page, `https://learning.edx.org/course/${KEY}/home`);
      expect(await inHint(page, '[data-testid=status-pill]')).toBe('Enrolled in audit, can still upgrade');
      expect(await axeViolations(page, HINT)).toEqual([]);
      await page.screenshot({
        path: `${SHOTS}/firefox-hint-${scheme}.png`,
        clip: { x: 0, y: 0, width: 1280, height: 480 },
      });

      const popup = await ff.extensionPage('popup.html');
      await popup.waitForFunction(() => performance.getEntriesByName('mm-companion:popup-rendered').length > 0);
      expect(await popup.$eval('ol.steps [data-step="6.431x"]', (el) => el.textContent)).toMatch(/Enrolled in audit/);
      expect(await axeViolations(popup, 'body')).toEqual([]);
      await popup.screenshot({ path: `${SHOTS}/firefox-popup-${scheme}.png`, fullPage: true });

      const options = await ff.extensionPage('options.html', 1000);
      await options.waitForFunction(() =>
        [...document.querySelectorAll('h2')].some((h) => h.textContent === 'Your plan, course by course'),
      );
      expect(await axeViolations(options, 'body')).toEqual([]);
      await options.screenshot({ path: `${SHOTS}/firefox-options-${scheme}.png`, fullPage: true });
    });
  }
});
