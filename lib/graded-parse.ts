/**
 * A run's graded work, from the two course-app answers the extension already reads (docs/platforms.md,
 * "Graded work"): the dates tab's `course_date_blocks` of type `assignment-due-date` give each item's title,
 * type, due date, whether it is done, whether it is locked, and its link; the progress tab's
 * `grading_policy.assignment_policies` give the policy and its `section_scores[].subsections[]` the scores.
 * Shapes follow openedx/frontend-app-learning's datesTabData and progressTabData factories. Every field is
 * optional and read alone; odd items are named in `problems` and the rest are kept.
 */
import * as z from 'zod/mini';
import type { PolicyType } from './grade-standing';
import { instant, isObject, read } from './edx-parse';

export interface GradedItem {
  /** Stable across readings: the subsection's block id, else its title (numbered when titles repeat). */
  readonly id: string;
  readonly title: string;
  /** The assignment type as the policy names it; absent when the platform gives none. */
  readonly type?: string;
  /** When it is due; absent when the platform gives no date (it is listed, never reminded of). */
  readonly due?: string;
  readonly done: boolean;
  /** The learner cannot open it (graded work in an audit enrolment). */
  readonly locked: boolean;
  readonly link?: string;
  /** Earned over possible, once graded (due passed, or done); absent while still to come. */
  readonly score?: number;
}

export interface GradedWork {
  readonly items: readonly GradedItem[];
  readonly policy: readonly PolicyType[];
}

/** Links kept: into a course app the extension knows, over https (anything else is dropped). */
const COURSE_LINK =
  /^https:\/\/(?:learning\.edx\.org|courses\.edx\.org|courses\.learn\.mit\.edu|courses\.mitxonline\.mit\.edu)\//;
