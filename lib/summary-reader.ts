/**
 * The content script's view of the learner: the stored program summary, read with the raw storage API (one
 * key, no storage library in the page) and followed as the background rewrites it.
 */
import { browser } from 'wxt/browser';
import { parseSummary, SUMMARY_KEY, type Summary } from './summary';

export interface SummaryFeed {
  current(): Summary | undefined;
  /** Resolves after the first read (with undefined when nothing sound is stored). */
  readonly ready: Promise<Summary | undefined>;
  subscribe(listener: (summary: Summary | undefined) => void): () => void;
  stop(): void;
}

export function summaryFeed(): SummaryFeed {
  let latest: Summary | undefined;
  const listeners = new Set<(summary: Summary | undefined) => void>();
  const ready = browser.storage.local.get(SUMMARY_KEY).then(
    (items) => (latest = parseSummary(items[SUMMARY_KEY])),
    () => undefined, // an invalidated extension context: the hint goes quiet
  );
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SUMMARY_KEY in changes)) return;
    latest = parseSummary(changes[SUMMARY_KEY]?.newValue);
    for (const listener of listeners) listener(latest);
  };
  browser.storage.onChanged.addListener(onChanged);
  return {
    current: () => latest,
    ready,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      listeners.clear();
      try {
        browser.storage.onChanged.removeListener(onChanged);
      } catch {
        // the extension context is already gone
      }
    },
  };
}
