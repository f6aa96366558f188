/** The graded work a course's hint shows: the next three items, the one a unit page's line names, the standing. */
import { describe, expect, it } from 'vitest';
import { detectPage, type PageMatch } from '../../lib/detect';
import { hintModel, type CourseHint } from '../../lib/hint-model';
import type { Run } from '../../lib/state/schema';
import { programStandings } from '../../lib/status';
import { faqTrack } from '../../lib/track';
import { progressWith, settingsWith } from '../support/builders';
import { gradedRun } from '../support/graded-json';

/** Problem Set 5 is due an hour after READ; the others a week apart (tests/support/graded-json.ts). */
const READ = Date.parse('2026-02-10T12:00:00Z');
const DAY = 86_400_000;
const page = (url: string): PageMatch => {
  const found = detectPage(url);
  if (!found) throw new Error(url);
  return found;
};
const HOME = page('https://learning.edx.org/course/course-v1:MITx+6.431x+1T2026/home');
const UNIT = page(
  'https://learning.edx.org/course/course-v1:MITx+6.431x+1T2026/block-v1:MITx+6.431x+1T2026+type@sequential+block@s1',
);

function graded(p: PageMatch, runs: Run[], now: number) {
  const steps = JSON.parse(
    JSON.stringify(programStandings(progressWith({ '6.431x': runs }), settingsWith(), now, 'UTC')),
  );
  return (hintModel(p, steps, faqTrack(), now, 'UTC') as CourseHint).graded;
}

describe("a course's graded work on its hint", () => {
  it('the next three items still to do, soonest first, with the standing', () => {
    const g = graded(HOME, [gradedRun(READ)], READ);
    expect(g?.upcoming.map((i) => i.title)).toEqual(['Problem Set 5', 'Problem Set 6', 'Problem Set 7']);
    expect(g?.standing).toMatchObject({ kind: 'needs', passMark: 0.6 });
    expect(g?.locked).toEqual({ count: 0 });
  });

  it.each([
    ['due today', 0, 0],
    ['due tomorrow', 1, 1],
    ['due in 2 days: still named', 2, 2],
    ['due in 3 days: not yet', 3, undefined],
  ])("the unit page's line: Problem Set 5 %s", (_, daysBefore, days) => {
    const g = graded(UNIT, [gradedRun(READ)], READ - daysBefore * DAY);
    expect(g?.urgent && { title: g.urgent.item.title, days: g.urgent.days }).toEqual(
      days === undefined ? undefined : { title: 'Problem Set 5', days },
    );
  });

  it('an audit enrolment: the items are counted as locked, and no locked item is named as urgent', () => {
    const g = graded(UNIT, [gradedRun(READ, { locked: true })], READ);
    expect(g?.locked).toEqual({ count: 16, firstDue: '2026-02-10T13:00:00Z' });
    expect(g?.urgent).toBeUndefined();
  });

  it('after the run ends, or with no graded work read: nothing', () => {
    expect(graded(HOME, [gradedRun(READ)], Date.parse('2026-05-02T00:00:00Z'))).toBeUndefined();
    const unread = gradedRun(READ);
    delete unread.graded;
    expect(graded(HOME, [unread], READ)).toBeUndefined();
  });
});
