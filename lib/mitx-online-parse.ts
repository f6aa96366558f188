/**
 * MITx Online's list of the learner's enrolments (`GET /api/v3/enrollments/`), read for one run. The shape
 * follows mitodl/mitxonline's CourseRunEnrollmentSerializer (courses/serializers/v3/courses.py): per item
 * `enrollment_mode`, `certificate` ({uuid, link} or null), `grades` [{grade, passed, ...}] and `run`
 * {courseware_id, start_date, end_date, upgrade_deadline, is_upgradable, upgrade_product_price, ...}.
 * Every field is optional and parsed on its own, as for edX.
 */
import * as z from 'zod/mini';
import { fraction, instant, isObject, modeFromEdx, read, type EdxFacts } from './edx-parse';

export interface MitxParse {
  readonly facts: EdxFacts;
  readonly problems: string[];
  /** The body was a list of enrolments (or a page of them) at all. */
  readonly understood: boolean;
}

/** The list itself: a bare array, or a DRF page `{results: [...]}`. */
function items(body: unknown): unknown[] | undefined {
  if (Array.isArray(body)) return body;
  return isObject(body) && Array.isArray(body.results) ? body.results : undefined;
}

const price = z.string().check(z.regex(/^\d{1,6}(?:\.\d{1,2})?$/));

export function parseMitxEnrollments(body: unknown, runKey: string): MitxParse {
  const problems: string[] = [];
  const list = items(body);
  if (!list) return { facts: {}, problems: ['enrollments: not a list'], understood: false };
  const key = runKey.toLowerCase();
  const item = list.find((e) => {
    const id = isObject(e) && isObject(e.run) ? e.run.courseware_id : undefined;
    return typeof id === 'string' && id.toLowerCase() === key;
  });
  // Not in the list: the learner is not enrolled in this run.
  if (!item) return { facts: { mode: 'none' }, problems, understood: true };
  const facts: EdxFacts = {};
  const mode = modeFromEdx(read(item, ['enrollment_mode'], z.string(), 'enrollment', problems));
  if (mode) facts.mode = mode;
  const start = read(item, ['run', 'start_date'], instant, 'enrollment', problems);
  if (start) facts.start = start;
  const end = read(item, ['run', 'end_date'], instant, 'enrollment', problems);
  if (end) facts.end = end;
  // Null: no payment deadline is set for this run.
  const deadline = read(item, ['run', 'upgrade_deadline'], instant, 'enrollment', problems);
  if (deadline) facts.upgradeDeadline = deadline;
  const amount = read(item, ['run', 'upgrade_product_price'], price, 'enrollment', problems);
  if (amount !== undefined) facts.price = Number(amount);
  const grades = read(item, ['grades'], z.array(z.unknown()), 'enrollment', problems) ?? [];
  const grade = read(grades[0], ['grade'], fraction, 'enrollment.grades[0]', problems);
  if (grade !== undefined) facts.grade = grade;
  const passed = read(grades[0], ['passed'], z.boolean(), 'enrollment.grades[0]', problems);
  if (passed !== undefined) facts.passing = passed;
  // A certificate exists only once it is earned (CourseRunCertificate: uuid and link).
  const certificate = isObject(item) ? item.certificate : undefined;
  if (isObject(certificate) && typeof certificate.uuid === 'string') facts.certificate = 'downloadable';
  return { facts, problems, understood: true };
}
