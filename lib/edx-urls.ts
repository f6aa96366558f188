/** Links into edX for a course run (edx.md, "URL shapes"). Only edX hosts; nothing is fetched here. */
import { PROGRAM } from './catalog';

export const PROGRAM_PAGE_URL = `https://www.edx.org/masters/micromasters/${PROGRAM.programSlug}`;

export function courseHomeUrl(runKey: string): string {
  return `https://learning.edx.org/course/${runKey}/home`;
}

export function courseDatesUrl(runKey: string): string {
  return `https://learning.edx.org/course/${runKey}/dates`;
}

/** Where a reminder's click should take the learner: the upgrade page if edX gave one, else the course. */
export function actionUrl(target: { upgradeUrl?: string; runKey?: string; kind: string }): string {
  const paying = target.kind === 'program-target' || target.kind === 'edx-upgrade';
  if (paying && target.upgradeUrl) return target.upgradeUrl;
  if (target.runKey) return target.kind === 'course-end' ? courseHomeUrl(target.runKey) : courseDatesUrl(target.runKey);
  return PROGRAM_PAGE_URL;
}
