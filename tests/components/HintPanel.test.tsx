import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HintPanel, type HintHandlers } from '../../components/HintPanel';
import { COURSES, FAQ_PATH, stepOf } from '../../lib/catalog';
import { detectPage, type PageMatch } from '../../lib/detect';
import { programStandings } from '../../lib/status';
import { hintModel, hintVisible, type HintModel } from '../../lib/hint-model';
import type { Progress } from '../../lib/state/schema';
import { faqTrack } from '../../lib/track';
import { progressWith, run, settingsWith } from '../support/builders';
import { gradedRun } from '../support/graded-json';

afterEach(cleanup);

const NOW = Date.parse('2025-09-10T12:00:00Z');
const TZ = 'UTC';
const handlers = (): HintHandlers => ({
  onAction: vi.fn(),
  onCollapse: vi.fn(),
  onHide: vi.fn(),
  onOptions: vi.fn(),
  onTrack: vi.fn(),
});

/** Facts that put a run in each status on NOW. */
const STATUS_FACTS = {
  'planned (no date)': {},
  planned: { start: '2025-09-02T15:00:00Z' },
  'audit-can-upgrade': { start: '2025-09-02T15:00:00Z', mode: 'audit', upgradeDeadline: '2025-10-20T23:59:00Z' },
  'missed-upgrade': { start: '2025-06-02', mode: 'audit', upgradeDeadline: '2025-07-20T23:59:00Z' },
  'verified-in-progress': { start: '2025-09-02T15:00:00Z', mode: 'verified', end: '2025-12-16T15:00:00Z' },
  passed: { mode: 'verified', certificate: 'downloadable' },
  'not-passed': { start: '2025-01-10', mode: 'verified', end: '2025-05-01T00:00:00Z', grade: 0.4, passMark: 0.6 },
} as const;
type Case = keyof typeof STATUS_FACTS;

const STATUS_TEXT: Record<string, string> = {
  planned: 'Planned',
  'audit-can-upgrade': 'Enrolled in audit, can still upgrade',
  'missed-upgrade': 'Missed the upgrade deadline',
  'verified-in-progress': 'Verified, in progress',
  passed: 'Passed',
  'not-passed': 'Not passed',
};

function pageFor(number: string) {
  const page = detectPage(`https://learning.edx.org/course/course-v1:MITx+${number}+3T2025/home`);
  if (!page) throw new Error(`no page for ${number}`);
  return page;
}

/** A track that has each course: the FAQ's path, or (for 6.419x and IDS.S24x) the Methods track with both. */
const METHODS = { name: 'methods', courses: ['6.419x', 'IDS.S24x'], by: 'learner' } as const;
const trackFor = (step: string) => (step === '6.419x' || step === 'IDS.S24x' ? METHODS : undefined);

function stateFor(number: string, c: Case): Progress {
  const course = COURSES.find((x) => x.number === number);
  // A page's status is its step's: the course that counts for that step carries the run.
  const counts = stepOf(course?.step ?? '6.431x').counts;
  const track = trackFor(course?.step ?? '');
  return progressWith(
    { [course?.step ?? '6.431x']: [run(counts, STATUS_FACTS[c], { runKey: `course-v1:MITx+${counts}+3T2025` })] },
    track && { track: { ...track, courses: [...track.courses] } },
  );
}

/** The headline of a course's hint: its place in the FAQ's order, else its role in the Methods track. */
function headlineFor(step: string): string {
  const program = 'MITx MicroMasters in Statistics and Data Science';
  if (trackFor(step)) return `Track course of your Methods track, ${program}`;
  const position = [...FAQ_PATH.order, 'DS.CFx'].indexOf(step as never) + 1;
  return `Step ${position} of 5 of the ${program}`;
}

/** The model as the content script builds it: from the summary the background stores, through JSON. */
function modelOf(page: PageMatch, progress: Progress) {
  const summary = JSON.parse(JSON.stringify(programStandings(progress, settingsWith(), NOW, TZ)));
  return hintModel(page, summary, progress.track, NOW, TZ);
}

function show(model: HintModel, collapsed = false, error?: string) {
  const h = handlers();
  render(<HintPanel model={model} collapsed={collapsed} timeZone={TZ} {...(error && { error })} {...h} />);
  return h;
}

