/**
 * The content script's view of the learner: the stored program summary, read with the raw storage API (one
 * key, no storage library in the page) and followed as the background rewrites it.
 *
 * The raw value is read once the hint runs (after edX's load event) and parsed with the summary schema once
 * per stored value.
 */
import { localKeyFeed, type Feed } from './feed';
import { STORAGE } from './storage-keys';
import { parseSummary, type Summary } from './summary';

export type SummaryFeed = Feed<Summary>;

/** The summary, parsed once per stored value, when it is first asked for. */
export function summaryFeed(): SummaryFeed {
  const raw = localKeyFeed(STORAGE.summary.key);
  let parsedFrom: unknown = Symbol('unread');
  let parsed: Summary | undefined;
  const parse = (value: unknown) => {
    if (value !== parsedFrom) [parsedFrom, parsed] = [value, parseSummary(value)];
    return parsed;
  };
  return {
    current: () => parse(raw.current()),
    ready: raw.ready.then(parse),
    subscribe: (listener) => raw.subscribe((value) => listener(parse(value))),
    stop: () => raw.stop(),
  };
}
