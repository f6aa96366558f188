/**
 * What the hint says on a page, decided from the catalog, the learner's state and the clock. Pure: the
 * component renders it, tests check it for every course, status and kind of page.
 */
import { runDeadlineRows } from './agenda';
import { CAPSTONE_STEP, courseByNumber, mayRunTogether, stepOf, type CatalogCourse, type StepId } from './catalog';
import { daysLeft, itemDays, type Deadline } from './deadlines';
import type { PageMatch } from './detect';
import { platformOfRunKey, type Platform } from './platform';
import type { MessageKey } from './i18n';
import type { Command } from './commands';
import type { HintSettings } from './state/values';
import { beforePaying, type Status } from './state/vocab';
import type { RunStanding, StepStanding } from './status';
import { syncOf, type Summary, type SummaryGraded, type SummaryGradedItem } from './summary';
import { partnersIn, swapsInto, type TrackChoice } from './track';

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
  /** The next step in an ordered track (the FAQ's path). */
  | { readonly kind: 'next'; readonly step: StepId; readonly position: number }
  /** What is left of a track without an order of study, in its layout (core, then track courses). */
  | { readonly kind: 'remaining'; readonly steps: readonly StepId[] }
  | { readonly kind: 'alongside'; readonly steps: readonly StepId[] }
  | { readonly kind: 'order-first'; readonly step: StepId; readonly position: number }
  | { readonly kind: 'done' };

/** Graded items the course home shows, and how near the one a unit page's line shows must be. */
export const HINT_GRADED_SHOWN = 3;
export const COMPACT_GRADED_DAYS = 2;

/** A run's graded work on its course pages: its next items, the locked ones, the standing, one urgent item. */
export interface HintGraded extends SummaryGraded {
  /** The next item the learner can open, when it is due within COMPACT_GRADED_DAYS (the unit page's line). */
  readonly urgent?: { readonly item: SummaryGradedItem; readonly days: number };
}

export interface CourseHint {
  readonly kind: 'course';
  readonly course: CatalogCourse;
  readonly step: StepId;
  /** This course's standing in the track. */
  readonly standing: StepStanding;
  readonly steps: readonly StepStanding[];
  readonly track: TrackChoice;
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
  /** The run's graded work, when the platform listed any that is still to come or a standing. */
  readonly graded?: HintGraded;
}

export interface ProgramHint {
  readonly kind: 'program';
  readonly steps: readonly StepStanding[];
  readonly passedCount: number;
  readonly next: NextLine;
  readonly deadline?: DeadlineRow;
}

/** A page of an SDS course that is not in the learner's track: said plainly, with the swaps that bring it in. */
export interface OutsideHint {
  readonly kind: 'outside';
  readonly course: CatalogCourse;
  readonly step: StepId;
  readonly track: TrackChoice;
  readonly steps: readonly StepStanding[];
  /** Track choices that put this course in place of one of the track's courses, within the program's rules. */
  readonly swaps: readonly { readonly replaces: StepId; readonly track: TrackChoice }[];
  readonly compact: boolean;
  readonly platform: Platform;
}

export type HintModel = CourseHint | ProgramHint | OutsideHint;

/** The track's courses passed, of its four. */
export function passedCourses(steps: readonly StepStanding[]): number {
  return steps.filter((s) => s.step !== CAPSTONE_STEP && s.status === 'passed').length;
}

/**
 * What to take next: on an ordered track its first open step; else the courses left, with no invented
 * order between them (the capstone, which comes after all four, only once they are done).
 */
export function nextToTake(steps: readonly StepStanding[]): NextLine {
  const open = steps.filter((s) => s.status !== 'passed');
  const first = open[0];
  if (!first) return { kind: 'done' };
  if (first.position !== undefined) return { kind: 'next', step: first.step, position: first.position };
  const courses = open.filter((s) => s.step !== CAPSTONE_STEP);
  return { kind: 'remaining', steps: (courses.length ? courses : open).map((s) => s.step) };
}

function adviceFor(course: CatalogCourse, steps: readonly StepStanding[]): AdviceLine[] {
  const counts = stepOf(course.step).counts;
  const fill: Partial<Record<string, string[]>> = {
    advice_data_analysis_assessment: [counts],
    advice_dedp_route: [course.step, counts],
    advice_legacy_6041x: [counts],
    advice_legacy_6041x_parts: [counts],
    advice_legacy_6041x_audit: [counts],
  };
  const lines: AdviceLine[] = [];
  for (const key of course.advice) {
    if (key === 'advice_data_analysis_concurrent') {
      // The concurrency rule, only with the partners the learner's track has.
      const [a, b] = partnersIn(steps, course.step);
      if (a && b) lines.push({ key, subs: [a, b] });
      else if (a) lines.push({ key: 'advice_data_analysis_concurrent_single', subs: [a] });
      continue;
    }
    lines.push({ key: key as MessageKey, subs: fill[key] ?? [] });
  }
  if (course.role === 'capstone')
    lines.push({ key: 'advice_capstone_progress', subs: [String(passedCourses(steps)), '4'] });
  return lines;
}

