/**
 * The platform a run is on: edX (org `MITx`) or MITx Online (org `MITxT`), told by its run key. A run the
 * learner typed without a key is taken to be on edX until a key says otherwise: edX's wording is the
 * program's older one, and the key arrives with the first visit to the course.
 */
import { platformOfOrg } from './catalog';
import { parseCourseKey } from './course-key';

export const PLATFORMS = ['edx', 'mitxonline'] as const;
export type Platform = (typeof PLATFORMS)[number];

export function platformOfRunKey(runKey: string | undefined): Platform {
  const key = runKey ? parseCourseKey(runKey) : undefined;
  return (key && platformOfOrg(key.org)) ?? 'edx';
}
