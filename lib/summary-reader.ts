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

export type SummaryFeed<S = Summary> = Feed<S>;

/**
 * The summary, parsed once per stored value, when it is first asked for; with the hint's schema unless
 * another parser is given (the popup's reads graded work too).
 */
export function summaryFeed<S = Summary>(
  parseSummaryAs: (raw: unknown) => S | undefined = parseSummary as (raw: unknown) => S | undefined,
): SummaryFeed<S> {
  const raw = localKeyFeed(STORAGE.summary.key);
  let parsedFrom: unknown = Symbol('unread');
  let parsed: S | undefined;
  const parse = (value: unknown) => {
    if (value !== parsedFrom) [parsedFrom, parsed] = [value, parseSummaryAs(value)];
    return parsed;
  };
  return {
    current: () => parse(raw.current()),
    ready: raw.ready.then(parse),
    subscribe: (listener) => raw.subscribe((value) => listener(parse(value))),
    stop: () => raw.stop(),
  };
}
