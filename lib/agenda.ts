/**
 * What is pending across the program: the deadlines a learner can still act on, soonest first. Reminders and
 * the toolbar badge are planned from this list.
 */
import type { StepId } from './catalog';
import type { Deadline } from './deadlines';
import { beforePaying, type Status } from './state/vocab';
import type { RunStanding, StepStanding } from './status';

export interface AgendaItem {
  readonly step: StepId;
  readonly deadline: Deadline;
  /** The deadline to act on for its run (the earlier payment date, or an ID or course-end date). */
  readonly actOn: boolean;
  /** The run's edX upgrade link, for a notification's click. */
  readonly upgradeUrl?: string;
  readonly runKey?: string;
}

/** A deadline of a run that is still ahead, and whether it is the one to act on for that run. */
export interface RunDeadline {
  readonly deadline: Deadline;
  readonly actOn: boolean;
}

/**
 * The one rule for which deadlines of a run are shown, and which one is to act on, for the hint, the popup,
 * the badge and the reminders alike. Before paying: the program's target (from each start date when they
 * differ) and the platform's deadline, the earlier to act on. Verified and under way: the ID-verification
 * cut-off while ID is not approved (to act on), then the course end (to act on once ID is settled). After
 * that, nothing. Only deadlines still ahead, soonest first.
 */
export function runDeadlineRows(run: RunStanding, status: Status, now: number): RunDeadline[] {
  const { deadlines: d, view } = run;
  const rows: RunDeadline[] = [];
  const add = (deadline: Deadline | undefined, actOn: boolean) => {
    if (deadline && deadline.at > now) rows.push({ deadline, actOn });
  };
  if (beforePaying(status)) {
    for (const x of [d.programTarget, d.programTargetOther, d.edxUpgrade]) add(x, !!x && d.payBy?.id === x.id);
  } else if (status === 'verified-in-progress') {
    const idPending = view.verificationStatus?.value !== 'approved' && !!d.idVerification && d.idVerification.at > now;
    if (idPending) add(d.idVerification, true);
    add(d.courseEnd, !idPending);
  }
  return rows.sort((a, b) => a.deadline.at - b.deadline.at);
}

export function agenda(steps: readonly StepStanding[], now: number): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const step of steps) {
    if (step.status === 'passed') continue;
    const run = step.current;
    if (!run) continue;
    const { view } = run;
    const extra = {
      ...(view.upgradeUrl && { upgradeUrl: view.upgradeUrl.value }),
      ...(view.runKey && { runKey: view.runKey }),
    };
    for (const row of runDeadlineRows(run, run.status, now)) items.push({ step: step.step, ...row, ...extra });
  }
  return items.sort((a, b) => a.deadline.at - b.deadline.at);
}

/** The nearest deadline to act on, if any. */
export function nextActionable(items: readonly AgendaItem[]): AgendaItem | undefined {
  return items.find((i) => i.actOn);
}
