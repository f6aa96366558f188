/**
 * The learner's track and what follows it: the layout and its words, the program's rules, the swaps a hint
 * offers, and the standings, fees, completion, reminders and calendar of each of four track choices.
 */
import { describe, expect, it } from 'vitest';
import { agenda } from '../../lib/agenda';
import type { TrackCourse, TrackName } from '../../lib/catalog';
import { detectPage } from '../../lib/detect';
import { hintModel, nextToTake, type CourseHint } from '../../lib/hint-model';
import { deadlinesToIcs } from '../../lib/ics';
import { money, projectCompletion, termLoad } from '../../lib/projection';
import { reminderOccurrences } from '../../lib/reminders';
import { programStandings } from '../../lib/status';
import {
  draftChoice,
  renameDraft,
  stepRole,
  swapsInto,
  trackLayout,
  trackProblem,
  type TrackChoice,
} from '../../lib/track';
import { progressWith, run, settingsWith } from '../support/builders';

const NOW = Date.parse('2027-01-15T12:00:00Z');
const track = (name: TrackName, a: TrackCourse, b: TrackCourse): TrackChoice => ({ name, courses: [a, b] });

/** Four choices a learner may make, the FAQ's path first. */
const CHOICES = [
  ['FAQ path (Social Sciences)', track('social-sciences', '14.310x', '18.6501x')],
  ['General with 18.6501x and 6.419x', track('general', '18.6501x', '6.419x')],
  ['Methods with 6.419x and IDS.S24x', track('methods', '6.419x', 'IDS.S24x')],
  ['Time Series and Social Sciences', track('time-series-social-sciences', '14.310x', 'IDS.S24x')],
] as const;

describe('the layout of a track', () => {
  it.each([
    [CHOICES[0][1], ['6.431x', '14.310x', '18.6501x', '6.86x', 'DS.CFx'], true],
    [CHOICES[1][1], ['6.431x', '6.86x', '18.6501x', '6.419x', 'DS.CFx'], false],
    [CHOICES[2][1], ['6.431x', '6.86x', '6.419x', 'IDS.S24x', 'DS.CFx'], false],
    [CHOICES[3][1], ['6.431x', '6.86x', '14.310x', 'IDS.S24x', 'DS.CFx'], false],
    // The FAQ's two courses ticked in the other order are still the FAQ's path.
    [track('social-sciences', '18.6501x', '14.310x'), ['6.431x', '14.310x', '18.6501x', '6.86x', 'DS.CFx'], true],
  ] as const)('%j: %j, ordered %s', (t, steps, ordered) => {
    expect(trackLayout(t)).toEqual({ steps, ordered });
  });

  it('roles: core in every track, track courses only in their track, the capstone always', () => {
    const general = CHOICES[1][1];
    expect(
      ['6.431x', '6.86x', '6.419x', '18.6501x', 'DS.CFx', '14.310x', 'IDS.S24x'].map((s) =>
        stepRole(general, s as never),
      ),
    ).toEqual(['core', 'core', 'track', 'track', 'capstone', undefined, undefined]);
  });
});

