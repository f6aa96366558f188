/**
 * The program summary: every step's status and the deadlines of its runs, with the hint settings. The
 * background (the only writer) derives it from progress and settings and stores it in the same write; the
 * content script reads only this, so it parses one small schema and computes nothing but days left.
 * A summary that fails to parse is treated as absent: the hint then shows what the catalog alone knows,
 * and the background writes a fresh one at its next start or change.
 */
import * as z from 'zod/mini';
import { STEP_IDS, TRACK_COURSES, TRACK_NAMES } from './catalog';
import { FACT_VALUES, HintSettingsSchema, RUN_KEY, type FactName } from './state/values';
import { DEADLINE_KINDS, DEADLINE_SOURCES, FACT_SOURCES, PLATFORMS, STATUSES } from './state/vocab';
import type { StepStanding } from './status';
import { faqTrack, placeInTrack, STEP_ROLES, trackLayout } from './track';

export const SUMMARY_VERSION = 4;

const str = z.string();
const by = z.enum(FACT_SOURCES);
const fromSource = z.object({ by, at: str });
type ResolvedSchema<T extends z.core.$ZodType> = z.ZodMiniOptional<
  z.ZodMiniObject<{ value: T; by: typeof by; at: typeof str }, z.core.$strip>
>;
/** A resolved fact (lib/state/facts.ts): the value of the stored fact's own schema, who gave it, and when. */
function resolved<T extends z.core.$ZodType>(value: T): ResolvedSchema<T> {
  return z.optional(z.object({ value, by, at: str }));
}

const RunViewSchema = z.object({
  id: str,
  course: str,
  runKey: z.optional(RUN_KEY),
  platform: z.enum(PLATFORMS),
  addedAt: str,
  startOther: resolved(FACT_VALUES.start),
  ...(Object.fromEntries(Object.entries(FACT_VALUES).map(([name, value]) => [name, resolved(value)])) as {
    [K in FactName]: ResolvedSchema<(typeof FACT_VALUES)[K]>;
  }),
});

const DeadlineSchema = z.object({
  id: str,
  runId: str,
  course: str,
  platform: z.enum(PLATFORMS),
  kind: z.enum(DEADLINE_KINDS),
  at: z.number(),
  date: str,
  source: z.enum(DEADLINE_SOURCES),
  basis: z.optional(fromSource),
});

const RUN_STANDING = {
  view: RunViewSchema,
  deadlines: z.object({
    programTarget: z.optional(DeadlineSchema),
    programTargetOther: z.optional(DeadlineSchema),
    edxUpgrade: z.optional(DeadlineSchema),
    idVerification: z.optional(DeadlineSchema),
    courseEnd: z.optional(DeadlineSchema),
    payBy: z.optional(DeadlineSchema),
    lastChanceToPay: z.optional(z.number()),
    payDatesDiffer: z.boolean(),
    startsDiffer: z.boolean(),
  }),
  status: z.enum(STATUSES),
};

/** One graded item still to do, as the hint and the popup show it (stored as lib/state/graded-schema.ts has it). */
const GradedItemView = z.object({
  id: str,
  title: str,
  type: z.optional(str),
  due: z.optional(str),
  locked: z.boolean(),
  link: z.optional(str),
});

/** A run's graded work (lib/graded.ts): the items still to do, soonest first, the locked ones, the standing. */
const GradedViewSchema = z.object({
  upcoming: z.array(GradedItemView),
  locked: z.object({ count: z.number(), firstDue: z.optional(str) }),
  standing: z.optional(
    z.object({
      kind: z.enum(['passed', 'unreachable', 'needs']),
      current: z.number(),
      toCome: z.number(),
      needed: z.optional(z.number()),
      passMark: z.number(),
    }),
  ),
});

const RunSchema = z.object({ ...RUN_STANDING, graded: z.optional(GradedViewSchema) });

const StepSchema = z.object({
  step: z.enum(STEP_IDS),
  role: z.optional(z.enum(STEP_ROLES)),
  position: z.optional(z.number()),
  status: z.enum(STATUSES),
  credited: z.boolean(),
  current: z.optional(RunSchema),
  runs: z.array(RunSchema),
});

const SummarySchema = z.object({
  version: z.literal(SUMMARY_VERSION),
  computedAt: z.number(),
  /** The learner finished or skipped the first-run setup. */
  onboarded: z.boolean(),
  /** The learner's track, and its four courses and the capstone in its layout's order (lib/track.ts). */
  track: z.object({ name: z.enum(TRACK_NAMES), courses: z.tuple([z.enum(TRACK_COURSES), z.enum(TRACK_COURSES)]) }),
  steps: z.array(StepSchema).check(z.length(trackLayout(faqTrack()).steps.length)),
  /** The last reading of the platform per run: when, how it went, when it last succeeded. */
  sync: z.array(z.object({ runKey: str, at: z.number(), outcome: str, lastOkAt: z.optional(z.number()) })),
  hints: HintSettingsSchema,
});

export type Summary = z.infer<typeof SummarySchema>;
/** A run's graded work as the summary carries it, and one of its items. */
export type SummaryGraded = z.infer<typeof GradedViewSchema>;
export type SummaryGradedItem = z.infer<typeof GradedItemView>;

/** What the writer stores: the same shape, built from lib/status.ts (checked against the schema's type). */
export interface StoredSummary extends Omit<Summary, 'steps'> {
  readonly steps: readonly StepStanding[];
}

/** How the last reading of edX for a run went, if it was read. */
export function syncOf(
  summary: Pick<Summary, 'sync'> | undefined,
  runKey: string | undefined,
): Summary['sync'][number] | undefined {
  const key = runKey?.toLowerCase();
  return key ? summary?.sync.find((s) => s.runKey.toLowerCase() === key) : undefined;
}

/** The stored summary if it is sound and has every step, else undefined. */
export function parseSummary(raw: unknown): Summary | undefined {
  const parsed = SummarySchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** The FAQ's path, planned, with no runs: what a learner with no stored state has. */
export function emptySteps(): StepStanding[] {
  const track = faqTrack();
  return trackLayout(track).steps.map((step) => ({
    step,
    ...placeInTrack(track, step),
    status: 'planned',
    credited: false,
    runs: [],
  }));
}
