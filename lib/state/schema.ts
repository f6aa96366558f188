/**
 * The learner's state, as stored. One zod/mini schema per piece is the single source of each type.
 *
 * Every value the learner or edX can supply is a Fact: the learner's value and edX's value are kept side by
 * side, each stamped with when it was learned, and resolved when read (lib/state/facts.ts). What the learner
 * entered wins unless they chose to prefer edX. Progress lives in local storage, settings in sync storage
 * (small, within sync quotas).
 */
import * as z from 'zod/mini';
import { CREDIT_ROUTES, STEP_IDS, TRACK_COURSES, TRACK_NAMES, type StepId } from '../catalog';
import { RUN_ID_PATTERN } from './run-id';

import { PLATFORMS } from './vocab';
import { defaultHintSettings, FACT_VALUES, HintSettingsSchema, instant, RUN_KEY, type FactName } from './values';
import { faqTrack, trackProblem } from '../track';
import { GradedItemSchema, PolicyTypeSchema } from './graded-schema';

export {
  defaultHintSettings,
  FACT_VALUES,
  HintSettingsSchema,
  RUN_KEY,
  type FactName,
  type FactValue,
  type HintSettings,
  type PlatformFacts,
} from './values';
export { STEP_IDS, type StepId } from '../catalog';
export { MODES, STATUSES, VERIFICATION_STATUSES, type Mode, type Status } from './vocab';

type SourcedSchema<T extends z.core.$ZodType> = z.ZodMiniOptional<
  z.ZodMiniObject<{ value: T; at: typeof instant }, z.core.$strip>
>;
type FactSchema<T extends z.core.$ZodType> = z.ZodMiniObject<
  { learner: SourcedSchema<T>; edx: SourcedSchema<T> },
  z.core.$strip
>;
/** A fact as stored: the learner's value and the platform's, each with when it was learned. */
function fact<T extends z.core.$ZodType>(value: T): FactSchema<T> {
  const sourced = z.optional(z.object({ value, at: instant }));
  return z.object({ learner: sourced, edx: sourced });
}

/** Each fact as stored, both sources side by side, by field name: repair checks them one by one. */
export const FACT_SCHEMAS = Object.fromEntries(
  Object.entries(FACT_VALUES).map(([name, value]) => [name, fact(value)]),
) as unknown as {
  readonly [K in FactName]: FactSchema<(typeof FACT_VALUES)[K]>;
};
export type Facts = { [K in FactName]?: z.infer<(typeof FACT_SCHEMAS)[K]> };

export const RunSchema = z.object({
  /** The run's identity, made once and never changed (lib/state/run-id.ts); runKey may be learned later. */
  id: z.string().check(z.regex(RUN_ID_PATTERN)),
  /** The catalog number this run is of (`6.431x`, `14.310Fx`, `6.041x` ...). */
  course: z.string().check(z.minLength(1), z.maxLength(20)),
  runKey: z.optional(RUN_KEY),
  /** Where a run without a key yet was recorded (a MIT Learn page); the run key, once known, decides. */
  platform: z.optional(z.enum(PLATFORMS)),
  facts: z.object(
    Object.fromEntries(Object.entries(FACT_SCHEMAS).map(([k, s]) => [k, z.optional(s)])) as {
      [K in FactName]: z.ZodMiniOptional<(typeof FACT_SCHEMAS)[K]>;
    },
  ),
  /**
   * The run's graded work as the platform last gave it, replaced whole at each reading (so a moved due date
   * leaves no trace of the old one) and dropped once the run ends.
   */
  graded: z.optional(
    z.object({
      at: instant,
      items: z.array(GradedItemSchema).check(z.maxLength(200)),
      policy: z.array(PolicyTypeSchema).check(z.maxLength(30)),
    }),
  ),
  addedAt: instant,
});
export type Run = z.infer<typeof RunSchema>;

export { CREDIT_ROUTES, type CreditRoute } from '../catalog';

export const StepStateSchema = z.object({
  runs: z.array(RunSchema),
  /** Credit carried over from an older course (docs/program.md); the learner declares it. */
  credit: z.optional(z.object({ route: z.enum(CREDIT_ROUTES), at: instant })),
  /** The term the learner plans to take it in, e.g. `2027-spring`. */
  plannedTerm: z.optional(z.string().check(z.regex(/^\d{4}-(?:spring|summer|fall)$/))),
});
export type StepState = z.infer<typeof StepStateSchema>;