const BLOCK = /block-v1:[^/?#]+?type@sequential\+block@[A-Za-z0-9_.-]+/i;
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

const DUE_BLOCK = z.object({
  date_type: z.literal('assignment-due-date'),
  title: z.optional(z.nullable(z.string())),
  date: z.optional(z.nullable(z.string())),
  assignment_type: z.optional(z.nullable(z.string())),
  complete: z.optional(z.nullable(z.boolean())),
  learner_has_access: z.optional(z.nullable(z.boolean())),
  link: z.optional(z.nullable(z.string())),
  first_component_block_id: z.optional(z.nullable(z.string())),
});

const SUBSECTION = z.object({
  display_name: z.optional(z.nullable(z.string())),
  assignment_type: z.optional(z.nullable(z.string())),
  block_key: z.optional(z.nullable(z.string())),
  url: z.optional(z.nullable(z.string())),
  has_graded_assignment: z.optional(z.nullable(z.boolean())),
  num_points_earned: z.optional(z.nullable(z.number())),
  num_points_possible: z.optional(z.nullable(z.number())),
});
type Subsection = z.infer<typeof SUBSECTION>;

const POLICY = z.object({
  type: text(80),
  weight: z.number(),
  num_total: z.optional(z.nullable(z.number())),
  num_droppable: z.optional(z.nullable(z.number())),
});

const blockOf = (s: string | null | undefined) => (s ? BLOCK.exec(s)?.[0].toLowerCase() : undefined);

function policyOf(progress: unknown, problems: string[]): PolicyType[] {
  const raw =
    read(progress, ['grading_policy', 'assignment_policies'], z.array(z.unknown()), 'progress', problems) ?? [];
  const out: PolicyType[] = [];
  for (const [i, p] of raw.entries()) {
    const parsed = POLICY.safeParse(p);
    if (!parsed.success) {
      problems.push(`progress.grading_policy.assignment_policies[${i}]: unexpected shape`);
      continue;
    }
    const { type, weight, num_total, num_droppable } = parsed.data;
    out.push({
      type,
      weight,
      count: Math.max(0, Math.floor(num_total ?? 0)),
      droppable: Math.max(0, Math.floor(num_droppable ?? 0)),
    });
  }
  return out;
}

function subsectionsOf(progress: unknown, problems: string[]): Subsection[] {
  const sections = read(progress, ['section_scores'], z.array(z.unknown()), 'progress', problems) ?? [];
  const out: Subsection[] = [];
  for (const section of sections) {
    const subs = isObject(section) && Array.isArray(section.subsections) ? section.subsections : [];
    for (const sub of subs) {
      const parsed = SUBSECTION.safeParse(sub);
      if (parsed.success && parsed.data.has_graded_assignment) out.push(parsed.data);
    }
  }
  return out;
}

/** Earned over possible, clamped to 0..1; a score above what is possible is named and counted as full. */
function scoreOf(sub: Subsection | undefined, title: string, problems: string[]): number | undefined {
  const earned = sub?.num_points_earned;
  const possible = sub?.num_points_possible;
  if (earned == null || possible == null || !(possible > 0) || !(earned >= 0)) return undefined;
  if (earned > possible) problems.push(`progress: ${title} scores ${earned} of ${possible}, counted as full marks`);
  return Math.min(1, earned / possible);
}

export function parseGraded(dates: unknown, progress: unknown, now: number): { work?: GradedWork; problems: string[] } {
  const problems: string[] = [];
  const blocks = read(dates, ['course_date_blocks'], z.array(z.unknown()), 'dates', problems);
  const policy = policyOf(progress, problems);
  if (!blocks && !policy.length) return { problems };
  const subs = subsectionsOf(progress, problems);
  const byBlock = new Map(
    subs.flatMap((s) => [blockOf(s.block_key), blockOf(s.url)].filter(Boolean).map((b) => [b!, s] as const)),
  );
  const byTitle = new Map(subs.filter((s) => s.display_name).map((s) => [s.display_name!, s] as const));
  const items: GradedItem[] = [];
  const taken = new Set<string>();
  for (const raw of blocks ?? []) {
    if (!isObject(raw) || raw.date_type !== 'assignment-due-date') continue;
    const parsed = DUE_BLOCK.safeParse(raw);
    const title = parsed.success ? parsed.data.title?.trim().slice(0, 200) : undefined;
    if (!parsed.success || !title) {
      problems.push('dates: a graded item without a title, skipped');
      continue;
    }
    const b = parsed.data;
    const block = blockOf(b.link) ?? blockOf(b.first_component_block_id);
    // Two items of one title and no block id are told apart by their order: "Quiz", "Quiz~2".
    let id = block ?? `title:${title}`;
    for (let n = 2; taken.has(id); n++) id = `${block ?? `title:${title}`}~${n}`;
    taken.add(id);
    const due = b.date && instant.safeParse(b.date).success ? b.date : undefined;
    if (b.date && !due) problems.push(`dates: ${title} has an unreadable due date, kept without one`);
    const sub = (block && byBlock.get(block)) || byTitle.get(title);
    const done = b.complete === true;
    const graded = done || (due !== undefined && Date.parse(due) <= now);
    const score = graded ? scoreOf(sub, title, problems) : undefined;
    const type = (b.assignment_type ?? sub?.assignment_type)?.trim().slice(0, 80) || undefined;
    const link = b.link && COURSE_LINK.test(b.link) ? b.link.slice(0, 500) : undefined;
    items.push({
      id: id.slice(0, 240),
      title,
      ...(type && { type }),
      ...(due && { due }),
      done,
      locked: b.learner_has_access === false,
      ...(link && { link }),
      ...(score !== undefined && { score }),
    });
  }
  // Graded subsections with no date block (a self-paced part, say): they count, with no due date.
  const matched = new Set(items.map((i) => i.id));
  for (const sub of subs) {
    const title = sub.display_name?.trim().slice(0, 200);
    const block = blockOf(sub.block_key) ?? blockOf(sub.url);
    const id = block ?? (title && `title:${title}`);
    if (!title || !id || matched.has(id) || (!block && items.some((i) => i.title === title))) continue;
    matched.add(id);
    const earned = sub.num_points_earned ?? 0;
    const score = earned > 0 ? scoreOf(sub, title, problems) : undefined;
    const type = sub.assignment_type?.trim().slice(0, 80) || undefined;
    items.push({ id, title, ...(type && { type }), done: false, locked: false, ...(score !== undefined && { score }) });
  }
  return { work: { items: items.slice(0, 200), policy }, problems };
}
