/**
 * The stored state as it changes, for the hint, the popup and the options page: read once, then re-read
 * whenever the background writes. Readers never write (the background is the only writer). Plain callbacks
 * keep the content script free of a state library; the popup wraps this in a signal.
 */
import { localSettingsItem, progressItem, readState, settingsItem, type StoredState } from './storage';

export interface LiveState {
  /** The latest state read, once the first read is done. */
  current(): StoredState | undefined;
  /** Resolves once the first read is done. */
  readonly ready: Promise<StoredState>;
  /** Calls `listener` after every read that follows a change; returns an unsubscribe function. */
  subscribe(listener: (state: StoredState) => void): () => void;
  stop(): void;
}

export function liveState(): LiveState {
  let latest: StoredState | undefined;
  let ticket = 0;
  const listeners = new Set<(state: StoredState) => void>();
  const load = async () => {
    const mine = ++ticket;
    const value = await readState();
    if (mine === ticket) {
      // An older read never overwrites a newer one.
      latest = value;
      for (const listener of listeners) listener(value);
    }
    return value;
  };
  const ready = load();
  const unwatch = [progressItem, settingsItem, localSettingsItem].map((item) => item.watch(() => void load()));
  return {
    current: () => latest,
    ready,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: () => {
      unwatch.forEach((u) => u());
      listeners.clear();
    },
  };
}
