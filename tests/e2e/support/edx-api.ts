/**
 * Answers for the four course-app endpoints of one run (docs/platforms.md, "JSON APIs"): on courses.edx.org,
 * or on courses.learn.mit.edu for a MITx Online run (its run key's org, MITxT, says which).
 */
import type { Launched } from './browser';
import type { JsonFixture } from './edx-routes';

const apiOf = (runKey: string) =>
  /^course-v1:mitxt\+/i.test(runKey) ? 'https://courses.learn.mit.edu/api' : 'https://courses.edx.org/api';
const PATHS = {
  metadata: 'course_home/course_metadata',
  courseware: 'courseware/course',
  dates: 'course_home/dates',
  progress: 'course_home/progress',
} as const;

export type RunAnswers = Partial<Record<keyof typeof PATHS, JsonFixture>>;

export function serveRun(b: Pick<Launched, 'routes'>, runKey: string, answers: RunAnswers): void {
  for (const [name, path] of Object.entries(PATHS) as [keyof typeof PATHS, string][]) {
    const answer = answers[name];
    if (answer) b.routes.api(`${apiOf(runKey)}/${path}/${runKey}`, answer);
  }
}

/** Every endpoint of the run answers `status` (401: signed out). */
export function serveStatus(b: Pick<Launched, 'routes'>, runKey: string, status: number): void {
  serveRun(
    b,
    runKey,
    Object.fromEntries(
      Object.keys(PATHS).map((name) => [
        name,
        { status, body: { detail: 'Authentication credentials were not provided.' } },
      ]),
    ),
  );
}

export const MITX_ENROLLMENTS = 'https://mitxonline.mit.edu/api/v3/enrollments/';

/** MITx Online's list of the learner's enrolments (mitodl/mitxonline, CourseRunEnrollmentSerializer). */
export function serveEnrollments(b: Pick<Launched, 'routes'>, answer: JsonFixture): void {
  b.routes.api(MITX_ENROLLMENTS, answer);
}

export const MITX_PROGRAM_ENROLLMENTS = 'https://mitxonline.mit.edu/api/v2/program_enrollments/';

/** MITx Online's program enrolments, each with its program (mitodl/mitxonline, ProgramSerializer v2). */
export function serveProgramEnrollments(b: Pick<Launched, 'routes'>, answer: JsonFixture): void {
  b.routes.api(MITX_PROGRAM_ENROLLMENTS, answer);
}
