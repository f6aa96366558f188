/** Reading graded work from the dates and progress answers (shapes: tests/support/graded-json.ts). */
import { describe, expect, it } from 'vitest';
import { gradeStanding } from '../../lib/grade-standing';
import { parseGraded } from '../../lib/graded-parse';
import { gradedAnswers, twentyItems, type GradedSpec } from '../support/graded-json';

const NOW = Date.parse('2027-02-10T12:00:00Z');
const KEY = 'course-v1:MITx+6.431x+1T2027';
const parse = (specs: GradedSpec[], policy?: unknown[]) => {
  const { dates, progress } = gradedAnswers(KEY, specs, policy ? { policy } : {});
  return parseGraded(dates, progress, NOW);
};

describe('graded work from the course app', () => {
  it('twenty items: title, type, due date, done, locked, link and the scores so far, with the policy', () => {
    const { work, problems } = parse(twentyItems(NOW));
    expect(problems).toEqual([]);
    expect(work?.items).toHaveLength(20);
    expect(work?.items[0]).toEqual({
      id: 'block-v1:mitx+6.431x+1t2027+type@sequential+block@problem_set_1',
      title: 'Problem Set 1',
      type: 'Problem Set',
      due: '2027-01-13T13:00:00Z',
      done: true,
      locked: false,
      link: `https://learning.edx.org/course/${KEY}/block-v1:MITx+6.431x+1T2027+type@sequential+block@problem_set_1`,
      score: 0.8,
    });
    // Due later and not done: no score yet.
    expect(work?.items[4]).toMatchObject({ title: 'Problem Set 5', done: false });
    expect(work?.items[4]?.score).toBeUndefined();
    expect(work?.policy).toEqual([
      { type: 'Problem Set', weight: 0.36, count: 17, droppable: 2 },
      { type: 'Midterm Exam 1', weight: 0.16, count: 1, droppable: 0 },
      { type: 'Midterm Exam 2', weight: 0.16, count: 1, droppable: 0 },
      { type: 'Final Exam', weight: 0.32, count: 1, droppable: 0 },
    ]);
    // Four sets at .8 of seventeen, two dropped: .36 × 3.2 / 15 = .0768 now.
    const s = gradeStanding(work!.policy, work!.items, 0.6);
    expect(s.kind === 'needs' && s.current).toBeCloseTo(0.0768, 10);
  });

  it('an audit learner: items locked, said per item', () => {
    const { work } = parse(twentyItems(NOW, 0).map((s) => ({ ...s, locked: true })));
    expect(work?.items.every((i) => i.locked)).toBe(true);
  });

  it.each([
    [
      'an item without a date: kept, with no due date',
      [{ title: 'Problem Set 1', type: 'Problem Set', due: null }],
      (w: NonNullable<ReturnType<typeof parse>['work']>) => expect(w.items[0]?.due).toBeUndefined(),
      [],
    ],
    [
      'an unreadable date: kept without one, and named',
      [{ title: 'Problem Set 1', type: 'Problem Set', due: 'next Tuesday' }],
      (w: NonNullable<ReturnType<typeof parse>['work']>) => expect(w.items[0]?.due).toBeUndefined(),
      ['dates: Problem Set 1 has an unreadable due date, kept without one'],
    ],
    [
      'an unknown type: kept, counting for nothing in the grade',
      [{ title: 'Survey', type: 'Survey', due: '2027-01-01T00:00:00Z', complete: true, earned: 10 }],
      (w: NonNullable<ReturnType<typeof parse>['work']>) =>
        expect(gradeStanding(w.policy, w.items, 0.6)).toMatchObject({ current: 0 }),
      [],
    ],
    [
      'a score above what is possible: full marks, and named',
      [{ title: 'Problem Set 1', type: 'Problem Set', due: '2027-01-01T00:00:00Z', earned: 12, possible: 10 }],
      (w: NonNullable<ReturnType<typeof parse>['work']>) => expect(w.items[0]?.score).toBe(1),
      ['progress: Problem Set 1 scores 12 of 10, counted as full marks'],
    ],
  ] as const)('%s', (_, specs, check, problems) => {
    const result = parse([...specs]);
    check(result.work!);
    expect(result.problems).toEqual(problems);
  });

  it('duplicated titles without block ids stay two items, numbered', () => {
    const dates = {
      course_date_blocks: [1, 2].map(() => ({
        date_type: 'assignment-due-date',
        title: 'Quiz',
        date: '2027-03-01T00:00:00Z',
      })),
    };
    expect(parseGraded(dates, {}, NOW).work?.items.map((i) => i.id)).toEqual(['title:Quiz', 'title:Quiz~2']);
  });

  it('odd blocks are skipped and named; the rest are kept; links off the course apps are dropped', () => {
    const dates = {
      course_date_blocks: [
        { date_type: 'assignment-due-date', title: 7 },
        'garbage',
        {
          date_type: 'assignment-due-date',
          title: 'Problem Set 1',
          date: '2027-03-01T00:00:00Z',
          link: 'https://evil.example/x',
        },
        { date_type: 'course-end-date', date: '2027-05-01T00:00:00Z' },
      ],
    };
    const { work, problems } = parseGraded(dates, { grading_policy: { assignment_policies: [{ type: 'PS' }] } }, NOW);
    expect(work?.items.map((i) => [i.title, i.link])).toEqual([['Problem Set 1', undefined]]);
    expect(problems).toEqual([
      'progress.grading_policy.assignment_policies[0]: unexpected shape',
      'dates: a graded item without a title, skipped',
    ]);
  });

  it('a policy of zero weights is read as it is, and the standing then says nothing', () => {
    const zero = [{ type: 'Problem Set', weight: 0, num_total: 17, num_droppable: 2 }];
    const { work } = parse(twentyItems(NOW), zero);
    expect(gradeStanding(work!.policy, work!.items, 0.6)).toEqual({ kind: 'unknown', reason: 'weights' });
  });

  it('nothing to read: no graded work at all', () => {
    expect(parseGraded(undefined, undefined, NOW)).toEqual({ problems: [] });
    expect(parseGraded({ detail: 'Not found.' }, 'x', NOW).work).toBeUndefined();
  });
});
