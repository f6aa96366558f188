/**
 * What the router loads on the first SDS page a tab shows, and not before: the summary reader and its
 * schema, the hint's model, its placement and the hint itself. The build inlines it into the module and
 * evaluates it on that first use, so an edX page outside the program evaluates none of it.
 */
export { hintModel, hintVisible } from '../../lib/hint-model';
export { defaultHintSettings } from '../../lib/state/values';
export { emptySteps } from '../../lib/summary';
export { faqTrack } from '../../lib/track';
export { summaryFeed } from '../../lib/summary-reader';
export { localTimeZone } from '../../lib/time';
export { createHint } from './hint';
export { placementFor } from './placement';
