/**
 * What a run's graded work means now: the items still to do, soonest first, how many are locked, and the
 * grade standing against the pass mark. Computed in the background for the summary; pure.
 */
import { gradeStanding, type Standing } from './grade-standing';
import type { RunView } from './state/facts';
import type { Run } from './state/schema';
import type { StoredGradedItem } from './state/graded-schema';
import type { SummaryGradedItem } from './summary';

/** The items of a run a learner still has to do: not done, due from now on; at most this many. */
export const UPCOMING_LIMIT = 30;

export interface GradedView {
  /** Not done and due from now on, soonest first. */
  readonly upcoming: readonly SummaryGradedItem[];
  /** Items not done that the learner cannot open (graded work in an audit enrolment), and the first one's due. */
  readonly locked: { readonly count: number; readonly firstDue?: string };
  /** Against the pass mark, when the policy and the pass mark are known and sound. */
  readonly standing?: Exclude<Standing, { kind: 'unknown' }>;
}

/** What the hint, the popup and the reminders need of an item still to do: not its score or done flag. */
function itemView({ id, title, type, due, locked, link }: StoredGradedItem): SummaryGradedItem {
  return { id, title, locked, ...(type && { type }), ...(due && { due }), ...(link && { link }) };
}

export function gradedView(run: Run, view: RunView, now: number): GradedView | undefined {
  const graded = run.graded;
  // A run that has ended has nothing left to do; its items are pruned at the next reading.
  if (!graded || (view.end && Date.parse(view.end.value) < now)) return undefined;
  const ahead = graded.items
    .filter((i) => !i.done && i.due !== undefined && Date.parse(i.due) >= now)
    .sort((a, b) => Date.parse(a.due ?? '') - Date.parse(b.due ?? ''));
  const locked = ahead.filter((i) => i.locked);
  const passMark = view.passMark?.value;
  const standing = passMark === undefined ? undefined : gradeStanding(graded.policy, graded.items, passMark);
  return {
    upcoming: ahead.slice(0, UPCOMING_LIMIT).map(itemView),
    locked: { count: locked.length, ...(locked[0]?.due && { firstDue: locked[0].due }) },
    ...(standing && standing.kind !== 'unknown' && { standing }),
  };
}
