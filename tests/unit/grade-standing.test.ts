/**
 * The grade a learner still needs, against a real-looking SDS policy: ten problem sets worth 36% with the
 * two lowest dropped, two midterms at 16% each and a final at 32%, pass mark 60%. Every expected figure
 * below is worked out by hand in its comment, not taken from the code.
 */
import { describe, expect, it } from 'vitest';
import { gradeStanding, gradeWith, policyProblem, type GradedScore, type PolicyType } from '../../lib/grade-standing';

const POLICY: PolicyType[] = [
  { type: 'Problem Set', weight: 0.36, count: 10, droppable: 2 },
  { type: 'Midterm Exam 1', weight: 0.16, count: 1, droppable: 0 },
  { type: 'Midterm Exam 2', weight: 0.16, count: 1, droppable: 0 },
  { type: 'Final Exam', weight: 0.32, count: 1, droppable: 0 },
];
const sets = (scores: (number | undefined)[]): GradedScore[] => scores.map((score) => ({ type: 'Problem Set', score }));
const exam = (type: string, score?: number): GradedScore => ({ type, score });

/** Week 9: seven problem sets and both midterms graded, three sets and the final to come. */
const WEEK_9 = [
  ...sets([0.9, 0.8, 1, 0.7, 0.95, 0.85, 0.6, undefined, undefined, undefined]),
  exam('Midterm Exam 1', 0.75),
  exam('Midterm Exam 2', 0.65),
  exam('Final Exam'),
];

describe('grade standing', () => {
  it('week 9: 48.5% now, 42.8% to come, 32% needed on average', () => {
    // Now: the sets' best 8 of [.9 .8 1 .7 .95 .85 .6 0 0 0] (two zeros dropped) sum to 5.8, mean .725,
    // × .36 = .261; midterms .75 × .16 = .12 and .65 × .16 = .104; final 0. Grade .485.
    // To come: 3 of 10 sets at .36 (.108) and the final (.32): .428.
    // Needed x: below .6 the two lowest dropped are two x's, so the sets give .36 × (5.8 + x) / 8 =
    // .261 + .045x; .261 + .045x + .224 + .32x = .6 gives x = .115 / .365 = .3151, so 32%.
    const s = gradeStanding(POLICY, WEEK_9, 0.6);
    expect(s.kind).toBe('needs');
    if (s.kind !== 'needs') return;
    expect(s.current).toBeCloseTo(0.485, 10);
    expect(s.toCome).toBeCloseTo(0.428, 10);
    expect(s.needed).toBe(0.32);
  });

  it.each([
    // Everything but the final, all good: .36 + .9 × .16 × 2 = .648 already passes.
    [
      'already passed',
      [...sets(Array(10).fill(1)), exam('Midterm Exam 1', 0.9), exam('Midterm Exam 2', 0.9)],
      'passed',
      0.648,
    ],
    // Weak sets and midterms: .2 × .36 + .1 × .32 = .104 now; even 100% on the final gives .424 < .6.
    [
      'no longer reachable',
      [...sets(Array(10).fill(0.2)), exam('Midterm Exam 1', 0.1), exam('Midterm Exam 2', 0.1)],
      'unreachable',
      0.104,
    ],
    // Nothing graded yet: every item at x gives x, so exactly the pass mark, 60%.
    ['a new learner', [], 'needs', 0],
  ] as const)('%s', (_, items, kind, current) => {
    const s = gradeStanding(POLICY, items, 0.6);
    expect(s.kind).toBe(kind);
    if (s.kind === 'unknown') return;
    expect(s.current).toBeCloseTo(current, 10);
    if (kind === 'needs') expect(s.needed).toBe(0.6);
  });

  it('drops follow edX: the lowest scores go, placeholders for missing items count as zero', () => {
    // Two sets graded, 1 and .5, eight missing: best 8 of [1 .5 0 0 0 0 0 0 0 0] sum 1.5, mean .1875.
    expect(gradeWith(POLICY.slice(0, 1), sets([1, 0.5]), 0)).toBeCloseTo(0.36 * 0.1875, 10);
    // Eleven sets where the policy expects ten: all count, the two lowest dropped: best 9 of 11.
    const eleven = sets([1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0]);
    expect(gradeWith(POLICY.slice(0, 1), eleven, 0)).toBeCloseTo(0.36, 10);
  });

  it.each([
    ['no policy', [], 'no-policy'],
    [
      'weights summing to .88',
      [...POLICY.slice(0, 3), { type: 'Final Exam', weight: 0.2, count: 1, droppable: 0 }],
      'weights',
    ],
    [
      'a negative weight',
      [...POLICY.slice(0, 3), { type: 'Final Exam', weight: -0.32, count: 1, droppable: 0 }],
      'weights',
    ],
    ['a policy of zero weights', POLICY.map((p) => ({ ...p, weight: 0 })), 'weights'],
  ] as const)('%s: nothing is said', (_, policy, reason) => {
    expect(policyProblem(policy)).toBe(reason);
    expect(gradeStanding(policy, WEEK_9, 0.6)).toEqual({ kind: 'unknown', reason });
  });

  it('a type worth nothing alongside the others changes nothing', () => {
    const withPractice = [...POLICY, { type: 'Practice', weight: 0, count: 5, droppable: 0 }];
    expect(gradeStanding(withPractice, [...WEEK_9, { type: 'Practice' }], 0.6)).toEqual(
      gradeStanding(POLICY, WEEK_9, 0.6),
    );
  });

  it('items of a type the policy does not name count for nothing', () => {
    expect(gradeStanding(POLICY, [...WEEK_9, { type: 'Survey', score: 1 }], 0.6)).toEqual(
      gradeStanding(POLICY, WEEK_9, 0.6),
    );
  });

  it('a grade exactly at the pass mark passes', () => {
    const items = [
      ...sets(Array(10).fill(0.6)),
      exam('Midterm Exam 1', 0.6),
      exam('Midterm Exam 2', 0.6),
      exam('Final Exam', 0.6),
    ];
    expect(gradeStanding(POLICY, items, 0.6).kind).toBe('passed');
  });
});
