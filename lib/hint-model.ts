/**
 * What the hint says on a page, decided from the catalog, the learner's state and the clock. Pure: the
 * component renders it, tests check it for every course, status and kind of page.
 */
import { runDeadlineRows } from './agenda';
import {
  COURSE_STEPS,
  courseByNumber,
  mayRunTogether,
  STEP_NUMBERS,
  stepOf,
  type CatalogCourse,
  type StepNumber,
} from './catalog';
import { daysLeft, type Deadline } from './deadlines';
import type { PageMatch } from './detect';
import { platformOfRunKey, type Platform } from './platform';
import type { MessageKey } from './i18n';
import type { Command } from './commands';
import type { HintSettings } from './state/values';
import { beforePaying, type Status } from './state/vocab';
import type { RunStanding, StepStanding } from './status';
import { syncOf, type Summary } from './summary';

export type HintAction = 'enrolled' | 'verified' | 'passed';

export interface DeadlineRow {
  readonly deadline: Deadline;
  readonly days: number;
  /** The one to act on among the rows shown. */
  readonly actOn: boolean;
}

export interface AdviceLine {
  readonly key: MessageKey;
  readonly subs: readonly string[];
}

export type NextLine =
  | { readonly kind: 'next'; readonly step: StepNumber }
  | { readonly kind: 'alongside'; readonly steps: readonly StepNumber[] }
  | { readonly kind: 'order-first'; readonly step: StepNumber }
  | { readonly kind: 'done' };

export interface CourseHint {
  readonly kind: 'course';
  readonly course: CatalogCourse;
  readonly step: StepNumber;
  readonly steps: readonly StepStanding[];
  readonly status: Status;
  /** The run this page is about, when the learner has one. */
  readonly run?: RunStanding;
  readonly deadlines: readonly DeadlineRow[];
  /** Both payment dates are known and fall on different days. */
  readonly payDatesDiffer: boolean;
  /** The learner's start date and the platform's fall on different days (both targets are shown). */
  readonly startsDiffer: boolean;
  /** No start date is known, so the four-week rule cannot be dated. */
  readonly startUnknown: boolean;
  readonly next: readonly NextLine[];
  readonly advice: readonly AdviceLine[];
  readonly actions: readonly HintAction[];
  readonly passedCount: number;
  /** How the last reading of the platform for this run went, when it failed. */
  readonly syncFailed?: string;
  /** Where this course's run is: names the platform's own deadline and where values came from. */
  readonly platform: Platform;
  /** A page where the learner works (courseware, units): one line unless they open it. */
  readonly compact: boolean;
  /** What upgrading costs, on MITx Online before paying: the platform's price, else the program's figure. */
  readonly price?: { readonly usd: number; readonly from: 'platform' | 'program' };
}

export interface ProgramHint {
  readonly kind: 'program';
  readonly steps: readonly StepStanding[];
  readonly passedCount: number;
  readonly nextStep?: StepNumber;
  readonly deadline?: DeadlineRow;
}

export type HintModel = CourseHint | ProgramHint;

const num = (n: StepNumber) => stepOf(n).primary;

function adviceFor(course: CatalogCourse, passedCount: number): AdviceLine[] {
  const fill: Partial<Record<string, string[]>> = {
    advice_data_analysis_assessment: [stepOf(2).counts],
    advice_data_analysis_concurrent: [num(3), num(4)],
    advice_dedp_route: [num(2), stepOf(2).counts],
    advice_legacy_6041x: [stepOf(1).counts],
    advice_legacy_6041x_parts: [stepOf(1).counts],
    advice_legacy_6041x_audit: [stepOf(1).counts],
  };
  const lines: AdviceLine[] = course.advice.map((key) => ({ key: key as MessageKey, subs: fill[key] ?? [] }));
  if (course.role === 'capstone')
    lines.push({ key: 'advice_capstone_progress', subs: [String(passedCount), String(COURSE_STEPS.length)] });
  return lines;
}

function nextLines(step: StepNumber, status: Status, steps: readonly StepStanding[]): NextLine[] {
  const passed = (n: StepNumber) => steps[n - 1]?.status === 'passed';
  const lines: NextLine[] = [];
  if (status === 'passed') {
    const firstOpen = steps.find((s) => s.status !== 'passed')?.step;
    lines.push(firstOpen ? { kind: 'next', step: firstOpen } : { kind: 'done' });
    return lines;
  }
  // The order is a strong recommendation, not a gate: name the earlier step that should come first (one
  // that may not run alongside this one), never block.
  const earlier = steps.find((s) => s.step < step && s.status !== 'passed' && !mayRunTogether(s.step, step));
  if (earlier) lines.push({ kind: 'order-first', step: earlier.step });
  const alongside = STEP_NUMBERS.filter((other) => other !== step && mayRunTogether(step, other) && !passed(other));
  if (alongside.length) lines.push({ kind: 'alongside', steps: alongside });
  return lines;
}

function actionsFor(status: Status): HintAction[] {
  const actions: HintAction[] = [];
  if (status === 'planned' || status === 'missed-upgrade' || status === 'not-passed') actions.push('enrolled');
  if (status === 'planned' || status === 'audit-can-upgrade' || status === 'missed-upgrade') actions.push('verified');
  if (status !== 'passed') actions.push('passed');
  return actions;
}