describe("the program's rules, and nothing it has not published", () => {
  it.each([
    [track('social-sciences', '14.310x', '18.6501x'), undefined],
    [track('social-sciences', '18.6501x', '6.419x'), { key: 'track_needs_course', course: '14.310x' }],
    [track('time-series-social-sciences', '6.419x', 'IDS.S24x'), { key: 'track_needs_course', course: '14.310x' }],
    [track('general', '14.310x', '6.419x'), { key: 'track_excludes_course', course: '14.310x' }],
    [track('methods', '14.310x', '18.6501x'), { key: 'track_excludes_course', course: '14.310x' }],
    [track('general', '6.419x', '6.419x'), { key: 'track_same_course' }],
    // Any two of the other three are accepted for General and Methods: which two is not confirmed anywhere.
    [track('general', '18.6501x', 'IDS.S24x'), undefined],
    [track('methods', '18.6501x', '6.419x'), undefined],
  ] as const)('%j: %j', (t, problem) => {
    expect(trackProblem(t)).toEqual(problem);
  });

  it('a draft needs exactly two courses; a new name ticks what it includes and unticks what it excludes', () => {
    expect(draftChoice({ name: 'general', courses: ['6.419x'] })).toEqual({ ok: false, key: 'track_pick_two' });
    expect(draftChoice({ name: 'general', courses: ['6.419x', '18.6501x', 'IDS.S24x'] })).toMatchObject({ ok: false });
    expect(draftChoice({ name: 'general', courses: ['6.419x', '18.6501x'] })).toEqual({
      ok: true,
      track: track('general', '6.419x', '18.6501x'),
    });
    expect(renameDraft({ name: 'social-sciences', courses: ['14.310x', '18.6501x'] }, 'general')).toEqual({
      name: 'general',
      courses: ['18.6501x'],
    });
    expect(renameDraft({ name: 'general', courses: ['18.6501x', '6.419x'] }, 'social-sciences')).toEqual({
      name: 'social-sciences',
      courses: ['14.310x', '18.6501x'],
    });
  });

  it.each([
    ['FAQ path on 6.419x: in place of 18.6501x only (14.310x stays)', CHOICES[0][1], '6.419x', ['18.6501x']],
    ['General on 14.310x: no swap keeps the General track', CHOICES[1][1], '14.310x', []],
    ['General on IDS.S24x: in place of either', CHOICES[1][1], 'IDS.S24x', ['18.6501x', '6.419x']],
    ['a course already in the track', CHOICES[1][1], '6.419x', []],
    ['a core course', CHOICES[2][1], '6.86x', []],
  ] as const)('swaps: %s', (_, t, course, replaces) => {
    const swaps = swapsInto(t, course);
    expect(swaps.map((s) => s.replaces)).toEqual(replaces);
    for (const s of swaps) expect(trackProblem(s.track)).toBeUndefined();
  });
});

/**
 * One learner's history, the same under every choice: 6.431x passed, 18.6501x verified and under way,
 * 6.419x in audit before its payment dates, 14.310Fx passed long ago.
 */
function history() {
  return progressWith({
    '6.431x': [run('6.431x', { mode: 'verified', status: 'passed' }, { id: 'p' })],
    '18.6501x': [
      run(
        '18.6501x',
        { mode: 'verified', start: '2027-01-05T15:00:00Z', end: '2027-04-20T15:00:00Z' },
        { id: 's', runKey: 'course-v1:MITx+18.6501x+1T2027' },
      ),
    ],
    '6.419x': [
      run(
        '6.419x',
        { mode: 'audit', start: '2027-01-10T15:00:00Z', upgradeDeadline: '2027-02-20T23:59:00Z' },
        { id: 'm', runKey: 'course-v1:MITxT+6.419x+1T2027' },
      ),
    ],
    '14.310x': [run('14.310Fx', { mode: 'verified', status: 'passed' }, { id: 'd' })],
  });
}

