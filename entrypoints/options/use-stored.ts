/** The options page's live view of storage: the full state (it edits it) and the health notices. */
import { useEffect, useState } from 'preact/hooks';
import { liveState } from '../../lib/live-state';
import { healthItem, recoveredItem, type RecoveredCopy, type StorageHealth, type StoredState } from '../../lib/storage';

export function useStoredState(): StoredState | undefined {
  const [state, setState] = useState<StoredState>();
  useEffect(() => {
    const live = liveState();
    void live.ready.then(setState);
    const unsubscribe = live.subscribe(setState);
    return () => {
      unsubscribe();
      live.stop();
    };
  }, []);
  return state;
}

export function useHealth(): { health: StorageHealth; recovered: readonly RecoveredCopy[] } {
  const [health, setHealth] = useState<StorageHealth>({});
  const [recovered, setRecovered] = useState<readonly RecoveredCopy[]>([]);
  useEffect(() => {
    void healthItem.getValue().then(setHealth);
    void recoveredItem.getValue().then(setRecovered);
    const stop = [healthItem.watch((v) => setHealth(v ?? {})), recoveredItem.watch((v) => setRecovered(v ?? []))];
    return () => stop.forEach((s) => s());
  }, []);
  return { health, recovered };
}
