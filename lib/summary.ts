/**
 * The program summary: every step's status and the deadlines of its runs, with the hint settings. The
 * background (the only writer) derives it from progress and settings and stores it in the same write; the
 * content script reads only this, so it parses one small schema and computes nothing but days left.
 * A summary that fails to parse is treated as absent: the hint then shows what the catalog alone knows,
 * and the background writes a fresh one at its next start or change.
 */
import * as z from 'zod/mini';
import { PLATFORMS } from './platform';
import { DEADLINE_KINDS, MODES, STATUSES, VERIFICATION_STATUSES } from './state/vocab';
import type { StepSummary } from './status';

export const SUMMARY_VERSION = 2;
export const SUMMARY_KEY = 'summary';

/**
 * The schema is built on first use, not when the module loads: the content script loads on every edX page
 * at document_start, and only an SDS page ever parses a summary.
 */
function buildSummarySchema() {
  const str = z.string();
  const resolved = <T extends z.core.$ZodType>(value: T) => z.optional(z.object({ value, by: z.enum(['learner', 'edx']), at: str }));

  const RunViewSchema = z.object({
    id: str,
    course: str,
    runKey: z.optional(str),
    platform: z.enum(PLATFORMS),
    addedAt: str,
    start: resolved(str),
    startOther: resolved(str),
    end: resolved(str),
    mode: resolved(z.enum(MODES)),
    status: resolved(z.enum(STATUSES)),
    grade: resolved(z.number()),
    passMark: resolved(z.number()),
    passing: resolved(z.boolean()),
    certificate: resolved(str),
    upgradeDeadline: resolved(str),
    upgradeUrl: resolved(str),
    verificationDeadline: resolved(str),
    verificationStatus: resolved(z.enum(VERIFICATION_STATUSES)),
    price: resolved(z.number()),
  });

  const DeadlineSchema = z.object({
    id: str,
    runId: str,
    course: str,
    platform: z.enum(PLATFORMS),
    kind: z.enum(DEADLINE_KINDS),
    at: z.number(),
    date: str,
    source: z.enum(['program', 'edx', 'learner']),
    basis: z.optional(z.object({ by: z.enum(['learner', 'edx']), at: str })),
  });

  const RunSummarySchema = z.object({
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
  });

  const StepSummarySchema = z.object({
    step: z.literal([1, 2, 3, 4, 5]),
    status: z.enum(STATUSES),
    credited: z.boolean(),
    current: z.optional(RunSummarySchema),
    runs: z.array(RunSummarySchema),
  });

  return z.object({
    version: z.literal(SUMMARY_VERSION),
    computedAt: z.number(),
    /** The learner finished or skipped the first-run setup. */
    onboarded: z.boolean(),
    steps: z.array(StepSummarySchema),
    /** The last reading of edX per run: when, how it went, when it last succeeded. */
    sync: z.array(z.object({ runKey: str, at: z.number(), outcome: str, lastOkAt: z.optional(z.number()) })),
    hints: z.object({
      coursePages: z.boolean(),
      catalogPages: z.boolean(),
      dashboards: z.boolean(),
      collapsed: z.boolean(),
      hiddenCourses: z.array(str),
      openOnUnits: z.array(str),
    }),
  });
}

let summarySchema: ReturnType<typeof buildSummarySchema> | undefined;

export type Summary = z.infer<ReturnType<typeof buildSummarySchema>>;

/** What the writer stores: the same shape, built from lib/status.ts. */
export interface StoredSummary {
  readonly version: typeof SUMMARY_VERSION;
  readonly computedAt: number;
  readonly onboarded: boolean;
  readonly steps: readonly StepSummary[];
  readonly sync: Summary['sync'];
  readonly hints: Summary['hints'];
}

/** How the last reading of edX for a run went, if it was read. */
export function syncOf(summary: Pick<Summary, 'sync'> | undefined, runKey: string | undefined): Summary['sync'][number] | undefined {
  const key = runKey?.toLowerCase();
  return key ? summary?.sync.find((s) => s.runKey.toLowerCase() === key) : undefined;
}

/** The stored summary if it is sound and has all five steps, else undefined. */
export function parseSummary(raw: unknown): Summary | undefined {
  const parsed = (summarySchema ??= buildSummarySchema()).safeParse(raw);
  return parsed.success && parsed.data.steps.length === 5 ? parsed.data : undefined;
}

/** Five planned steps with no runs: what a learner with no stored state has. */
export function emptySteps(): StepSummary[] {
  return ([1, 2, 3, 4, 5] as const).map((step) => ({ step, status: 'planned', credited: false, runs: [] }));
}
