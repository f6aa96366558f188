/**
 * The stored state as it changes, for the options page: read (and repaired in memory) once, then re-read
 * whenever the background writes. Readers never write (the background is the only writer).
 */
import { createFeed, type Feed } from './feed';
import { localSettingsItem, progressItem, readState, settingsItem, type StoredState } from './storage';

export type LiveState = Feed<StoredState>;

export function liveState(): LiveState {
  let ticket = 0;
  return createFeed(readState(), (publish) => {
    const reload = async () => {
      const mine = ++ticket;
      const value = await readState();
      if (mine === ticket) publish(value); // an older read never overwrites a newer one
    };
    const unwatch = [progressItem, settingsItem, localSettingsItem].map((item) => item.watch(() => void reload()));
    return () => unwatch.forEach((u) => u());
  });
}