const trackCourse = z.enum(TRACK_COURSES);
/** Who chose the track: the FAQ's path by default, the learner, or the learner accepting MITx Online's. */
export const TRACK_CHOOSERS = ['default', 'learner', 'mitxonline'] as const;
export const TrackSchema = z
  .object({
    name: z.enum(TRACK_NAMES),
    /** The two track courses beside the core 6.431x and 6.86x (lib/track.ts checks the program's rules). */
    courses: z.tuple([trackCourse, trackCourse]),
    by: z.enum(TRACK_CHOOSERS),
    at: z.optional(instant),
  })
  .check(z.refine((t) => !trackProblem(t), "a track within the program's rules"));
export type Track = z.infer<typeof TrackSchema>;

/** What MITx Online's program requirements say the learner's four courses are, read from their enrolments. */
export const TrackSuggestionSchema = z.object({
  courses: z.tuple([trackCourse, trackCourse]),
  name: z.optional(z.enum(TRACK_NAMES)),
  /** The program on MITx Online the requirements are from: its title and readable id, as published. */
  programTitle: z.string().check(z.maxLength(200)),
  programId: z.string().check(z.maxLength(200)),
  at: instant,
});
export type TrackSuggestion = z.infer<typeof TrackSuggestionSchema>;

export const PROGRESS_VERSION = 3;
export const ProgressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  /** Every step the program has, in or out of the learner's track: changing track loses no run. */
  steps: z.object(
    Object.fromEntries(STEP_IDS.map((key) => [key, StepStateSchema])) as Record<StepId, typeof StepStateSchema>,
  ),
  track: TrackSchema,
  trackSuggestion: z.optional(TrackSuggestionSchema),
  /** Reminders already delivered: id -> when. A reminder is delivered once, whatever restarts. */
  fired: z.record(z.string(), instant),
  /** When the learner finished (or skipped) the first-run setup; absent before. */
  onboardedAt: z.optional(instant),
  updatedAt: instant,
});
export type Progress = z.infer<typeof ProgressSchema>;

const clock = z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/));

/** Reminders of one kind of graded work: off until the learner opts in; days before, and the day itself. */
const GradedRemindersSchema = z.object({
  enabled: z.boolean(),
  leadDays: z.array(z.number().check(z.int(), z.gte(1), z.lte(14))).check(z.maxLength(5)),
  dayOf: z.boolean(),
});
export const GRADED_KINDS = ['assignments', 'exams'] as const;
export type GradedKind = (typeof GRADED_KINDS)[number];

export const SETTINGS_VERSION = 3;
export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  reminders: z.object({
    enabled: z.boolean(),
    /** Days before a deadline, each reminder at `hour` local time. */
    leadDays: z.array(z.number().check(z.int(), z.gte(1), z.lte(60))).check(z.maxLength(10)),
    /** A reminder on the morning of the day itself. */
    dayOf: z.boolean(),
    hour: z.number().check(z.int(), z.gte(0), z.lte(23)),
    /** Graded work's own reminders, per kind, at the same hour and outside the same quiet hours. */
    graded: z.object({ assignments: GradedRemindersSchema, exams: GradedRemindersSchema }),
  }),
  quietHours: z.object({ enabled: z.boolean(), start: clock, end: clock }),
  /** When true, edX's values win over what the learner entered. */
  preferEdx: z.boolean(),
  /** Read what edX knows while the learner browses. */
  syncFromEdx: z.boolean(),
  hints: HintSettingsSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    reminders: {
      enabled: true,
      leadDays: [7, 3, 1],
      dayOf: true,
      hour: 9,
      graded: {
        assignments: { enabled: false, leadDays: [1], dayOf: true },
        exams: { enabled: false, leadDays: [1], dayOf: true },
      },
    },
    quietHours: { enabled: false, start: '22:00', end: '08:00' },
    preferEdx: false,
    syncFromEdx: true,
    hints: defaultHintSettings(),
  };
}

export function emptyStep(): StepState {
  return { runs: [] };
}

export function defaultProgress(now: string): Progress {
  return {
    version: PROGRESS_VERSION,
    steps: Object.fromEntries(STEP_IDS.map((key) => [key, emptyStep()])) as Record<StepId, StepState>,
    track: { ...faqTrack(), by: 'default' },
    fired: {},
    updatedAt: now,
  };
}
