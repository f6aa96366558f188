import { signal } from '@preact/signals';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../entrypoints/popup/PopupApp';
import type { PopupState } from '../../entrypoints/popup/popup-state';
import type { RecoveredCopy } from '../../lib/recovered';
import type { Progress } from '../../lib/state/schema';
import { programStandings } from '../../lib/status';
import type { Summary } from '../../lib/summary';
import type { TabPage } from '../../lib/tab-pages';
import { progressWith, run, settingsWith } from '../support/builders';
import { gradedRun } from '../support/graded-json';
import { freezeDateAt } from '../support/clock';

const NOW = Date.parse('2026-02-10T12:00:00Z');
freezeDateAt(NOW);
afterEach(cleanup);

/** The messages the popup sends to the background from now on; each is answered `{ ok: true }`. */
function commandsSent(): unknown[] {
  const sent: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((m) => {
    sent.push(m);
    return Promise.resolve({ ok: true });
  });
  return sent;
}

function summaryOf(progress: Progress, onboarded = true): Summary {
  const steps = programStandings(progress, settingsWith(), NOW, 'UTC');
  return JSON.parse(
    JSON.stringify({
      version: 3,
      computedAt: NOW,
      onboarded,
      track: progress.track,
      steps,
      hints: settingsWith().hints,
    }),
  );
}

function showPopup(summary: Summary | undefined, tabPage?: TabPage, recovered: RecoveredCopy[] = []) {
  const state: PopupState = {
    summary: signal(summary),
    tabPage: signal(tabPage),
    recovered: signal(recovered),
    loaded: signal(true),
    ready: Promise.resolve(),
  };
  render(<PopupApp state={state} />);
}

const passed = (course: string) => run(course, { status: 'passed', mode: 'verified' }, { id: course });
const text = () => document.body.textContent ?? '';
const highlighted = () => document.querySelector('.steps [aria-current=step]')?.getAttribute('data-step');

