/**
 * The shapes of the values the learner and the platforms supply, and of the hint settings: the pieces the
 * stored state (schema.ts) and the summary the hint reads (lib/summary.ts) are both built from. Kept apart
 * so the hint's module carries these without the schemas of progress and settings.
 */
import * as z from 'zod/mini';
import { isCalendarDate } from '../time';
import { MODES, STATUSES, VERIFICATION_STATUSES } from './vocab';

export const instant = z
  .string()
  .check(z.refine((s) => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d{2}-\d{2}T/.test(s), 'an ISO instant'));
/** A learner's calendar date (`2026-01-13`) or an instant from edX. */
const dateOrInstant = z
  .string()
  .check(
    z.refine((s) => isCalendarDate(s) || (!Number.isNaN(Date.parse(s)) && /^\d{4}-\d{2}-\d{2}T/.test(s)), 'a date'),
  );
const edxUrl = z
  .string()
  .check(z.refine((s) => /^https:\/\/(?:[a-z]+\.)?edx\.org(?:\/|$)/.test(s), 'an edX https URL'));
const fraction = z.number().check(z.gte(0), z.lte(1));

/** What each fact's value may be, by field name: the one source of the facts' shapes. */
export const FACT_VALUES = {
  start: dateOrInstant,
  end: dateOrInstant,
  mode: z.enum(MODES),
  status: z.enum(STATUSES),
  grade: fraction,
  passMark: fraction,
  passing: z.boolean(),
  certificate: z.string().check(z.regex(/^[a-z_]{1,40}$/)),
  upgradeDeadline: instant,
  upgradeUrl: edxUrl,
  verificationDeadline: instant,
  verificationStatus: z.enum(VERIFICATION_STATUSES),
  /** What upgrading this run costs, in US dollars, as the platform states it (MITx Online's product price). */
  price: z.number().check(z.gte(0), z.lte(100_000)),
} as const;
export type FactName = keyof typeof FACT_VALUES;
export type FactValue<K extends FactName> = z.infer<(typeof FACT_VALUES)[K]>;
/** What the platform can tell about a run, as its reader returns it (lib/edx-parse.ts). */
export type PlatformFacts = { -readonly [K in FactName]?: FactValue<K> };

/** A course run key on either platform: `course-v1:ORG+NUMBER+RUN`. */
export const RUN_KEY = z.string().check(z.regex(/^course-v1:[A-Za-z0-9._\-~]+\+[A-Za-z0-9._\-~]+\+[A-Za-z0-9._\-~]+$/));

/** Where the hint shows, and how the learner left it. */
export const HintSettingsSchema = z.object({
  coursePages: z.boolean(),
  catalogPages: z.boolean(),
  dashboards: z.boolean(),
  collapsed: z.boolean(),
  hiddenCourses: z.array(z.string().check(z.maxLength(20))).check(z.maxLength(20)),
  /** Courses whose unit pages show the full panel, because the learner opened it there (else one line). */
  openOnUnits: z.array(z.string().check(z.maxLength(20))).check(z.maxLength(30)),
});

export type HintSettings = z.infer<typeof HintSettingsSchema>;

export function defaultHintSettings(): HintSettings {
  return {
    coursePages: true,
    catalogPages: true,
    dashboards: true,
    collapsed: false,
    hiddenCourses: [],
    openOnUnits: [],
  };
}