describe('everything that counts follows the track: four choices × the same history', () => {
  const expected: Record<
    string,
    {
      steps: string[];
      statuses: string[];
      spent: number;
      toSpend: number;
      remaining: number;
      deadlines: string[];
      next: unknown;
    }
  > = {
    'FAQ path (Social Sciences)': {
      steps: ['6.431x', '14.310x', '18.6501x', '6.86x', 'DS.CFx'],
      statuses: ['passed', 'passed', 'verified-in-progress', 'planned', 'planned'],
      spent: 900,
      toSpend: 600,
      remaining: 2,
      deadlines: ['s:course-end'],
      next: { kind: 'next', step: '18.6501x', position: 3 },
    },
    'General with 18.6501x and 6.419x': {
      steps: ['6.431x', '6.86x', '18.6501x', '6.419x', 'DS.CFx'],
      statuses: ['passed', 'planned', 'verified-in-progress', 'audit-can-upgrade', 'planned'],
      spent: 600,
      toSpend: 900,
      remaining: 3,
      deadlines: ['s:course-end', 'm:program-target', 'm:edx-upgrade'],
      next: { kind: 'remaining', steps: ['6.86x', '18.6501x', '6.419x'] },
    },
    'Methods with 6.419x and IDS.S24x': {
      steps: ['6.431x', '6.86x', '6.419x', 'IDS.S24x', 'DS.CFx'],
      statuses: ['passed', 'planned', 'audit-can-upgrade', 'planned', 'planned'],
      spent: 300,
      toSpend: 1200,
      remaining: 3,
      deadlines: ['m:program-target', 'm:edx-upgrade'],
      next: { kind: 'remaining', steps: ['6.86x', '6.419x', 'IDS.S24x'] },
    },
    'Time Series and Social Sciences': {
      steps: ['6.431x', '6.86x', '14.310x', 'IDS.S24x', 'DS.CFx'],
      statuses: ['passed', 'planned', 'passed', 'planned', 'planned'],
      spent: 600,
      toSpend: 900,
      remaining: 2,
      deadlines: [],
      next: { kind: 'remaining', steps: ['6.86x', 'IDS.S24x'] },
    },
  };

  it.each(CHOICES)('%s', (name, choice) => {
    const p = { ...history(), track: { ...choice, by: 'learner' as const } };
    const settings = settingsWith();
    const steps = programStandings(p, settings, NOW, 'UTC');
    const want = expected[name]!;
    expect(steps.map((s) => s.step)).toEqual(want.steps);
    expect(steps.map((s) => s.status)).toEqual(want.statuses);
    // Fees: the track's four courses and the capstone, US $1,500 in every track.
    expect(money(steps)).toEqual({ spent: want.spent, toSpend: want.toSpend, total: 1500 });
    const projection = projectCompletion(steps, NOW);
    expect(projection.remainingCourses).toBe(want.remaining);
    expect(nextToTake(steps)).toEqual(want.next);
    // Reminders and the calendar: only the runs of the track's courses.
    const items = agenda(steps, NOW);
    expect(items.map((i) => `${i.deadline.runId}:${i.deadline.kind}`).sort()).toEqual([...want.deadlines].sort());
    const reminderRuns = new Set(reminderOccurrences(items, settings, 'UTC').map((o) => o.item.deadline.runId));
    expect([...reminderRuns].sort()).toEqual([...new Set(want.deadlines.map((d) => d.split(':')[0]))].sort());
    const ics = deadlinesToIcs(steps, settings, NOW);
    expect(ics.ok && ics.text.includes('6.419x')).toBe(want.steps.includes('6.419x'));
    // The history itself is the same whatever the track: no run is lost by choosing.
    expect(
      Object.values(p.steps)
        .flatMap((s) => s.runs.map((r) => r.id))
        .sort(),
    ).toEqual(['d', 'm', 'p', 's']);
  });

  it('completion: on the General track 14.310x no longer shortens the plan (it is not taken alongside)', () => {
    const fresh = (t: TrackChoice) =>
      projectCompletion(
        programStandings({ ...progressWith({}), track: { ...t, by: 'learner' } }, settingsWith(), NOW, 'UTC'),
        NOW,
      );
    const weeks = (r: ReturnType<typeof fresh>) => Math.round(((r.earliest ?? 0) - NOW) / (7 * 86_400_000));
    // The FAQ path: 4 courses in 3 slots (14.310x alongside 18.6501x). General: 4 slots.
    expect(weeks(fresh(CHOICES[0][1]))).toBe(39);
    expect(weeks(fresh(CHOICES[1][1]))).toBe(52);
    // 14.310x with IDS.S24x still runs alongside 6.86x.
    expect(weeks(fresh(CHOICES[3][1]))).toBe(39);
  });

  it('the weekly load counts only the track, and warns of order only between the FAQ courses', () => {
    const steps = programStandings(
      { ...progressWith({}), track: { ...CHOICES[1][1], by: 'learner' } },
      settingsWith(),
      NOW,
      'UTC',
    );
    const load = termLoad({ '6.86x': '2027-fall', '6.419x': '2027-fall', '14.310x': '2027-fall' }, steps);
    expect(load).toEqual([
      { term: '2027-fall', steps: ['6.86x', '6.419x'], hours: { min: 24, max: 28 }, sequentialClash: false },
    ]);
    const faq = programStandings(progressWith({}), settingsWith(), NOW, 'UTC');
    expect(termLoad({ '6.431x': '2027-fall', '6.86x': '2027-fall' }, faq)[0]?.sequentialClash).toBe(true);
  });
});

