/** Answers for the four course-app endpoints of one run on courses.edx.org (edx.md, "JSON APIs"). */
import type { Launched } from './browser';
import type { JsonFixture } from './edx-routes';

const API = 'https://courses.edx.org/api';
const PATHS = { metadata: 'course_home/course_metadata', courseware: 'courseware/course', dates: 'course_home/dates', progress: 'course_home/progress' } as const;

export type RunAnswers = Partial<Record<keyof typeof PATHS, JsonFixture>>;

export function serveRun(b: Launched, runKey: string, answers: RunAnswers): void {
  for (const [name, path] of Object.entries(PATHS) as [keyof typeof PATHS, string][]) {
    const answer = answers[name];
    if (answer) b.routes.api(`${API}/${path}/${runKey}`, answer);
  }
}

/** Every endpoint of the run answers `status` (401: signed out). */
export function serveStatus(b: Launched, runKey: string, status: number): void {
  serveRun(b, runKey, Object.fromEntries(Object.keys(PATHS).map((name) => [name, { status, body: { detail: 'Authentication credentials were not provided.' } }])));
}
