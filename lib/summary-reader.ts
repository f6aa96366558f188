/**
 * The content script's view of the learner: the stored program summary, read with the raw storage API (one
 * key, no storage library in the page) and followed as the background rewrites it.
 */
import { browser } from 'wxt/browser';
import { createFeed, type Feed } from './feed';
import { parseSummary, SUMMARY_KEY, type Summary } from './summary';

export type SummaryFeed = Feed<Summary>;

export function summaryFeed(): SummaryFeed {
  const first = browser.storage.local.get(SUMMARY_KEY).then(
    (items) => parseSummary(items[SUMMARY_KEY]),
    () => undefined, // an invalidated extension context: the hint goes quiet
  );
  return createFeed(first, (publish) => {
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SUMMARY_KEY in changes) publish(parseSummary(changes[SUMMARY_KEY]?.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      try {
        browser.storage.onChanged.removeListener(onChanged);
      } catch {
        // the extension context is already gone
      }
    };
  });
}