describe('every course × status on a course page', () => {
  for (const course of COURSES) {
    for (const c of Object.keys(STATUS_FACTS) as Case[]) {
      it(`${course.number}: ${c}`, () => {
        const model = modelOf(pageFor(course.number), stateFor(course.number, c));
        if (model?.kind !== 'course') throw new Error('expected a course hint');
        show(model);
        const status = c === 'planned (no date)' ? 'planned' : c;
        expect(screen.getByTestId('hint-step').textContent).toBe(headlineFor(course.step));
        expect(screen.getByTestId('status-pill').textContent).toBe(STATUS_TEXT[status]);
        expect(screen.getByTestId('track').querySelector('[aria-current=step]')?.getAttribute('data-step')).toBe(
          course.step,
        );

        const kinds = [...document.querySelectorAll('[data-testid=deadlines] li')].map((li) =>
          li.getAttribute('data-kind'),
        );
        const expectedKinds: Record<string, string[]> = {
          'planned (no date)': [],
          planned: ['program-target'],
          'audit-can-upgrade': ['program-target', 'edx-upgrade'],
          'verified-in-progress': ['course-end'],
        };
        expect(kinds).toEqual(expectedKinds[c] ?? []);
        expect(!!screen.queryByTestId('dates-differ')).toBe(c === 'audit-can-upgrade');
        expect(!!screen.queryByText(/The last day to pay for this run has passed/)).toBe(c === 'missed-upgrade');
        expect(!!screen.queryByTestId('start-unknown')).toBe(c === 'planned (no date)');

        const actions = [...document.querySelectorAll('button[data-action]')].map((b) => b.getAttribute('data-action'));
        const expectedActions: Record<string, string[]> = {
          planned: ['enrolled', 'verified', 'passed'],
          'audit-can-upgrade': ['verified', 'passed'],
          'missed-upgrade': ['enrolled', 'verified', 'passed'],
          'verified-in-progress': ['passed'],
          passed: [],
          'not-passed': ['enrolled', 'passed'],
        };
        expect(actions).toEqual(course.role === 'legacy' ? [] : expectedActions[status]);

        const advice = [...document.querySelectorAll('[data-advice]')].map((li) => li.getAttribute('data-advice'));
        expect(advice).toEqual(
          course.role === 'capstone' ? [...course.advice, 'advice_capstone_progress'] : course.advice,
        );
        for (const li of document.querySelectorAll('[data-advice]')) expect(li.textContent).not.toMatch(/\$|advice_/);
      });
    }
  }
});

describe('what each course says that the others do not', () => {
  const text = (number: string, c: Case = 'planned') => {
    const model = modelOf(pageFor(number), stateFor(number, c));
    if (!model) throw new Error('no model');
    show(model);
    return document.body.textContent ?? '';
  };
  it('14.310x counts only through the paid 14.310Fx, may run alongside, and the DEDP route', () => {
    const t = text('14.310x');
    expect(t).toMatch(/only the paid assessment course 14\.310Fx \(its exam\) counts/);
    expect(t).toMatch(/May run alongside: 18\.6501x Fundamentals of Statistics or 6\.86x Machine Learning/);
    expect(t).toMatch(/DEDP MicroMasters.*14\.310Fx/);
  });
  it('18.6501x uses R; 6.86x expects Python and PyTorch', () => {
    expect(text('18.6501x')).toMatch(/uses R/);
    cleanup();
    expect(text('6.86x')).toMatch(/Python proficiency is expected.*PyTorch/);
  });
  it('the capstone says how many courses are passed', () => {
    const p = progressWith({
      '6.431x': [run('6.431x', { status: 'passed' }, { id: 'a' })],
      '18.6501x': [run('18.6501x', { status: 'passed' }, { id: 'b' })],
    });
    const model = modelOf(pageFor('DS.CFx'), p);
    if (!model) throw new Error('no model');
    show(model);
    expect(document.body.textContent).toMatch(/You have passed 2 of 4 courses\./);
    expect(screen.getByTestId('next-order-first').textContent).toMatch(/step 2, 14\.310x/);
  });
  it('legacy probability pages state the 6.041x credit rules', () => {
    expect(text('6.041x')).toMatch(
      /before September 2018 counts for 6\.431x.*retake 6\.431x as a verified learner; a 50% discount/,
    );
    cleanup();
    expect(text('6.041.1x')).toMatch(/split in two parts: both must have been passed as verified/);
  });
  it('a passed course names the next step', () => {
    expect(text('6.431x', 'passed')).toMatch(/Next: step 2, 14\.310x Data Analysis for Social Scientists/);
  });
});

