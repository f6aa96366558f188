/**
 * Values read from storage and followed as they change (`Feed`), and the raw one-key feed the hint and the
 * popup read their summary and the kept copies with.
 */
import { browser } from 'wxt/browser';

/**
 * A value read from storage and followed as it changes: the latest value, a promise of the first read,
 * listeners, and a stop. Shared by the full-state reader (options page) and the summary reader (hint, popup).
 */
export interface Feed<T> {
  /** The latest value, once the first read is done. */
  current(): T | undefined;
  /** Resolves with the first read. */
  readonly ready: Promise<T | undefined>;
  /** Calls `listener` with every later value; returns an unsubscribe function. */
  subscribe(listener: (value: T | undefined) => void): () => void;
  stop(): void;
}

/**
 * `first` is the initial read; `follow(publish)` starts watching storage, calls `publish` with each new value,
 * and returns what stops the watching.
 */
export function createFeed<T>(
  first: Promise<T | undefined>,
  follow: (publish: (value: T | undefined) => void) => () => void,
): Feed<T> {
  let latest: T | undefined;
  let changed = false;
  const listeners = new Set<(value: T | undefined) => void>();
  const publish = (value: T | undefined) => {
    latest = value;
    changed = true;
    for (const listener of listeners) listener(value);
  };
  // A change that lands before the first read answers is newer than that answer: keep the change.
  const ready = first.then((value) => (changed ? latest : (latest = value)));
  const unfollow = follow(publish);
  return {
    current: () => latest,
    ready,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      listeners.clear();
      unfollow();
    },
  };
}

/**
 * One key of local storage as it is, with the raw storage API (no storage library in the page): read once,
 * then followed through storage changes. An invalidated extension context reads as absent.
 */
export function localKeyFeed(key: string): Feed<unknown> {
  const first = browser.storage.local.get(key).then(
    (items) => items[key],
    () => undefined,
  );
  return createFeed(first, (publish) => {
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && key in changes) publish(changes[key]?.newValue);
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
