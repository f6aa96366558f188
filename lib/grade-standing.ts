/**
 * Where a learner stands against a course's pass mark, computed as edX's grader computes a course grade
 * (docs/platforms.md, "Graded work"): each assignment type is the mean of its items' scores, padded with
 * zeros up to the policy's count and with its lowest `droppable` scores dropped; the grade is the sum of
 * each type's mean times its weight. Pure, no dates: the caller says which items are scored and which are
 * still to come.
 */

export interface PolicyType {
  /** The assignment type as the policy and the items name it ("Problem Set", "Midterm Exam 1" ...). */
  readonly type: string;
  /** Its share of the grade, 0 to 1. */
  readonly weight: number;
  /** How many items of the type the course has (edX's min_count): missing ones count as zero. */
  readonly count: number;
  /** How many of its lowest scores are dropped. */
  readonly droppable: number;
}

export interface GradedScore {
  /** Its assignment type; an item of no type, or of one the policy does not name, counts for nothing. */
  readonly type?: string;
  /** Its score, 0 to 1, once graded; undefined while still to come. */
  readonly score?: number;
}

export type Standing =
  /** The policy is missing, or its weights do not sum to 1: nothing is said. */
  | { readonly kind: 'unknown'; readonly reason: 'no-policy' | 'weights' }
  | {
      readonly kind: 'passed' | 'unreachable' | 'needs';
      /** The grade now, as edX shows it: what is still to come counts as zero. */
      readonly current: number;
      /** The share of the grade still to come (each item's nominal share: its type's weight over its count). */
      readonly toCome: number;
      /** The lowest average on everything still to come that reaches the pass mark (only for `needs`). */
      readonly needed?: number;
      readonly passMark: number;
    };

const WEIGHT_TOLERANCE = 0.001;

/** One type's mean, as edX's AssignmentFormatGrader takes it, with every item still to come scored `x`. */
function typeMean(policy: PolicyType, scores: readonly (number | undefined)[], x: number): number {
  const all = scores.map((s) => s ?? x);
  while (all.length < policy.count) all.push(x);
  const kept = all.sort((a, b) => a - b).slice(Math.min(policy.droppable, Math.max(all.length - 1, 0)));
  return kept.length ? kept.reduce((a, b) => a + b, 0) / kept.length : 0;
}

/** The course grade with every item still to come scored `x` (0: the grade now; 1: the most reachable). */
export function gradeWith(policies: readonly PolicyType[], items: readonly GradedScore[], x: number): number {
  let total = 0;
  for (const p of policies) {
    const scores = items.filter((i) => i.type === p.type).map((i) => i.score);
    total += p.weight * typeMean(p, scores, x);
  }
  return total;
}

/** The share of the grade carried by the items still to come, each at its type's weight over its count. */
function shareToCome(policies: readonly PolicyType[], items: readonly GradedScore[]): number {
  let share = 0;
  for (const p of policies) {
    const ofType = items.filter((i) => i.type === p.type);
    const total = Math.max(p.count, ofType.length);
    const done = ofType.filter((i) => i.score !== undefined).length;
    if (total > 0) share += (p.weight * (total - done)) / total;
  }
  return share;
}

/** Whether the policy can be used: at least one type, weights from 0 to 1 that sum to 1. */
export function policyProblem(policies: readonly PolicyType[]): 'no-policy' | 'weights' | undefined {
  if (!policies.length) return 'no-policy';
  const sum = policies.reduce((a, p) => a + p.weight, 0);
  const sound = policies.every((p) => p.weight >= 0 && p.weight <= 1 && p.count >= 0 && p.droppable >= 0);
  return sound && Math.abs(sum - 1) <= WEIGHT_TOLERANCE ? undefined : 'weights';
}

/**
 * The standing against the pass mark: already passed (the grade now reaches it, whatever comes next), no
 * longer reachable (full marks on everything left would not), or the average needed on what is left, to
 * the whole percent above.
 */
export function gradeStanding(
  policies: readonly PolicyType[],
  items: readonly GradedScore[],
  passMark: number,
): Standing {
  const problem = policyProblem(policies);
  if (problem) return { kind: 'unknown', reason: problem };
  const current = gradeWith(policies, items, 0);
  const toCome = shareToCome(policies, items);
  const base = { current, toCome, passMark };
  // Rounding in the sums must not turn a grade exactly at the pass mark into a miss.
  const reaches = (grade: number) => grade >= passMark - 1e-9;
  if (reaches(current)) return { kind: 'passed', ...base };
  if (!reaches(gradeWith(policies, items, 1))) return { kind: 'unreachable', ...base };
  // The grade rises with x: find the least x that reaches the pass mark, to well under a hundredth.
  let low = 0;
  let high = 1;
  for (let i = 0; i < 40; i++) {
    const mid = (low + high) / 2;
    if (reaches(gradeWith(policies, items, mid))) high = mid;
    else low = mid;
  }
  return { kind: 'needs', ...base, needed: Math.ceil(high * 100 - 1e-6) / 100 };
}