function nextLines(step: StepId, status: Status, steps: readonly StepStanding[]): NextLine[] {
  const lines: NextLine[] = [];
  if (status === 'passed') return [nextToTake(steps)];
  // The FAQ's order is a strong recommendation, not a gate, and only its path has one: name the earlier
  // step that should come first (one that may not run alongside this one), never block.
  const here = steps.find((s) => s.step === step)?.position;
  const earlier =
    here === undefined
      ? undefined
      : steps.find((s) => (s.position ?? 0) < here && s.status !== 'passed' && !mayRunTogether(s.step, step));
  if (earlier?.position) lines.push({ kind: 'order-first', step: earlier.step, position: earlier.position });
  const alongside = partnersIn(
    steps.filter((s) => s.status !== 'passed'),
    step,
  );
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

function gradedFor(run: RunStanding | undefined, now: number, timeZone: string): HintGraded | undefined {
  const graded = run?.graded;
  if (!graded || (!graded.upcoming.length && !graded.standing)) return undefined;
  const open = graded.upcoming.find((i) => !i.locked && i.due);
  const days = open ? itemDays(open, now, timeZone) : Infinity;
  return {
    ...graded,
    upcoming: graded.upcoming.slice(0, HINT_GRADED_SHOWN),
    ...(open && days <= COMPACT_GRADED_DAYS && { urgent: { item: open, days } }),
  };
}

/** The hint for a page, from the program summary (lib/summary.ts) the background keeps. */
function syncFailure(runKey: string | undefined, sync: Summary['sync']): { syncFailed?: string } {
  const outcome = syncOf({ sync }, runKey)?.outcome;
  return outcome && outcome !== 'ok' ? { syncFailed: outcome } : {};
}

export function hintModel(
  page: PageMatch,
  steps: readonly StepStanding[],
  track: TrackChoice,
  now: number,
  timeZone: string,
  sync: Summary['sync'] = [],
): HintModel | undefined {
  const passedCount = passedCourses(steps);
  const course = page.course ? courseByNumber(page.course) : undefined;
  if (!course || !page.step) {
    const items = steps.flatMap((s) => rowsFor(s.current, s.status, now, timeZone).filter((r) => r.actOn));
    const deadline = items.sort((a, b) => a.deadline.at - b.deadline.at)[0];
    return { kind: 'program', steps, passedCount, next: nextToTake(steps), ...(deadline && { deadline }) };
  }
  const compact = page.kind === 'unit' || page.kind === 'courseware';
  const standing = steps.find((s) => s.step === page.step);
  if (!standing) {
    const swaps = swapsInto(track, page.step);
    const platform = page.runKey ? platformOfRunKey(page.runKey) : page.kind === 'product' ? 'mitxonline' : 'edx';
    return { kind: 'outside', course, step: page.step, track, steps, swaps, compact, platform };
  }
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
  const graded = gradedFor(run, now, timeZone);
  const price = run?.view.price
    ? { usd: run.view.price.value, from: 'platform' as const }
    : { usd: course.priceUsd, from: 'program' as const };
  return {
    kind: 'course',
    course,
    step: page.step,
    standing,
    steps,
    track,
    status,
    ...(run && { run }),
    deadlines: rows,
    payDatesDiffer: !!run?.deadlines.payDatesDiffer && mayPay,
    startsDiffer: !!run?.deadlines.startsDiffer && mayPay,
    startUnknown: !run?.view.start && status !== 'passed',
    next: nextLines(page.step, status, steps),
    advice: adviceFor(course, steps),
    actions: course.role === 'legacy' ? [] : actionsFor(status),
    passedCount,
    ...syncFailure(page.runKey, sync),
    platform,
    compact,
    ...(platform === 'mitxonline' && mayPay && course.priceUsd > 0 && { price }),
    ...(graded && { graded }),
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
  return model.kind !== 'program' && model.compact ? page.course : undefined;
}

/**
 * Whether the hint starts collapsed, as the learner left it: a unit page shows one line unless they opened
 * it for this course; other pages follow the one collapse choice.
 */
export function storedCollapsed(model: HintModel, page: PageMatch, hints: HintSettings): boolean {
  if (model.kind !== 'program' && model.compact) {
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
