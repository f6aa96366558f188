/**
 * Every key the extension keeps in browser storage, with its area: the one list. lib/storage.ts defines the
 * background's items on them; the hint and the popup read the summary with the raw API (lib/feed.ts), which
 * is why this module imports nothing.
 */
export const STORAGE = {
  /** The learner's progress (lib/state/schema.ts); only the background writes it. */
  progress: { area: 'local', key: 'progress' },
  /** The learner's settings, in sync storage so they follow the learner to another computer. */
  settings: { area: 'sync', key: 'settings' },
  /** Settings that sync storage refused (quota), kept locally until sync accepts them again. */
  localSettings: { area: 'local', key: 'settings' },
  /** What the hint and the popup read (lib/summary.ts), derived by the writer in the same write. */
  summary: { area: 'local', key: 'summary' },
  /** The last reading of the platform per run key (lib/edx-sync.ts). */
  syncLog: { area: 'local', key: 'edx-sync' },
  /** Originals of stored data that needed repair (lib/recovered.ts). */
  recovered: { area: 'local', key: 'recovered' },
  /** Storage problems to tell the learner about (a sync quota refusal). */
  health: { area: 'local', key: 'health' },
  /** Where a click on each notification goes; kept across worker restarts. */
  notificationTargets: { area: 'session', key: 'notification-targets' },
} as const;

export type StorageEntry = (typeof STORAGE)[keyof typeof STORAGE];

/** The `area:key` form WXT's storage items take. */
export function itemKey<E extends StorageEntry>(entry: E): `${E['area']}:${E['key']}` {
  return `${entry.area}:${entry.key}`;
}
