/**
 * The background's storage items (WXT storage), one per key of lib/storage-keys.ts, and the reading of the
 * learner's state: everything read is repaired (lib/state/repair.ts). Only the background writes
 * (lib/writer.ts); other contexts read and watch.
 */
import { storage } from 'wxt/utils/storage';
import type { RecoveredCopy } from './recovered';
import { repairProgress, repairSettings } from './state/repair';
import type { Progress, Settings } from './state/schema';
import { itemKey, STORAGE } from './storage-keys';

export type { RecoveredCopy } from './recovered';

/** Things the learner should be told about, shown by the popup and the options page. */
export interface StorageHealth {
  /** Settings could not be saved to sync storage (quota); they are kept in local storage meanwhile. */
  readonly syncQuotaError?: string;
}

export const progressItem = storage.defineItem<unknown>(itemKey(STORAGE.progress));
export const settingsItem = storage.defineItem<unknown>(itemKey(STORAGE.settings));
export const localSettingsItem = storage.defineItem<unknown>(itemKey(STORAGE.localSettings));
export const summaryItem = storage.defineItem<unknown>(itemKey(STORAGE.summary));
/** The last reading of the platform for one run key; the writer copies the log into the summary. */
export interface SyncRecord {
  /** When the platform was last asked (epoch ms). */
  readonly at: number;
  readonly outcome: string;
  /** When the platform last answered (epoch ms), if it ever did. */
  readonly lastOkAt?: number;
}
export const syncLogItem = storage.defineItem<Record<string, SyncRecord>>(itemKey(STORAGE.syncLog), { fallback: {} });
export const recoveredItem = storage.defineItem<RecoveredCopy[]>(itemKey(STORAGE.recovered), { fallback: [] });
export const healthItem = storage.defineItem<StorageHealth>(itemKey(STORAGE.health), { fallback: {} });
export const notificationTargetsItem = storage.defineItem<Record<string, string>>(
  itemKey(STORAGE.notificationTargets),
  { fallback: {} },
);

export interface StoredState {
  readonly progress: Progress;
  readonly settings: Settings;
  /** Raw values that needed repair, for the writer to keep a copy of. */
  readonly needsRepair: readonly RecoveredCopy[];
}

/** Reads and repairs both items. Pure reading: nothing is written. */
export async function readState(now = new Date().toISOString()): Promise<StoredState> {
  const [rawProgress, rawSync, rawLocalSettings] = await Promise.all([
    progressItem.getValue(),
    settingsItem.getValue(),
    localSettingsItem.getValue(),
  ]);
  const rawSettings = rawLocalSettings ?? rawSync;
  const progress = repairProgress(rawProgress ?? undefined, now);
  const settings = repairSettings(rawSettings ?? undefined);
  const needsRepair: RecoveredCopy[] = [];
  if (progress.problems.length)
    needsRepair.push({ at: now, key: 'progress', raw: rawProgress, problems: progress.problems });
  if (settings.problems.length)
    needsRepair.push({ at: now, key: 'settings', raw: rawSettings, problems: settings.problems });
  return { progress: progress.value, settings: settings.value, needsRepair };
}

export async function readProgress(): Promise<Progress> {
  return (await readState()).progress;
}

export async function readSettings(): Promise<Settings> {
  return (await readState()).settings;
}
