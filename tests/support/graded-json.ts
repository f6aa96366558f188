/**
 * The dates and progress answers of a run with graded work, shaped like the course app's own: the dates
 * tab's `course_date_blocks` as openedx/frontend-app-learning's datesTabData factory writes them
 * (src/course-home/data/__factories__/datesTabData.factory.js) and the progress tab's `grading_policy` and
 * `section_scores[].subsections[]` as its progressTabData factory does (progressTabData.factory.js). One
 * description makes both, so an item's block id, title and type agree between the two as they do on edX.
 */
import { parseGraded } from '../../lib/graded-parse';
import type { Run } from '../../lib/state/schema';
import { run } from './builders';

export interface GradedSpec {
  readonly title: string;
  readonly type: string;
  /** ISO instant, or null for an item the dates tab gives no date. */
  readonly due: string | null;
  readonly complete?: boolean;
  readonly locked?: boolean;
  /** Points earned and possible on the progress tab. */
  readonly earned?: number;
  readonly possible?: number;
}

/** The policy the issue names: problem sets 36% (two dropped), two midterms 16% each, a final 32%. */
export const SDS_POLICY = [
  { num_droppable: 2, num_total: 17, short_label: 'PS', type: 'Problem Set', weight: 0.36 },
  { num_droppable: 0, num_total: 1, short_label: 'Mid 1', type: 'Midterm Exam 1', weight: 0.16 },
  { num_droppable: 0, num_total: 1, short_label: 'Mid 2', type: 'Midterm Exam 2', weight: 0.16 },
  { num_droppable: 0, num_total: 1, short_label: 'Final', type: 'Final Exam', weight: 0.32 },
];

const slug = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '_');

export function gradedAnswers(
  runKey: string,
  specs: readonly GradedSpec[],
  { app = 'https://learning.edx.org', policy = SDS_POLICY }: { app?: string; policy?: unknown[] } = {},
): { dates: Record<string, unknown>; progress: Record<string, unknown> } {
  const [, org, number, run] = /^course-v1:([^+]+)\+([^+]+)\+(.+)$/.exec(runKey) ?? [];
  const block = (title: string) => `block-v1:${org}+${number}+${run}+type@sequential+block@${slug(title)}`;
  const base = app.includes('learn.mit.edu') ? `${app}/learn/course/${runKey}` : `${app}/course/${runKey}`;
  const course_date_blocks = specs
    .filter((s) => s.due !== undefined)
    .map((s) => ({
      assignment_type: s.type,
      complete: s.complete ?? false,
      date: s.due,
      date_type: 'assignment-due-date',
      description: '',
      learner_has_access: !s.locked,
      link: `${base}/${block(s.title)}`,
      link_text: '',
      title: s.title,
      extra_info: null,
      first_component_block_id: `${block(s.title).replace('type@sequential', 'type@problem')}_1`,
    }));
  const section_scores = [
    {
      display_name: 'Graded work',
      subsections: specs.map((s) => ({
        assignment_type: s.type,
        block_key: block(s.title),
        display_name: s.title,
        learner_has_access: !s.locked,
        has_graded_assignment: true,
        num_points_earned: s.earned ?? 0,
        num_points_possible: s.possible ?? 10,
        percent_graded: (s.earned ?? 0) / (s.possible ?? 10),
        problem_scores: [{ earned: s.earned ?? 0, possible: s.possible ?? 10 }],
        show_correctness: 'always',
        show_grades: true,
        url: `${base}/${block(s.title)}`,
      })),
    },
  ];
  return {
    dates: {
      course_date_blocks,
      dates_banner_info: { missed_deadlines: false },
      has_ended: false,
      user_timezone: null,
    },
    progress: { grading_policy: { assignment_policies: policy, grade_range: { Pass: 0.6 } }, section_scores },
  };
}

/**
 * Twenty graded items a week apart around `now`: 17 problem sets, two midterms and a final. The first
 * `past` problem sets are due and graded at 8 of 10; the rest are to come, the first of them `dueInMs` after
 * `now` (an hour unless told).
 */
export function twentyItems(now: number, past = 4, dueInMs = 3_600_000): GradedSpec[] {
  const week = 7 * 86_400_000;
  const at = (i: number) => new Date(now + (i - past) * week + dueInMs).toISOString().replace('.000', '');
  const specs: GradedSpec[] = [];
  for (let i = 0; i < 17; i++)
    specs.push({
      title: `Problem Set ${i + 1}`,
      type: 'Problem Set',
      due: at(i),
      ...(i < past && { complete: true, earned: 8 }),
    });
  specs.push({ title: 'Midterm Exam 1', type: 'Midterm Exam 1', due: at(6) });
  specs.push({ title: 'Midterm Exam 2', type: 'Midterm Exam 2', due: at(12) });
  specs.push({ title: 'Final Exam', type: 'Final Exam', due: at(18) });
  return specs;
}

/**
 * A 6.431x run read from edX at `now` with the twenty items of `twentyItems(now)`: verified, or an audit
 * enrolment whose graded items are all locked. Its pass mark is 60%.
 */
export function gradedRun(now: number, { locked = false } = {}): Run {
  const runKey = 'course-v1:MITx+6.431x+1T2026';
  const { dates, progress } = gradedAnswers(
    runKey,
    twentyItems(now).map((s) => ({ ...s, locked })),
  );
  const work = parseGraded(dates, progress, now).work;
  if (!work) throw new Error('the twenty items did not parse');
  const r = run(
    '6.431x',
    { mode: locked ? 'audit' : 'verified', start: '2026-01-06T15:00:00Z', end: '2026-05-01T00:00:00Z', passMark: 0.6 },
    { by: 'edx', runKey },
  );
  return { ...r, graded: { at: new Date(now).toISOString(), items: [...work.items], policy: [...work.policy] } };
}