/** The rows the hint shows for a run: the one rule of lib/agenda.ts, with days left. */
function rowsFor(run: RunStanding | undefined, status: Status, now: number, timeZone: string): DeadlineRow[] {
  return run
    ? runDeadlineRows(run, status, now).map(({ deadline, actOn }) => ({
        deadline,
        days: daysLeft(deadline, now, timeZone),
        actOn,
      }))
    : [];
}

/** The hint for a page, from the program summary (lib/summary.ts) the background keeps. */
function syncFailure(runKey: string | undefined, sync: Summary['sync']): { syncFailed?: string } {
  const outcome = syncOf({ sync }, runKey)?.outcome;
  return outcome && outcome !== 'ok' ? { syncFailed: outcome } : {};
}

export function hintModel(
  page: PageMatch,
  steps: readonly StepStanding[],
  now: number,
  timeZone: string,
  sync: Summary['sync'] = [],
): HintModel | undefined {
  const passedCount = COURSE_STEPS.filter((n) => steps[n - 1]?.status === 'passed').length;
  const course = page.course ? courseByNumber(page.course) : undefined;
  if (!course || !page.step) {
    const nextStep = steps.find((s) => s.status !== 'passed')?.step;
    const items = steps.flatMap((s) => rowsFor(s.current, s.status, now, timeZone).filter((r) => r.actOn));
    const deadline = items.sort((a, b) => a.deadline.at - b.deadline.at)[0];
    return { kind: 'program', steps, passedCount, ...(nextStep && { nextStep }), ...(deadline && { deadline }) };
  }
  const standing = steps[page.step - 1];
  if (!standing) return undefined;
  // The run this page shows (by its key), else the run that speaks for the step.
  const byKey = page.runKey
    ? standing.runs.find((r) => r.view.runKey?.toLowerCase() === page.runKey?.toLowerCase())
    : undefined;
  const run = byKey ?? standing.current;
  const status: Status = standing.status === 'passed' ? 'passed' : (byKey?.status ?? standing.status);
  const rows = rowsFor(run, status, now, timeZone);
  // A product page names a course on MIT Learn or MITx Online without a run: it is MITx Online's.
  const platform: Platform = page.runKey
    ? platformOfRunKey(page.runKey)
    : (run?.view.platform ?? (page.kind === 'product' ? 'mitxonline' : 'edx'));
  const mayPay = beforePaying(status);
  const price = run?.view.price
    ? { usd: run.view.price.value, from: 'platform' as const }
    : { usd: course.priceUsd, from: 'program' as const };
  return {
    kind: 'course',
    course,
    step: page.step,
    steps,
    status,
    ...(run && { run }),
    deadlines: rows,
    payDatesDiffer: !!run?.deadlines.payDatesDiffer && mayPay,
    startsDiffer: !!run?.deadlines.startsDiffer && mayPay,
    startUnknown: !run?.view.start && status !== 'passed',
    next: nextLines(page.step, status, steps),
    advice: adviceFor(course, passedCount),
    actions: course.role === 'legacy' ? [] : actionsFor(status),
    passedCount,
    ...syncFailure(page.runKey, sync),
    platform,
    compact: page.kind === 'unit' || page.kind === 'courseware',
    ...(platform === 'mitxonline' && mayPay && course.priceUsd > 0 && { price }),
  };
}

/** Whether the learner wants a hint on this page: per kind of page, and not on courses they hid it on. */
export function hintVisible(page: PageMatch, h: HintSettings): boolean {
  if (page.course && h.hiddenCourses.includes(page.course)) return false;
  switch (page.kind) {
    case 'catalog':
    case 'program':
    case 'product':
      return h.catalogPages;
    case 'dashboard':
    case 'program-dashboard':
      return h.dashboards;
    default:
      return h.coursePages;
  }
}

export type { HintSettings } from './state/values';

/** The course whose unit pages this is, when the hint shows its one line here (remembered per course). */
function unitPageCourse(model: HintModel, page: PageMatch): string | undefined {
  return model.kind === 'course' && model.compact ? page.course : undefined;
}

/**
 * Whether the hint starts collapsed, as the learner left it: a unit page shows one line unless they opened
 * it for this course; other pages follow the one collapse choice.
 */
export function storedCollapsed(model: HintModel, page: PageMatch, hints: HintSettings): boolean {
  if (model.kind === 'course' && model.compact) {
    const course = unitPageCourse(model, page);
    return !(course && hints.openOnUnits.includes(course));
  }
  return hints.collapsed;
}

/** The command that stores a collapse choice made on this page. */
export function collapseCommand(model: HintModel, page: PageMatch, collapsed: boolean): Command {
  const course = unitPageCourse(model, page);
  return course ? { type: 'setHintOpenOnUnits', course, open: !collapsed } : { type: 'setHintCollapsed', collapsed };
}

/** The command a hint button sends: the run the page's URL names, else the platform the course is on. */
export function markCommand(page: PageMatch, model: CourseHint, mark: HintAction): Command {
  const course = model.course.number;
  return { type: 'mark', course, mark, ...(page.runKey ? { runKey: page.runKey } : { platform: model.platform }) };
}
