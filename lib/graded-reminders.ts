/**
 * Reminders for graded work: each item still to do in a run of the track becomes a reminder target with
 * the lead days of its kind (assignments or exams), when the learner has opted in to that kind. A target's
 * id names its run, item and due date, so a moved due date is a new target (the old reminders go) and an
 * item done, locked or past drops out with its reminders; delivered reminders stay recorded as any other.
 */
import type { ReminderTarget } from './reminders';
import type { GradedKind, Settings } from './state/schema';
import type { Platform } from './state/vocab';
import type { StepStanding } from './status';
import type { SummaryGradedItem } from './summary';
import { zonedDate } from './time';

export interface GradedTarget extends ReminderTarget {
  readonly graded: true;
  readonly course: string;
  readonly platform: Platform;
  readonly item: SummaryGradedItem;
  readonly runKey?: string;
}

/** Exams by their type or title (midterm, final, exam, quiz, test); everything else is an assignment. */
export function gradedKind(item: Pick<SummaryGradedItem, 'type' | 'title'>): GradedKind {
  return /\b(?:exam|midterm|final|quiz|test)s?\b/i.test(`${item.type ?? ''} ${item.title}`) ? 'exams' : 'assignments';
}

export function gradedTargets(steps: readonly StepStanding[], settings: Settings, timeZone: string): GradedTarget[] {
  const choice = settings.reminders.graded;
  const out: GradedTarget[] = [];
  for (const step of steps) {
    for (const run of step.runs) {
      for (const item of run.graded?.upcoming ?? []) {
        const kind = choice[gradedKind(item)];
        if (!kind.enabled || item.locked || !item.due) continue;
        const at = Date.parse(item.due);
        out.push({
          graded: true,
          deadline: { id: `${run.view.id}:graded:${item.id}:${item.due}`, date: zonedDate(at, timeZone), at },
          leads: [...kind.leadDays, ...(kind.dayOf ? [0] : [])],
          course: run.view.course,
          platform: run.view.platform,
          item,
          ...(run.view.runKey && { runKey: run.view.runKey }),
        });
      }
    }
  }
  return out;
}
