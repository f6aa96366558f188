/**
 * Deadlines of a run (docs/program.md "Deadline rule", docs/platforms.md "Deadlines"):
 * - the program target: pay and verify within the first four weeks, i.e. the end of the day (learner's zone)
 *   28 days after the run's start date;
 * - edX's upgrade deadline, when known: after it paying is no longer possible for that run;
 * - edX's ID-verification deadline, for verified learners not yet verified;
 * - the course end.
 * Both payment dates are kept; the earlier one still ahead is the one to act on, and a difference is flagged.
 */
import { PROGRAM } from './catalog';
import type { Platform } from './platform';
import type { RunView } from './state/facts';
import { addDays, calendarDaysBetween, endOfDay, parseDateOrInstant, zonedDate, type CalendarDate } from './time';

import type { DEADLINE_KINDS, DeadlineSource, FactSource } from './state/vocab';

export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface Deadline {
  /** Stable for one run, kind and date: a moved date is a new deadline with reminders of its own. */
  readonly id: string;
  readonly runId: string;
  readonly course: string;
  /** The platform of its run: names the platform's own deadline ("edX upgrade", "MITx Online payment"). */
  readonly platform: Platform;
  readonly kind: DeadlineKind;
  /** The instant it passes. */
  readonly at: number;
  /** Its calendar date in the learner's zone. */
  readonly date: CalendarDate;
  /** Who says so: the program's rule, the platform, or the learner (a date they typed). */
  readonly source: DeadlineSource;
  /** Who supplied the date it rests on, and when: the start date for the program target, else itself. */
  readonly basis?: { readonly by: FactSource; readonly at: string };
}

export interface RunDeadlines {
  readonly programTarget?: Deadline;
  /**
   * The program target from the other start date, when the learner's start and the platform's fall on
   * different days: both are shown, and the earlier counts, so a mistyped date never makes a learner late.
   */
  readonly programTargetOther?: Deadline;
  readonly edxUpgrade?: Deadline;
  readonly idVerification?: Deadline;
  readonly courseEnd?: Deadline;
  /** The payment deadline to act on now: the earlier of the two still ahead. */
  readonly payBy?: Deadline;
  /** After this instant the run can no longer be upgraded (edX's date, else the program target). */
  readonly lastChanceToPay?: number;
  /** Both payment dates are known and fall on different days. */
  readonly payDatesDiffer: boolean;
  /** The learner's start date and the platform's fall on different days. */
  readonly startsDiffer: boolean;
}

function deadline(
  run: RunView,
  kind: DeadlineKind,
  at: number,
  date: CalendarDate,
  source: Deadline['source'],
  basis?: Deadline['basis'],
): Deadline {
  return {
    id: `${run.id}:${kind}:${date}`,
    runId: run.id,
    course: run.course,
    platform: run.platform,
    kind,
    at,
    date,
    source,
    ...(basis && { basis }),
  };
}

/** An instant-valued fact as a deadline; a date-only value (typed by the learner) ends with its day. */
function fromValue(
  run: RunView,
  kind: DeadlineKind,
  fact: { value: string; by: 'learner' | 'edx'; at: string },
  timeZone: string,
): Deadline | undefined {
  const date = parseDateOrInstant(fact.value, timeZone);
  if (!date) return undefined;
  const at = /T/.test(fact.value) ? Date.parse(fact.value) : endOfDay(date, timeZone);
  return deadline(run, kind, at, date, fact.by, { by: fact.by, at: fact.at });
}

function programTargetFrom(
  run: RunView,
  start: { value: string; by: 'learner' | 'edx'; at: string } | undefined,
  timeZone: string,
): Deadline | undefined {
  const startDate = start && parseDateOrInstant(start.value, timeZone);
  if (!start || !startDate) return undefined;
  const date = addDays(startDate, PROGRAM.verifyWindowDays);
  return deadline(run, 'program-target', endOfDay(date, timeZone), date, 'program', { by: start.by, at: start.at });
}

export function runDeadlines(run: RunView, now: number, timeZone: string): RunDeadlines {
  const programTarget = programTargetFrom(run, run.start, timeZone);
  const other = programTargetFrom(run, run.startOther, timeZone);
  const programTargetOther = other && other.date !== programTarget?.date ? other : undefined;
  const edxUpgrade = run.upgradeDeadline && fromValue(run, 'edx-upgrade', run.upgradeDeadline, timeZone);
  const idVerification =
    run.verificationDeadline && fromValue(run, 'id-verification', run.verificationDeadline, timeZone);
  const courseEnd = run.end && fromValue(run, 'course-end', run.end, timeZone);
  const ahead = [programTarget, programTargetOther, edxUpgrade]
    .filter((d): d is Deadline => !!d && d.at > now)
    .sort((a, b) => a.at - b.at);
  return {
    ...(programTarget && { programTarget }),
    ...(programTargetOther && { programTargetOther }),
    ...(edxUpgrade && { edxUpgrade }),
    ...(idVerification && { idVerification }),
    ...(courseEnd && { courseEnd }),
    ...(ahead[0] && { payBy: ahead[0] }),
    ...((edxUpgrade ?? programTarget) && { lastChanceToPay: (edxUpgrade ?? programTarget)?.at }),
    payDatesDiffer: !!programTarget && !!edxUpgrade && programTarget.date !== edxUpgrade.date,
    startsDiffer: !!programTargetOther,
  };
}

/** Whole calendar days from now until the deadline's date, in the learner's zone (0 = today). */
export function daysLeft(d: Pick<Deadline, 'date'>, now: number, timeZone: string): number {
  return calendarDaysBetween(zonedDate(now, timeZone), d.date);
}

/** Days from today to a graded item's due instant, in the learner's zone (NaN without a due date). */
export function itemDays(item: { readonly due?: string }, now: number, timeZone: string): number {
  return daysLeft({ date: zonedDate(Date.parse(item.due ?? ''), timeZone) }, now, timeZone);
}

/** Urgency bands for the badge and the UI. */
export function urgency(days: number): 'urgent' | 'soon' | 'later' {
  return days <= 3 ? 'urgent' : days <= 7 ? 'soon' : 'later';
}