describe('the hint on each kind of course for a General-track learner', () => {
  const general = { ...history(), track: { ...CHOICES[1][1], by: 'learner' as const } };
  const steps = programStandings(general, settingsWith(), NOW, 'UTC');
  const at = (url: string) => {
    const page = detectPage(url);
    if (!page) throw new Error(url);
    return hintModel(page, steps, general.track, NOW, 'UTC');
  };

  it('6.419x is a track course: no step number, its own deadlines, no FAQ order', () => {
    const model = at('https://courses.learn.mit.edu/learn/course/course-v1:MITxT+6.419x+1T2027/home');
    expect(model).toMatchObject({
      kind: 'course',
      step: '6.419x',
      standing: { role: 'track' },
      status: 'audit-can-upgrade',
    });
    if (model?.kind !== 'course') throw new Error('course');
    expect(model.standing.position).toBeUndefined();
    expect(model.next.map((l) => l.kind)).toEqual([]);
    expect(model.deadlines.map((d) => d.deadline.kind)).toEqual(['program-target', 'edx-upgrade']);
  });

  it('14.310x is outside the track, and no swap keeps the General track', () => {
    expect(at('https://learning.edx.org/course/course-v1:MITx+14.310x+1T2027/home')).toMatchObject({
      kind: 'outside',
      step: '14.310x',
      swaps: [],
    });
  });

  it('the capstone counts the four courses of the track', () => {
    const model = at('https://learning.edx.org/course/course-v1:MITx+DS.CFx+1T2027/home');
    if (model?.kind !== 'course') throw new Error('course');
    expect(model.advice.find((a) => a.key === 'advice_capstone_progress')?.subs).toEqual(['1', '4']);
  });

  it("on the FAQ path, 14.310x's concurrency advice names its partners; with IDS.S24x, only 6.86x", () => {
    const faq = programStandings(progressWith({}), settingsWith(), NOW, 'UTC');
    const page = detectPage('https://learning.edx.org/course/course-v1:MITx+14.310x+1T2027/home')!;
    const advice = (s: typeof faq, t: TrackChoice) =>
      (hintModel(page, s, t, NOW, 'UTC') as CourseHint).advice.filter((a) =>
        a.key.startsWith('advice_data_analysis_concurrent'),
      );
    expect(advice(faq, CHOICES[0][1])).toEqual([
      { key: 'advice_data_analysis_concurrent', subs: ['18.6501x', '6.86x'] },
    ]);
    const tsss = { ...progressWith({}), track: { ...CHOICES[3][1], by: 'learner' as const } };
    expect(advice(programStandings(tsss, settingsWith(), NOW, 'UTC'), CHOICES[3][1])).toEqual([
      { key: 'advice_data_analysis_concurrent_single', subs: ['6.86x'] },
    ]);
  });
});

describe('what is left on a track without an order', () => {
  it('the capstone is named only once the four courses are passed', () => {
    const t = { ...track('methods', '6.419x', 'IDS.S24x'), by: 'learner' as const };
    const all = progressWith({
      '6.431x': [run('6.431x', { status: 'passed' }, { id: 'a' })],
      '6.86x': [run('6.86x', { status: 'passed' }, { id: 'b' })],
      '6.419x': [run('6.419x', { status: 'passed' }, { id: 'c' })],
      'IDS.S24x': [run('IDS.S24x', { status: 'passed' }, { id: 'd' })],
    });
    expect(nextToTake(programStandings({ ...all, track: t }, settingsWith(), NOW, 'UTC'))).toEqual({
      kind: 'remaining',
      steps: ['DS.CFx'],
    });
  });
});
