/**
 * Where a learner stands in a run and in each step, in the MicroMasters vocabulary (lib/state/schema.ts):
 * planned, audit-can-upgrade, missed-upgrade, verified-in-progress, passed, not-passed.
 */
import { creditRule, stepOf, type StepId } from './catalog';
import { runDeadlines, type RunDeadlines } from './deadlines';
import { gradedView, type GradedView } from './graded';
import { viewRun, type RunView } from './state/facts';
import type { Progress, Settings, Status } from './state/schema';
import { placeInTrack, trackLayout, type StepRole } from './track';

const PASSED_CERTIFICATES = new Set(['downloadable', 'earned_but_not_available']);

/** The status of one run; an explicit status the learner set wins. */
export function runStatus(run: RunView, deadlines: RunDeadlines, now: number): Status {
  if (run.status) return run.status.value;
  const mode = run.mode?.value;
  const ended = run.end ? Date.parse(run.end.value) < now : false;
  if (mode === 'verified') {
    if (run.certificate && PASSED_CERTIFICATES.has(run.certificate.value)) return 'passed';
    if (!ended) return 'verified-in-progress';
    const grade = run.grade?.value;
    const passMark = run.passMark?.value;
    if (run.passing?.value === true || (grade !== undefined && passMark !== undefined && grade >= passMark))
      return 'passed';
    if (run.passing?.value === false || (grade !== undefined && passMark !== undefined)) return 'not-passed';
    return 'verified-in-progress';
  }
  const tooLate = deadlines.lastChanceToPay !== undefined && deadlines.lastChanceToPay <= now;
  if (tooLate) return 'missed-upgrade';
  return mode === 'audit' ? 'audit-can-upgrade' : 'planned';
}

export interface RunStanding {
  readonly view: RunView;
  readonly deadlines: RunDeadlines;
  readonly status: Status;
  /** Its graded work, while the run is on and the platform has given it (lib/graded.ts). */
  readonly graded?: GradedView;
}

export interface StepStanding {
  readonly step: StepId;
  /** What the step is in the learner's track; absent for a course outside it. */
  readonly role?: StepRole;
  /** Its place in the order of study, on a track that has one (the FAQ's path). */
  readonly position?: number;
  readonly status: Status;
  /** Passed through credit carried over from an older course (6.041x), not a run. */
  readonly credited: boolean;
  /** The run that speaks for the step: a passed one, else the latest. */
  readonly current?: RunStanding;
  readonly runs: readonly RunStanding[];
}

const startOf = (r: RunStanding) => Date.parse(r.view.start?.value ?? r.view.addedAt) || 0;

export function stepStanding(
  progress: Progress,
  settings: Settings,
  step: StepId,
  now: number,
  timeZone: string,
): StepStanding {
  const state = progress.steps[step];
  const runs = state.runs
    .map((run) => {
      const view = viewRun(run, settings.preferEdx);
      const deadlines = runDeadlines(view, now, timeZone);
      const graded = gradedView(run, view, now);
      return { view, deadlines, status: runStatus(view, deadlines, now), ...(graded && { graded }) };
    })
    .sort((a, b) => startOf(a) - startOf(b));
  // Only the course that counts decides step 2: a passed 14.310x content course is not 14.310Fx.
  const counting = runs.filter((r) => countsForStep(r.view.course, step));
  const passed = counting.find((r) => r.status === 'passed');
  const credited =
    !!state.credit && creditRule(state.credit.route).passesStep && creditRule(state.credit.route).step === step;
  const current = passed ?? counting.at(-1) ?? runs.at(-1);
  const status: Status = credited || passed ? 'passed' : (counting.at(-1)?.status ?? 'planned');
  return { step, ...placeInTrack(progress.track, step), status, credited, runs, ...(current && { current }) };
}

/**
 * Whether a run of `course` counts for `step`: the course that counts (14.310Fx, not the 14.310x content
 * course); legacy courses count only through credit the learner declares.
 */
export function countsForStep(course: string, step: StepId): boolean {
  return stepOf(step).counts === course;
}

/** The standings of the learner's track: its four courses, then the capstone, in its layout's order. */
export function programStandings(
  progress: Progress,
  settings: Settings,
  now: number,
  timeZone: string,
): StepStanding[] {
  return trackLayout(progress.track).steps.map((s) => stepStanding(progress, settings, s, now, timeZone));
}
