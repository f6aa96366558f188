/**
 * Money and time across the program (docs/program.md "Money and verification", "Time"), from the steps' standings.
 * The projection is a range, not a date: courses run 13 to 16 weeks and rerun several times a year, and the
 * next runs' dates are not known here; it assumes each next course starts when the previous one ends.
 */
import { CAPSTONE_STEP, courseByNumber, FAQ_PATH, mayRunTogether, PROGRAM, stepOf, type StepId } from './catalog';
import type { StepStanding } from './status';

const WEEK = 7 * 86_400_000;

export interface Money {
  /** US dollars paid: every verified run of a course that counts, retakes included (fees do not transfer). */
  readonly spent: number;
  /** US dollars still to pay: the steps not passed and not paid for in a current run. */
  readonly toSpend: number;
  /** The track's four courses and the capstone, once each (US $1,500 when each is US $300). */
  readonly total: number;
}

const PAID_STATUSES = new Set(['verified-in-progress', 'passed', 'not-passed']);

export function money(steps: readonly StepStanding[]): Money {
  let spent = 0;
  let toSpend = 0;
  let total = 0;
  for (const s of steps) {
    const price = courseByNumber(stepOf(s.step).counts)?.priceUsd ?? 0;
    total += price;
    const paidRuns = s.runs.filter(
      (r) =>
        r.view.course === stepOf(s.step).counts &&
        (r.view.mode?.value === 'verified' || PAID_STATUSES.has(r.status)) &&
        r.view.mode?.value !== 'audit',
    );
    spent += paidRuns.length * price;
    const coveredNow = s.status === 'passed' || s.status === 'verified-in-progress';
    if (!coveredNow) toSpend += price;
  }
  return { spent, toSpend, total };
}

export interface Projection {
  /** When the four courses could be done, at the earliest (13-week runs back to back) and latest (16). */
  readonly earliest?: number;
  readonly latest?: number;
  readonly remainingCourses: number;
  /** All four courses passed: the capstone exam is open. */
  readonly capstoneOpen: boolean;
}

/**
 * How many course-length slots the remaining steps need: the concurrency rule lets one pair share a slot
 * (14.310x alongside 18.6501x or 6.86x), when both are still to take.
 */
function slots(remaining: readonly StepId[]): number {
  const partnered = remaining.some((a, i) => remaining.slice(i + 1).some((b) => mayRunTogether(a, b)));
  return remaining.length - (partnered ? 1 : 0);
}

/** The track's course steps (all but the capstone), from its standings. */
export function courseStandings(steps: readonly StepStanding[]): StepStanding[] {
  return steps.filter((s) => s.step !== CAPSTONE_STEP);
}

export function projectCompletion(steps: readonly StepStanding[], now: number): Projection {
  const open = courseStandings(steps)
    .filter((s) => s.status !== 'passed')
    .map((s) => s.step);
  if (!open.length) return { remainingCourses: 0, capstoneOpen: true };
  // Courses under way with a known end: what follows starts after the last of them.
  const endOf = (n: StepId) => {
    const r = steps.find((s) => s.step === n)?.current;
    const end = r?.status === 'verified-in-progress' && r.view.end ? Date.parse(r.view.end.value) : NaN;
    return end > now ? end : undefined;
  };
  const ends = open.map(endOf).filter((t): t is number => t !== undefined);
  const start = ends.length ? Math.max(...ends) : now;
  const rest = open.filter((n) => endOf(n) === undefined);
  const n = slots(rest);
  return {
    earliest: start + n * PROGRAM.courseWeeks.min * WEEK,
    latest: start + n * PROGRAM.courseWeeks.max * WEEK,
    remainingCourses: open.length,
    capstoneOpen: false,
  };
}

const FAQ_ORDERED: readonly StepId[] = FAQ_PATH.order;
/** The FAQ means its four courses one after the other, but for 14.310x's pairs; it says nothing of the others. */
function meantInSequence(a: StepId, b: StepId): boolean {
  return FAQ_ORDERED.includes(a) && FAQ_ORDERED.includes(b) && !mayRunTogether(a, b);
}

export interface TermLoad {
  readonly term: string;
  readonly steps: readonly StepId[];
  /** Hours a week when all of them run at once (12 to 14 each). */
  readonly hours: { readonly min: number; readonly max: number };
  /** Two of them are meant to be taken one after the other (only 14.310x may run alongside). */
  readonly sequentialClash: boolean;
}

/** The track's courses planned for each term, the weekly hours that adds up to, and clashes with the order. */
export function termLoad(
  planned: Readonly<Partial<Record<StepId, string>>>,
  steps: readonly StepStanding[],
): TermLoad[] {
  const byTerm = new Map<string, StepId[]>();
  for (const s of courseStandings(steps)) {
    const term = planned[s.step];
    if (!term || s.status === 'passed') continue;
    byTerm.set(term, [...(byTerm.get(term) ?? []), s.step]);
  }
  const order = (term: string) => {
    const [year, season] = term.split('-');
    return Number(year) * 10 + ['spring', 'summer', 'fall'].indexOf(season ?? '');
  };
  return [...byTerm.entries()]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([term, list]) => ({
      term,
      steps: list,
      hours: { min: list.length * PROGRAM.hoursPerWeek.min, max: list.length * PROGRAM.hoursPerWeek.max },
      sequentialClash: list.some((a, i) => list.slice(i + 1).some((b) => meantInSequence(a, b))),
    }));
}