describe('the popup', () => {
  it('a new learner: the first-run setup, with the 6.041x and DEDP routes and one-account advice', () => {
    showPopup(summaryOf(progressWith({}), false));
    expect(screen.getByRole('heading', { name: 'Set up your plan' })).toBeTruthy();
    expect(screen.getByLabelText(/earlier probability course \(6\.041x\)/)).toBeTruthy();
    expect(screen.getByLabelText(/DEDP MicroMasters/)).toBeTruthy();
    expect(text()).toMatch(/Use one edX account/);
    expect(screen.queryByTestId('program-summary')).toBeNull();
  });

  it('the setup sends one command with what was ticked', async () => {
    const sent = commandsSent();
    showPopup(summaryOf(progressWith({}), false));
    fireEvent.click(screen.getByLabelText(/^6\.431x Probability/));
    fireEvent.click(screen.getByLabelText(/DEDP MicroMasters/));
    fireEvent.change(screen.getByLabelText('Course'), { target: { value: '18.6501x' } });
    fireEvent.change(screen.getByLabelText('Its run started on'), { target: { value: '2026-01-20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save my plan' }));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      mmc: 1,
      command: {
        type: 'finishSetup',
        track: { name: 'social-sciences', courses: ['14.310x', '18.6501x'] },
        passed: ['6.431x'],
        credits: ['dedp-14310x'],
        current: { course: '18.6501x', start: '2026-01-20' },
      },
    });
  });

  it('the setup asks for the track: General with 6.419x, and the courses offered follow it', async () => {
    const sent = commandsSent();
    showPopup(summaryOf(progressWith({}), false));
    const options = () => [...(screen.getByLabelText('Course') as HTMLSelectElement).options].map((o) => o.value);
    expect(options()).toEqual(['', '6.431x', '6.86x', '14.310x', '18.6501x']);
    fireEvent.change(screen.getByLabelText('Track'), { target: { value: 'general' } });
    // Unfinished: one track course ticked. The stored track's courses stay offered, and saving waits.
    expect((screen.getByRole('button', { name: 'Save my plan' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByLabelText(/^6\.419x Data Analysis/));
    expect(options()).toEqual(['', '6.431x', '6.86x', '18.6501x', '6.419x']);
    expect(screen.queryByLabelText(/^14\.310x/, { selector: '.setup fieldset:nth-of-type(2) input' })).toBeNull();
    expect(screen.queryByLabelText(/DEDP MicroMasters/)).toBeNull();
    fireEvent.change(screen.getByLabelText('Course'), { target: { value: '6.419x' } });
    fireEvent.change(screen.getByLabelText('Its run started on'), { target: { value: '2027-01-12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save my plan' }));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      mmc: 1,
      command: {
        type: 'finishSetup',
        track: { name: 'general', courses: ['18.6501x', '6.419x'] },
        passed: [],
        credits: [],
        current: { course: '6.419x', start: '2027-01-12' },
      },
    });
  });

  it('a General-track learner: the track named, no 14.310x anywhere, what is left without an invented order', () => {
    const p = {
      ...progressWith({ '6.431x': [passed('6.431x')] }),
      track: {
        name: 'general' as const,
        courses: ['18.6501x', '6.419x'] as ['18.6501x', '6.419x'],
        by: 'learner' as const,
      },
    };
    showPopup(summaryOf(p));
    expect(screen.getByTestId('popup-track').textContent).toBe('Your track: General · 6.431x, 6.86x, 18.6501x, 6.419x');
    expect(text()).not.toMatch(/14\.310/);
    expect(highlighted()).toBeUndefined();
    expect(screen.getByTestId('highlight-reason').textContent).toBe(
      'Still to take, in the order you choose: 6.86x, 18.6501x, 6.419x',
    );
    expect(screen.getByTestId('summary-money').textContent).toBe('US $300 paid, US $1,200 to go, of US $1,500');
  });

  it('the tab shows a course outside the track: nothing highlighted, and the popup says why', () => {
    showPopup(summaryOf(progressWith({})), { kind: 'course-home', course: '6.419x', step: '6.419x' });
    expect(highlighted()).toBeUndefined();
    expect(screen.getByTestId('highlight-reason').textContent).toBe('6.419x is not in your track');
  });

  it('mid-program: next deadline on top, step 2 highlighted as next, fees and projection', () => {
    showPopup(
      summaryOf(
        progressWith({
          '6.431x': [passed('6.431x')],
          '14.310x': [run('14.310Fx', { start: '2026-02-02', mode: 'audit' }, { id: 'a' })],
        }),
      ),
    );
    expect(screen.getByTestId('next-deadline').textContent).toMatch(/Program target.*Mon, Mar 2, 2026.*in 20 days/);
    expect(highlighted()).toBe('14.310x');
    expect(screen.getByTestId('highlight-reason').textContent).toBe('Highlighted: step 2, the next to take');
    expect(screen.getByTestId('summary-passed').textContent).toBe('1 of 4 courses passed');
    expect(screen.getByTestId('summary-money').textContent).toBe('US $300 paid, US $1,200 to go, of US $1,500');
    expect(screen.getByTestId('summary-finish').textContent).toMatch(/^between .* and .* at the earliest$/);
  });

  it('an SDS course in the active tab is highlighted instead', () => {
    showPopup(summaryOf(progressWith({ '6.431x': [passed('6.431x')] })), {
      kind: 'course-home',
      course: '6.86x',
      step: '6.86x',
    });
    expect(highlighted()).toBe('6.86x');
    expect(screen.getByTestId('highlight-reason').textContent).toBe(
      'Highlighted: 6.86x Machine Learning with Python: from Linear Models to Deep Learning, the course in this tab',
    );
  });

  it('a missed deadline: the status says so and nothing is due', () => {
    showPopup(
      summaryOf(
        progressWith({
          '6.431x': [run('6.431x', { start: '2025-10-01', mode: 'audit', upgradeDeadline: '2025-11-01T00:00:00Z' })],
        }),
      ),
    );
    expect(document.querySelector('[data-step="6.431x"] [data-testid=status-pill]')?.textContent).toBe(
      'Missed the upgrade deadline',
    );
    expect(screen.getByTestId('next-deadline').textContent).toMatch(/Nothing to act on/);
  });

  it('all four passed: the capstone is open', () => {
    showPopup(
      summaryOf(
        progressWith({
          '6.431x': [passed('6.431x')],
          '14.310x': [passed('14.310Fx')],
          '18.6501x': [passed('18.6501x')],
          '6.86x': [passed('6.86x')],
        }),
      ),
    );
    expect(highlighted()).toBe('DS.CFx');
    expect(screen.getByTestId('summary-finish').textContent).toBe('Done: the capstone exam is open to you');
    expect(screen.getByTestId('summary-money').textContent).toBe('US $1,200 paid, US $300 to go, of US $1,500');
  });

  it('the credential earned', () => {
    showPopup(
      summaryOf(
        progressWith({
          '6.431x': [passed('6.431x')],
          '14.310x': [passed('14.310Fx')],
          '18.6501x': [passed('18.6501x')],
          '6.86x': [passed('6.86x')],
          'DS.CFx': [passed('DS.CFx')],
        }),
      ),
    );
    expect(screen.getByTestId('summary-finish').textContent).toBe(
      'Credential complete: all four courses and the capstone exam passed.',
    );
    expect(screen.getByTestId('summary-money').textContent).toBe('US $1,500 paid, US $0 to go, of US $1,500');
    expect(highlighted()).toBeUndefined();
  });

  it('shows the grade and run, and quick edits send commands', async () => {
    const sent = commandsSent();
    showPopup(
      summaryOf(
        progressWith({
          '18.6501x': [
            run(
              '18.6501x',
              { start: '2026-01-12', mode: 'verified', grade: 0.815 },
              { runKey: 'course-v1:MITx+18.6501x+1T2026' },
            ),
          ],
        }),
      ),
    );
    expect(document.querySelector('[data-step="18.6501x"] .step__facts')?.textContent).toMatch(
      /run 1T2026 · started 2026-01-12 · grade 82%/,
    );
    fireEvent.change(screen.getAllByLabelText('Status')[2] as HTMLSelectElement, { target: { value: 'passed' } });
    fireEvent.change(screen.getAllByLabelText('Run start date')[2] as HTMLInputElement, {
      target: { value: '2026-01-13' },
    });
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent).toEqual([
      {
        mmc: 1,
        command: { type: 'mark', course: '18.6501x', mark: 'passed', runKey: 'course-v1:MITx+18.6501x+1T2026' },
      },
      {
        mmc: 1,
        command: {
          type: 'setCourseFact',
          course: '18.6501x',
          name: 'start',
          value: '2026-01-13',
          runKey: 'course-v1:MITx+18.6501x+1T2026',
        },
      },
    ]);
  });

  it('no summary yet (a fresh install before the background wrote one): setup, not an empty plan', () => {
    showPopup(undefined);
    expect(screen.getByRole('heading', { name: 'Set up your plan' })).toBeTruthy();
  });

  it('repaired data: what was lost, in words, and where the original is', () => {
    const copy: RecoveredCopy = {
      at: '2026-11-30T12:00:00.000Z',
      key: 'progress',
      raw: {},
      problems: [
        'progress.steps.6.431x.runs[0].facts.mode.edx: invalid, reset',
        'progress.steps.18.6501x.runs: 2 invalid item(s) dropped',
        'progress.fired.x:program-target:2026-12-19@1d: invalid, dropped',
      ],
    };
    showPopup(summaryOf(progressWith({})), undefined, [copy]);
    const notice = screen.getByTestId('recovered').textContent ?? '';
    expect(notice).toContain('Some of your stored data was damaged and has been repaired');
    expect(notice).toContain("Progress, course 6.431x, run 1, enrolment mode, the platform's value: damaged, removed.");
    expect(notice).toContain('Progress, course 18.6501x: 2 damaged entries removed.');
    expect(notice).toContain('A record of a reminder already shown was damaged and dropped');
    expect(notice).toContain('The options page has the details and the original.');
  });
});

