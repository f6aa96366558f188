import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TermsSection } from '../../entrypoints/options/TermsSection';
import { CoursesSection } from '../../entrypoints/options/CoursesSection';
import { RemindersSection } from '../../entrypoints/options/RemindersSection';
import { TrackSection } from '../../entrypoints/options/TrackSection';
import { progressWith, run, settingsWith } from '../support/builders';
import { freezeDateAt } from '../support/clock';

const NOW = Date.parse('2026-11-22T12:00:00Z');
freezeDateAt(NOW);
afterEach(cleanup);

describe('reminders section', () => {
  it('lists the lead times, adds one, removes one, and refuses a duplicate', () => {
    const send = vi.fn();
    render(<RemindersSection settings={settingsWith()} send={send} />);
    expect(screen.getByTestId('lead-days').textContent).toBe('7 days before ×3 days before ×1 day before ×');
    fireEvent.input(screen.getByLabelText('Another reminder, days before (1 to 60)'), { target: { value: '14' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove the reminder 3 days before' }));
    expect(send.mock.calls).toEqual([
      [{ type: 'updateSettings', patch: { reminders: { leadDays: [7, 3, 1, 14] } } }],
      [{ type: 'updateSettings', patch: { reminders: { leadDays: [7, 1] } } }],
    ]);
    fireEvent.input(screen.getByLabelText('Another reminder, days before (1 to 60)'), { target: { value: '7' } });
    expect((screen.getByRole('button', { name: 'Add' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('warns when the browser blocks notifications', async () => {
    (fakeBrowser.notifications as unknown as { getPermissionLevel: () => Promise<string> }).getPermissionLevel =
      async () => 'denied';
    render(<RemindersSection settings={settingsWith()} send={vi.fn()} />);
    expect((await screen.findByTestId('notifications-blocked')).textContent).toMatch(
      /blocks this extension's notifications/,
    );
  });

  it('quiet hours fields are disabled until quiet hours are on', () => {
    render(<RemindersSection settings={settingsWith()} send={vi.fn()} />);
    expect((screen.getByLabelText('From') as HTMLInputElement).disabled).toBe(true);
  });
});

describe('plan section', () => {
  it('shows edX values beside the learner fields and sends edits for that run', () => {
    const send = vi.fn();
    const p = progressWith({
      '6.431x': [
        run(
          '6.431x',
          { start: '2026-11-10T15:00:00Z', grade: 0.5 },
          { by: 'edx', id: 'r1', runKey: 'course-v1:MITx+6.431x+3T2026' },
        ),
      ],
    });
    render(<CoursesSection progress={p} settings={settingsWith()} send={send} />);
    const course = document.querySelector('article[data-step="6.431x"]') as HTMLElement;
    expect(course.textContent).toMatch(/edX says: 2026-11-10.*edX says: 50%/);
    fireEvent.change(course.querySelector('input[type=date]') as HTMLInputElement, { target: { value: '2026-11-11' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Remove this run' })[0] as HTMLElement);
    expect(send.mock.calls).toEqual([
      [{ type: 'setFact', runId: 'r1', name: 'start', value: '2026-11-11' }],
      [{ type: 'removeRun', runId: 'r1' }],
    ]);
  });

  it('offers the 6.041x credit on step 1 and the DEDP route on step 2 only', () => {
    render(<CoursesSection progress={progressWith({})} settings={settingsWith()} send={vi.fn()} />);
    expect(document.querySelector('article[data-step="6.431x"]')?.textContent).toMatch(/6\.041x/);
    expect(document.querySelector('article[data-step="14.310x"]')?.textContent).toMatch(/DEDP/);
    expect(document.querySelector('article[data-step="18.6501x"] input[type=checkbox]')).toBeNull();
  });
});

describe('planner section', () => {
  it('weekly load per planned term, with a warning when two sequential courses share a term', () => {
    const p = progressWith({});
    p.steps['14.310x'].plannedTerm = '2027-spring';
    p.steps['18.6501x'].plannedTerm = '2027-spring';
    p.steps['6.86x'].plannedTerm = '2027-fall';
    p.steps['6.431x'].plannedTerm = '2027-fall';
    render(<TermsSection progress={p} settings={settingsWith()} />);
    const rows = [...document.querySelectorAll('[data-testid=term-load] tbody tr')].map((r) => r.textContent);
    expect(rows[0]).toMatch(/^Spring 2027.*14\.310x.*\+ 18\.6501x.*24 to 28 h$/);
    expect(rows[0]).not.toMatch(/one after the other/);
    expect(rows[1]).toMatch(/^Fall 2027.*6\.431x.*6\.86x.*one after the other.*24 to 28 h$/);
  });
});

describe('track section', () => {
  const general = { name: 'general', courses: ['18.6501x', '6.419x'], by: 'learner' } as const;

  it("the FAQ's path by default, said so; a General choice is saved as one command", async () => {
    const send = vi.fn(async () => ({ ok: true as const }));
    const { rerender } = render(<TrackSection progress={progressWith({})} send={send} />);
    expect(screen.getByTestId('track-default').textContent).toMatch(/FAQ's path: 14\.310x and 18\.6501x/);
    const save = screen.getByRole('button', { name: 'Save track' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Track'), { target: { value: 'general' } });
    // 14.310x is not in the General track: unticked and barred; one more course is needed.
    const box = (name: RegExp) => screen.getByLabelText(name) as HTMLInputElement;
    expect([box(/^14\.310x/).checked, box(/^14\.310x/).disabled]).toEqual([false, true]);
    expect(screen.getByTestId('track-problem').textContent).toBe('Tick two track courses.');
    expect(save.disabled).toBe(true);
    fireEvent.click(box(/^6\.419x/));
    expect(screen.queryByTestId('track-problem')).toBeNull();
    fireEvent.click(save);
    await vi.waitFor(() =>
      expect(send.mock.calls).toEqual([
        [{ type: 'setTrack', track: { name: 'general', courses: ['18.6501x', '6.419x'] }, by: 'learner' }],
      ]),
    );
    // The background stores it; the page reads the stored track back.
    rerender(
      <TrackSection
        progress={{ ...progressWith({}), track: { ...general, courses: [...general.courses] } }}
        send={send}
      />,
    );
    expect(screen.getByTestId('track-status').textContent).toBe('Track saved. Runs of every course are kept.');
    expect(screen.queryByTestId('track-default')).toBeNull();
  });

  it('a Social Sciences track keeps 14.310x ticked and fixed', () => {
    render(
      <TrackSection
        progress={{ ...progressWith({}), track: { ...general, courses: [...general.courses] } }}
        send={vi.fn()}
      />,
    );
    fireEvent.change(screen.getByLabelText('Track'), { target: { value: 'social-sciences' } });
    const box = screen.getByLabelText(/^14\.310x/) as HTMLInputElement;
    expect([box.checked, box.disabled]).toEqual([true, true]);
    expect((screen.getByLabelText(/^18\.6501x/) as HTMLInputElement).checked).toBe(true);
  });

  it("MITx Online's suggestion, with its source, taken only when the learner says so", async () => {
    const send = vi.fn(async () => ({ ok: true as const }));
    const p = {
      ...progressWith({}),
      trackSuggestion: {
        courses: ['18.6501x', '6.419x'] as ['18.6501x', '6.419x'],
        name: 'general' as const,
        programTitle: 'Statistics and Data Science (General Track)',
        programId: 'program-v1:MITxT+SDS+General',
        at: '2026-11-20T00:00:00.000Z',
      },
    };
    render(<TrackSection progress={p} send={send} />);
    expect(screen.getByTestId('track-suggestion').textContent).toMatch(
      /MITx Online lists your program “Statistics and Data Science \(General Track\)” \(program-v1:MITxT\+SDS\+General\) with 18\.6501x and 6\.419x/,
    );
    expect(send).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: "Use MITx Online's courses" }));
    await vi.waitFor(() =>
      expect(send.mock.calls).toEqual([
        [{ type: 'setTrack', track: { name: 'general', courses: ['18.6501x', '6.419x'] }, by: 'mitxonline' }],
      ]),
    );
  });
});

describe('plan section on another track', () => {
  it('lists the track’s courses by role, and a course outside it that has runs, marked so', () => {
    const p = {
      ...progressWith({ '14.310x': [run('14.310Fx', { status: 'passed' }, { id: 'old' })] }),
      track: {
        name: 'general' as const,
        courses: ['18.6501x', '6.419x'] as ['18.6501x', '6.419x'],
        by: 'learner' as const,
      },
    };
    render(<CoursesSection progress={p} settings={settingsWith()} send={vi.fn()} />);
    const headings = [...document.querySelectorAll('article h3')].map((h) => h.textContent);
    expect(headings).toEqual([
      'Core course, 6.431x Probability - The Science of Uncertainty and Data: Planned',
      'Core course, 6.86x Machine Learning with Python: from Linear Models to Deep Learning: Planned',
      'Track course, 18.6501x Fundamentals of Statistics: Planned',
      'Track course, 6.419x Data Analysis: Statistical Modeling and Computation in Applications: Planned',
      'Capstone exam, DS.CFx Capstone exam in Statistics and Data Science: Planned',
      'Not in your track, 14.310x Data Analysis for Social Scientists: Passed',
    ]);
  });
});

describe('the options page as a whole', () => {
  it('shows “Loading” until the stored state is read, then its sections, and says so once (the benchmark’s mark)', async () => {
    const { OptionsApp } = await import('../../entrypoints/options/OptionsApp');
    const onFirstState = vi.fn();
    render(<OptionsApp onFirstState={onFirstState} />);
    expect(screen.getByText('Loading…', { exact: false })).toBeTruthy();
    expect(onFirstState).not.toHaveBeenCalled();
    await screen.findByRole('heading', { name: 'Reminders' });
    // Preact runs effects after the frame: wait for it, then for a later change of storage.
    await waitFor(() => expect(onFirstState).toHaveBeenCalledTimes(1));
    // A settings change renders the page again, and is not a first render.
    await fakeBrowser.storage.sync.set({ settings: settingsWith((x) => (x.hints.dashboards = false)) });
    await waitFor(() =>
      expect(screen.getByLabelText('The learner dashboard and the program dashboard')).toHaveProperty('checked', false),
    );
    expect(onFirstState).toHaveBeenCalledTimes(1);
  });
});
