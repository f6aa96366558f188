/**
 * The platform a run is on: edX (org `MITx`) or MITx Online (org `MITxT`), told by its run key. A run the
 * learner recorded without a key keeps the platform of the page it was recorded on (an MIT Learn product
 * page says MITx Online), else counts as edX until a key says otherwise.
 */
import { platformOfOrg } from './catalog';
import { parseCourseKey } from './course-key';

import type { Platform } from './state/vocab';

export { PLATFORMS, type Platform } from './state/vocab';

export function platformOfRunKey(runKey: string | undefined): Platform {
  const key = runKey ? parseCourseKey(runKey) : undefined;
  return (key && platformOfOrg(key.org)) ?? 'edx';
}