describe('program pages and dashboards: a program summary', () => {
  const program = detectPage('https://www.edx.org/masters/micromasters/mitx-statistics-and-data-science');
  const dashboard = detectPage('https://home.edx.org/');
  it.each([
    ['a new learner', progressWith({}), /0 of 4 courses passed.*Next: step 1, 6\.431x/],
    [
      'mid-program',
      progressWith({
        '6.431x': [run('6.431x', { status: 'passed' })],
        '14.310x': [run('14.310Fx', STATUS_FACTS['audit-can-upgrade'])],
      }),
      /1 of 4 courses passed.*Next: step 2, 14\.310x.*Program target/,
    ],
    [
      'everything passed',
      progressWith({
        '6.431x': [run('6.431x', { status: 'passed' })],
        '14.310x': [run('14.310Fx', { status: 'passed' })],
        '18.6501x': [run('18.6501x', { status: 'passed' })],
        '6.86x': [run('6.86x', { status: 'passed' })],
        'DS.CFx': [run('DS.CFx', { status: 'passed' })],
      }),
      /4 of 4 courses passed.*Credential complete/,
    ],
  ])('%s', (_, progress, pattern) => {
    for (const page of [program, dashboard]) {
      if (!page) throw new Error('no page');
      const model = modelOf(page, progress);
      if (!model) throw new Error('no model');
      show(model);
      expect(screen.getByTestId('hint-summary').textContent).toBe(
        'Four courses and a proctored capstone exam, all verified',
      );
      expect(document.body.textContent).toMatch(pattern);
      expect(document.querySelectorAll('button[data-action]')).toHaveLength(0);
      cleanup();
    }
  });
});

