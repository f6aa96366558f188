/**
 * What is pending across the program: the deadlines a learner can still act on, soonest first. Reminders and
 * the toolbar badge are planned from this list.
 */
import type { StepNumber } from './catalog';
import type { Deadline } from './deadlines';
import type { StepSummary } from './status';

export interface AgendaItem {
  readonly step: StepNumber;
  readonly deadline: Deadline;
  /** The deadline to act on for its run (the earlier payment date, or an ID or course-end date). */
  readonly actOn: boolean;
  /** The run's edX upgrade link, for a notification's click. */
  readonly upgradeUrl?: string;
  readonly runKey?: string;
}

export function agenda(steps: readonly StepSummary[], now: number): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const step of steps) {
    if (step.status === 'passed') continue;
    const run = step.current;
    if (!run) continue;
    const { deadlines, view, status } = run;
    const extra = { ...(view.upgradeUrl && { upgradeUrl: view.upgradeUrl.value }), ...(view.runKey && { runKey: view.runKey }) };
    const add = (d: Deadline | undefined, actOn: boolean) => {
      if (d && d.at > now) items.push({ step: step.step, deadline: d, actOn, ...extra });
    };
    if (status === 'planned' || status === 'audit-can-upgrade') {
      add(deadlines.programTarget, deadlines.payBy?.id === deadlines.programTarget?.id);
      add(deadlines.programTargetOther, deadlines.payBy?.id === deadlines.programTargetOther?.id);
      add(deadlines.edxUpgrade, deadlines.payBy?.id === deadlines.edxUpgrade?.id);
    } else if (status === 'verified-in-progress') {
      if (view.verificationStatus?.value !== 'approved') add(deadlines.idVerification, true);
      add(deadlines.courseEnd, true);
    }
  }
  return items.sort((a, b) => a.deadline.at - b.deadline.at);
}

/** The nearest deadline to act on, if any. */
export function nextActionable(items: readonly AgendaItem[]): AgendaItem | undefined {
  return items.find((i) => i.actOn);
}
