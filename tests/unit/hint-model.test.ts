/** The hint's choices that the router and the view leave to lib/hint-model.ts: collapse and the commands sent. */
import { describe, expect, it } from 'vitest';
import { detectPage, type PageMatch } from '../../lib/detect';
import { collapseCommand, hintModel, markCommand, storedCollapsed, type CourseHint } from '../../lib/hint-model';
import { defaultSettings } from '../../lib/state/schema';
import { emptySteps } from '../../lib/summary';
import { faqTrack } from '../../lib/track';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const page = (url: string): PageMatch => {
  const found = detectPage(url);
  if (!found) throw new Error(url);
  return found;
};
const HOME = page('https://learning.edx.org/course/course-v1:MITx+6.431x+3T2026/home');
const UNIT = page(
  'https://learning.edx.org/course/course-v1:MITx+6.431x+3T2026/block-v1:MITx+6.431x+3T2026+type@sequential+block@s1',
);
const PRODUCT = page('https://learn.mit.edu/courses/course-v1:MITxT+18.6501x');
const model = (p: PageMatch) => hintModel(p, emptySteps(), faqTrack(), NOW, 'UTC') as CourseHint;
const hints = (over: Partial<ReturnType<typeof defaultSettings>['hints']> = {}) => ({
  ...defaultSettings().hints,
  ...over,
});

describe('storedCollapsed', () => {
  it.each([
    ['a course home follows the one collapse choice (open)', HOME, hints(), false],
    ['a course home follows the one collapse choice (collapsed)', HOME, hints({ collapsed: true }), true],
    ['a unit page is one line by default', UNIT, hints(), true],
    [
      'a unit page is open where the learner opened it for this course',
      UNIT,
      hints({ openOnUnits: ['6.431x'] }),
      false,
    ],
    ['a unit page ignores another course opened', UNIT, hints({ openOnUnits: ['6.86x'] }), true],
  ])('%s', (_, p, h, expected) => {
    expect(storedCollapsed(model(p), p, h)).toBe(expected);
  });
});

describe('the commands the hint sends', () => {
  it('a collapse on a unit page is remembered for the course; elsewhere it is the one choice', () => {
    expect(collapseCommand(model(UNIT), UNIT, false)).toEqual({
      type: 'setHintOpenOnUnits',
      course: '6.431x',
      open: true,
    });
    expect(collapseCommand(model(HOME), HOME, true)).toEqual({ type: 'setHintCollapsed', collapsed: true });
  });

  it('a mark names the run of the URL, or the platform when the page has none', () => {
    expect(markCommand(HOME, model(HOME), 'verified')).toEqual({
      type: 'mark',
      course: '6.431x',
      mark: 'verified',
      runKey: 'course-v1:MITx+6.431x+3T2026',
    });
    expect(markCommand(PRODUCT, model(PRODUCT), 'enrolled')).toEqual({
      type: 'mark',
      course: '18.6501x',
      mark: 'enrolled',
      platform: 'mitxonline',
    });
  });
});