describe('states of the panel itself', () => {
  const model = () => modelOf(pageFor('6.431x'), stateFor('6.431x', 'audit-can-upgrade')) as HintModel;

  it('collapsed: title and status only, the toggle says Expand', () => {
    const h = show(model(), true);
    expect(screen.queryByTestId('deadlines')).toBeNull();
    expect(screen.getByTestId('status-pill').textContent).toBe('Enrolled in audit, can still upgrade');
    const toggle = screen.getByRole('button', { name: 'Expand' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(h.onCollapse).toHaveBeenCalledWith(false);
  });

  it('buttons call their handlers', () => {
    const h = show(model());
    fireEvent.click(screen.getByRole('button', { name: 'I upgraded to verified' }));
    fireEvent.click(screen.getByRole('button', { name: 'Hide on this course' }));
    fireEvent.click(screen.getByRole('button', { name: 'Options' }));
    expect(h.onAction).toHaveBeenCalledWith('verified');
    expect(h.onHide).toHaveBeenCalled();
    expect(h.onOptions).toHaveBeenCalled();
  });

  it('a failed command is shown as an alert', () => {
    show(model(), false, 'no answer');
    expect(screen.getByRole('alert').textContent).toBe('Could not save: no answer');
  });

  it('the region and the track are labelled', () => {
    show(model());
    expect(screen.getByRole('region', { name: 'MicroMasters Companion' })).toBeTruthy();
    expect(
      screen.getByRole('list', { name: 'Program sequence' }).querySelectorAll('li')[0]?.getAttribute('aria-label'),
    ).toBe('Step 1, 6.431x Probability - The Science of Uncertainty and Data: Enrolled in audit, can still upgrade');
  });
});

describe('visibility settings', () => {
  it('per kind of page and per hidden course', () => {
    const course = pageFor('6.86x');
    const catalog = detectPage('https://www.edx.org/course/fundamentals-of-statistics');
    const dash = detectPage('https://home.edx.org/');
    if (!catalog || !dash) throw new Error('no page');
    expect(hintVisible(course, settingsWith().hints)).toBe(true);
    expect(hintVisible(course, settingsWith((s) => (s.hints.hiddenCourses = ['6.86x'])).hints)).toBe(false);
    expect(hintVisible(course, settingsWith((s) => (s.hints.coursePages = false)).hints)).toBe(false);
    expect(hintVisible(catalog, settingsWith((s) => (s.hints.catalogPages = false)).hints)).toBe(false);
    expect(hintVisible(dash, settingsWith((s) => (s.hints.dashboards = false)).hints)).toBe(false);
    expect(hintVisible(dash, settingsWith((s) => (s.hints.coursePages = false)).hints)).toBe(true);
  });
});

describe('the one-line hint on unit pages', () => {
  const unit = detectPage(
    'https://learning.edx.org/course/course-v1:MITx+6.431x+3T2025/block-v1:MITx+6.431x+3T2025+type@sequential+block@s1/block-v1:MITx+6.431x+3T2025+type@vertical+block@v1',
  ) as PageMatch;
  const model = (c: Case) =>
    hintModel(unit, programStandings(stateFor('6.431x', c), settingsWith(), NOW, TZ), faqTrack(), NOW, TZ) as HintModel;

  it.each(Object.keys(STATUS_FACTS) as Case[])('%s: step, status, the deadline to act on, and Open', (c) => {
    const h = handlers();
    render(<HintPanel model={model(c)} collapsed timeZone={TZ} {...h} />);
    const hint = screen.getByTestId('hint');
    expect(hint.hasAttribute('data-compact')).toBe(true);
    expect(screen.getByTestId('hint-step').textContent).toBe('Step 1 of 5');
    expect(screen.getByTestId('status-pill').textContent).toBe(STATUS_TEXT[c === 'planned (no date)' ? 'planned' : c]);
    const deadline = screen.queryByTestId('compact-deadline');
    if (c === 'planned' || c === 'audit-can-upgrade')
      expect(deadline?.textContent).toMatch(/^Pay and verify by Tue, Sep 30, 2025 \(in 20 days\)$/);
    else if (c === 'verified-in-progress') expect(deadline?.textContent).toMatch(/^The course ends /);
    else expect(deadline).toBeNull();
    const open = screen.getByRole('button', { name: 'Open' });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(open);
    expect(h.onCollapse).toHaveBeenCalledWith(false);
    cleanup();
  });

  it('opened: the full panel, with Collapse', () => {
    render(<HintPanel model={model('audit-can-upgrade')} collapsed={false} timeZone={TZ} {...handlers()} />);
    expect(screen.getByTestId('hint').hasAttribute('data-compact')).toBe(false);
    expect(screen.getByRole('button', { name: 'Collapse' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByTestId('deadline-source').length).toBeGreaterThan(0);
  });
});

describe('a learner on another track', () => {
  const general = { name: 'general', courses: ['18.6501x', '6.419x'], by: 'learner' } as const;
  const onTrack = (p: Progress) => ({
    ...p,
    track: { ...general, courses: [...general.courses] as ['18.6501x', '6.419x'] },
  });

  it('a track course: its role in the track instead of a step number, and what is still to take without an order', () => {
    const model = modelOf(pageFor('6.419x'), onTrack(stateFor('6.419x', 'audit-can-upgrade')));
    show(model!);
    expect(screen.getByTestId('hint-step').textContent).toBe(
      'Track course of your General track, MITx MicroMasters in Statistics and Data Science',
    );
    const track = screen.getByTestId('track');
    expect([...track.querySelectorAll('li')].map((li) => li.getAttribute('aria-label'))).toEqual([
      'Core course, 6.431x Probability - The Science of Uncertainty and Data: Planned',
      'Core course, 6.86x Machine Learning with Python: from Linear Models to Deep Learning: Planned',
      'Track course, 18.6501x Fundamentals of Statistics: Planned',
      'Track course, 6.419x Data Analysis: Statistical Modeling and Computation in Applications: Enrolled in audit, can still upgrade',
      'Capstone exam, DS.CFx Capstone exam in Statistics and Data Science: Planned',
    ]);
    expect(track.querySelector('.track__digit')).toBeNull();
    expect(document.body.textContent).not.toMatch(/14\.310x|Recommended order|Step \d/);
  });

  it('the one-line form on a unit page says its role', () => {
    const unit = detectPage(
      'https://learning.edx.org/course/course-v1:MITx+6.419x+3T2025/block-v1:MITx+6.419x+3T2025+type@sequential+block@s1/block-v1:MITx+6.419x+3T2025+type@vertical+block@v1',
    ) as PageMatch;
    show(modelOf(unit, onTrack(stateFor('6.419x', 'planned')))!, true);
    expect(screen.getByTestId('hint-step').textContent).toBe('Track course');
  });

  it('a course outside the track: said plainly, no buttons of progress, and the swaps the rules allow', () => {
    const h = handlers();
    const faq = stateFor('6.431x', 'passed');
    const model = modelOf(pageFor('6.419x'), faq);
    render(<HintPanel model={model!} collapsed={false} timeZone={TZ} {...h} />);
    expect(screen.getByTestId('hint-step').textContent).toBe('6.419x is not in your track');
    expect(screen.getByTestId('outside-body').textContent).toBe(
      'Your Social Sciences track counts 6.431x, 6.86x, 14.310x and 18.6501x. A certificate in this course does not count toward it.',
    );
    expect(document.querySelectorAll('button[data-action]')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Put it in place of 18.6501x' }));
    expect(h.onTrack).toHaveBeenCalledWith({ name: 'social-sciences', courses: ['14.310x', '6.419x'] });
    fireEvent.click(screen.getByRole('button', { name: 'Change track…' }));
    expect(h.onOptions).toHaveBeenCalled();
  });

  it('14.310x for a General learner: no swap keeps the General track, so the settings are offered', () => {
    show(modelOf(pageFor('14.310x'), onTrack(stateFor('6.431x', 'passed')))!);
    expect(screen.getByTestId('outside-no-swap').textContent).toBe(
      'The General track does not include 14.310x. To count it, change your track in the settings.',
    );
    expect(document.querySelectorAll('button[data-swap]')).toHaveLength(0);
  });

  it('outside, on a unit page: one line', () => {
    const unit = detectPage(
      'https://learning.edx.org/course/course-v1:MITx+IDS.S24x+3T2025/block-v1:MITx+IDS.S24x+3T2025+type@sequential+block@s1',
    ) as PageMatch;
    show(modelOf(unit, stateFor('6.431x', 'passed'))!, true);
    expect(screen.getByTestId('hint').hasAttribute('data-compact')).toBe(true);
    expect(screen.getByTestId('hint-step').textContent).toBe('Not in your track');
  });
});

describe("graded work on a course's hint", () => {
  /** Problem Set 5 is due an hour after READ; tests/support/graded-json.ts has the twenty items. */
  const READ = Date.parse('2026-02-10T12:00:00Z');
  const home = detectPage('https://learning.edx.org/course/course-v1:MITx+6.431x+1T2026/home') as PageMatch;
  const unit = detectPage(
    'https://learning.edx.org/course/course-v1:MITx+6.431x+1T2026/block-v1:MITx+6.431x+1T2026+type@sequential+block@s1',
  ) as PageMatch;
  const modelAt = (page: PageMatch, now: number, locked = false) => {
    const progress = progressWith({ '6.431x': [gradedRun(READ, { locked })] });
    const steps = JSON.parse(JSON.stringify(programStandings(progress, settingsWith(), now, TZ)));
    return hintModel(page, steps, faqTrack(), now, TZ) as HintModel;
  };
  afterEach(() => vi.useRealTimers());

  it('the course home: the next three items with days left, linked in place, and the grade standing', () => {
    vi.setSystemTime(READ);
    show(modelAt(home, READ));
    const rows = [...screen.getByTestId('hint-graded').querySelectorAll('[data-testid=graded-item]')];
    expect(rows.map((r) => r.textContent)).toEqual([
      'Problem Set 5 Tue, Feb 10, 2026, today',
      'Problem Set 6 Tue, Feb 17, 2026, in 7 days',
      'Problem Set 7 Tue, Feb 24, 2026, in 14 days',
    ]);
    const link = rows[0]?.querySelector('a');
    expect(link?.getAttribute('href')).toContain('block@problem_set_5');
    expect(link?.hasAttribute('target')).toBe(false);
    expect(screen.getByTestId('grade-standing').textContent).toBe(
      'Grade now 7.7%, with 91.5% of the grade still to come. To reach the pass mark (60%) you need an average of 58% on the remaining graded work.',
    );
  });

  it('an audit enrolment: the locked items said plainly', () => {
    show(modelAt(home, READ, true));
    expect(screen.getByTestId('graded-locked').textContent).toBe(
      '16 graded items are locked until you upgrade; the first is due Tue, Feb 10, 2026.',
    );
  });

  it.each([
    ['due tomorrow: named on the line', READ - 86_400_000, 'Problem Set 5 due Tue, Feb 10, 2026, tomorrow'],
    ['due in 3 days: the line stays as it was', READ - 3 * 86_400_000, undefined],
  ])("a unit page's one line, Problem Set 5 %s", (_, now, text) => {
    render(<HintPanel model={modelAt(unit, now)} collapsed timeZone={TZ} {...handlers()} />);
    expect(screen.queryByTestId('compact-graded')?.textContent).toBe(text);
  });
});
