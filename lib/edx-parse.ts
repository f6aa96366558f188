/**
 * The Open edX course app's JSON (docs/platforms.md, "JSON APIs"), on edX and on MIT's course app alike,
 * mapped onto the learner's facts. Every field is optional and
 * parsed on its own: a missing field is skipped, a field of the wrong type is dropped and named in
 * `problems`, extra fields are ignored. Nothing here fetches.
 */
import * as z from 'zod/mini';
import type { PlatformFacts } from './state/schema';
import type { Mode } from './state/vocab';
import { VERIFICATION_STATUSES } from './state/vocab';

/** The facts the platform can tell about one run, ready to be stored in the `edx` slots. */
export type EdxFacts = PlatformFacts;

export interface EdxResponses {
  readonly metadata?: unknown;
  readonly courseware?: unknown;
  readonly dates?: unknown;
  readonly progress?: unknown;
}

export const instant = z.string().check(z.refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s))));
const edxLink = z.string().check(z.refine((s) => /^https:\/\/(?:[a-z0-9-]+\.)*edx\.org(?:[/?#]|$)/.test(s)));
export const fraction = z.number().check(z.gte(0), z.lte(1));
const word = z.string().check(z.regex(/^[a-z_-]{1,40}$/));

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads `path` from `root` and parses it; undefined when absent or null, a problem when of the wrong shape. */
export function read<T>(
  root: unknown,
  path: readonly string[],
  schema: z.ZodMiniType<T>,
  where: string,
  problems: string[],
): T | undefined {
  let value: unknown = root;
  for (const key of path) {
    if (!isObject(value)) return undefined;
    value = value[key];
  }
  if (value === undefined || value === null) return undefined;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  problems.push(`${where}.${path.join('.')}: unexpected ${Array.isArray(value) ? 'array' : typeof value}`);
  return undefined;
}

/** edX enrolment modes: `verified` counts; `audit` and `honor` count for nothing (docs/platforms.md, vocabularies). */
export function modeFromEdx(mode: string | null | undefined): Mode | undefined {
  if (mode === null) return 'none';
  if (mode === 'verified') return 'verified';
  if (mode === 'audit' || mode === 'honor') return 'audit';
  return undefined; // professional, credit, masters ...: not what SDS uses; say nothing rather than guess
}

const DATE_BLOCK = z.object({
  date_type: z.string(),
  date: z.optional(z.nullable(z.string())),
  link: z.optional(z.nullable(z.string())),
});

export function parseEdx(responses: EdxResponses): { facts: EdxFacts; problems: string[] } {
  const problems: string[] = [];
  const facts: EdxFacts = {};
  const { metadata, courseware, dates, progress } = responses;

  // Enrolment: the courseware API gives the mode (null: not enrolled), the progress API too; metadata only
  // says whether there is one.
  const notEnrolled =
    (isObject(courseware) && isObject(courseware.enrollment) && courseware.enrollment.mode === null) ||
    read(metadata, ['is_enrolled'], z.boolean(), 'metadata', problems) === false;
  const mode = modeFromEdx(
    read(courseware, ['enrollment', 'mode'], z.string(), 'courseware', problems) ??
      read(progress, ['enrollment_mode'], z.string(), 'progress', problems),
  );
  if (mode) facts.mode = mode;
  else if (notEnrolled) facts.mode = 'none';

  const start =
    read(courseware, ['start'], instant, 'courseware', problems) ??
    read(metadata, ['start'], instant, 'metadata', problems);
  if (start) facts.start = start;
  const end =
    read(courseware, ['end'], instant, 'courseware', problems) ??
    read(progress, ['end'], instant, 'progress', problems);
  if (end) facts.end = end;

  // Date blocks: each parsed alone, so one odd block does not hide the others.
  const blocks = read(dates, ['course_date_blocks'], z.array(z.unknown()), 'dates', problems) ?? [];
  for (const [i, raw] of blocks.entries()) {
    const block = DATE_BLOCK.safeParse(raw);
    if (!block.success) {
      problems.push(`dates.course_date_blocks[${i}]: unexpected shape`);
      continue;
    }
    const { date_type: type, date, link } = block.data;
    const when = date && instant.safeParse(date).success ? date : undefined;
    if (type === 'verified-upgrade-deadline' && when) {
      facts.upgradeDeadline = when;
      if (link && edxLink.safeParse(link).success) facts.upgradeUrl = link;
    } else if (type === 'verification-deadline-date' && when) facts.verificationDeadline = when;
    else if (type === 'course-start-date' && when && !facts.start) facts.start = when;
    else if (type === 'course-end-date' && when && !facts.end) facts.end = when;
  }
  // The upgrade deadline when no date block carried it: the access expiration, then the verified mode.
  facts.upgradeDeadline ??=
    read(courseware, ['access_expiration', 'upgrade_deadline'], instant, 'courseware', problems) ??
    read(metadata, ['verified_mode', 'access_expiration_date'], instant, 'metadata', problems);
  if (!facts.upgradeDeadline) delete facts.upgradeDeadline;
  const upgradeUrl =
    facts.upgradeUrl ??
    read(courseware, ['access_expiration', 'upgrade_url'], edxLink, 'courseware', problems) ??
    read(metadata, ['verified_mode', 'upgrade_url'], edxLink, 'metadata', problems) ??
    read(courseware, ['verified_mode', 'upgrade_url'], edxLink, 'courseware', problems);
  if (upgradeUrl) facts.upgradeUrl = upgradeUrl;

  const verification =
    read(courseware, ['verification_status'], z.enum(VERIFICATION_STATUSES), 'courseware', problems) ??
    read(progress, ['verification_data', 'status'], z.enum(VERIFICATION_STATUSES), 'progress', problems);
  if (verification) facts.verificationStatus = verification;

  const grade = read(progress, ['course_grade', 'percent'], fraction, 'progress', problems);
  if (grade !== undefined) facts.grade = grade;
  // The pass mark is the lowest cutoff of the grade range ({"Pass": 0.6} or {"A": 0.9, "B": 0.8, ...}).
  const range = read(progress, ['grading_policy', 'grade_range'], z.record(z.string(), fraction), 'progress', problems);
  const cutoffs = range ? Object.values(range) : [];
  if (cutoffs.length) facts.passMark = Math.min(...cutoffs);
  const passing =
    read(progress, ['course_grade', 'is_passing'], z.boolean(), 'progress', problems) ??
    read(progress, ['user_has_passing_grade'], z.boolean(), 'progress', problems) ??
    read(courseware, ['user_has_passing_grade'], z.boolean(), 'courseware', problems);
  if (passing !== undefined) facts.passing = passing;

  const certificate =
    read(progress, ['certificate_data', 'cert_status'], word, 'progress', problems) ??
    read(courseware, ['certificate_data', 'cert_status'], word, 'courseware', problems);
  if (certificate) facts.certificate = certificate;
  return { facts, problems };
}