describe('graded work in the popup', () => {
  /** A 6.431x run with twenty graded items (four graded at 80%), read from edX just now. */
  const withGraded = (locked = false) => summaryOf(progressWith({ '6.431x': [gradedRun(NOW, { locked })] }));

  it('"Due soon": the next 7 days first, each with its course, days left and a link, then a few later', () => {
    showPopup(withGraded());
    const soon = [...screen.getByTestId('due-soon').querySelectorAll('ul:first-of-type [data-testid=graded-item]')];
    expect(soon.map((li) => li.textContent)).toEqual([
      '6.431x · Problem Set 5 Tue, Feb 10, 2026, today',
      '6.431x · Problem Set 6 Tue, Feb 17, 2026, in 7 days',
    ]);
    expect(soon[0]?.querySelector('a')?.getAttribute('href')).toBe(
      'https://learning.edx.org/course/course-v1:MITx+6.431x+1T2026/block-v1:MITx+6.431x+1T2026+type@sequential+block@problem_set_5',
    );
    const later = [...screen.getByTestId('due-later').querySelectorAll('[data-testid=graded-item]')];
    expect(later.map((li) => li.querySelector('a')?.textContent)).toEqual([
      'Problem Set 7',
      'Midterm Exam 1',
      'Problem Set 8',
      'Problem Set 9',
      'Problem Set 10',
    ]);
  });

  it("the step card's grade standing: 7.7% now, what is to come, and the average needed", () => {
    // Now: four sets at .8 of seventeen, two dropped: .36 × 3.2 / 15 = .0768. To come: 13 of 17 sets
    // (.36 × 13/17 = .2753) and both midterms and the final (.64): .9153. Needed x (below .8, two x's
    // dropped): .0768 + .36 × 11x/15 + .64x = .6, so .904x = .5232, x = .5788: 58%.
    showPopup(withGraded());
    expect(document.querySelector('[data-step="6.431x"] [data-testid=grade-standing]')?.textContent).toBe(
      'Grade now 7.7%, with 91.5% of the grade still to come. To reach the pass mark (60%) you need an average of 58% on the remaining graded work.',
    );
  });

  it('an audit enrolment: the locked items counted and said plainly', () => {
    showPopup(withGraded(true));
    expect(screen.getByTestId('graded-locked').textContent).toBe(
      '16 graded items are locked until you upgrade; the first is due Tue, Feb 10, 2026.',
    );
    expect(screen.getAllByText('locked', { exact: false }).length).toBeGreaterThan(0);
  });

  it('no graded work known: no "Due soon" section at all', () => {
    showPopup(summaryOf(progressWith({})));
    expect(screen.queryByTestId('due-soon')).toBeNull();
  });
});
