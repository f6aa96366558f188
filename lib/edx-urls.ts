/**
 * Links into the platform of a course run (docs/platforms.md, "URL shapes"): edX's course app, or MIT's
 * under `/learn`. Only the platforms' own hosts; nothing is fetched here.
 */
import { PROGRAM } from './catalog';
import { parseCourseKey } from './course-key';
import { platformOfRunKey } from './platform';

export const PROGRAM_PAGE_URL = `https://www.edx.org/masters/micromasters/${PROGRAM.programSlug}`;

const COURSE_APP = { edx: 'https://learning.edx.org', mitxonline: 'https://courses.learn.mit.edu/learn' } as const;

export function courseHomeUrl(runKey: string): string {
  return `${COURSE_APP[platformOfRunKey(runKey)]}/course/${runKey}/home`;
}

export function courseDatesUrl(runKey: string): string {
  return `${COURSE_APP[platformOfRunKey(runKey)]}/course/${runKey}/dates`;
}

/** MIT Learn's page of the course a MITx Online run is of, where the learner pays (its readable id). */
function learnProductUrl(runKey: string): string | undefined {
  const key = parseCourseKey(runKey);
  return key && `https://learn.mit.edu/courses/course-v1:${key.org}+${key.number}`;
}

/** Where a reminder's click should take the learner: the upgrade page if the platform gave one, else the course. */
export function actionUrl(target: { upgradeUrl?: string; runKey?: string; kind: string }): string {
  const paying = target.kind === 'program-target' || target.kind === 'edx-upgrade';
  if (paying && target.upgradeUrl) return target.upgradeUrl;
  if (paying && target.runKey && platformOfRunKey(target.runKey) === 'mitxonline')
    return learnProductUrl(target.runKey) ?? courseHomeUrl(target.runKey);
  if (target.runKey) return target.kind === 'course-end' ? courseHomeUrl(target.runKey) : courseDatesUrl(target.runKey);
  return PROGRAM_PAGE_URL;
}
