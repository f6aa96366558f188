/**
 * Where state lives (WXT storage items): progress in local storage, settings in sync storage so they follow
 * the learner to a new computer. Everything read is repaired (lib/state/repair.ts). Only the background
 * writes (lib/writer.ts); other contexts read and watch.
 */
import { storage } from 'wxt/utils/storage';
import { repairProgress, repairSettings } from './state/repair';
import type { Progress, Settings } from './state/schema';
import { SUMMARY_KEY } from './summary';

import { RECOVERED_KEY, type RecoveredCopy } from './recovered';

export type { RecoveredCopy } from './recovered';

/** Things the learner should be told about, shown by the popup and the options page. */
export interface StorageHealth {
  /** Settings could not be saved to sync storage (quota); they are kept in local storage meanwhile. */
  readonly syncQuotaError?: string;
}

export const progressItem = storage.defineItem<unknown>('local:progress');
export const settingsItem = storage.defineItem<unknown>('sync:settings');
/** Settings that sync storage refused (quota), kept locally until sync accepts them again. */
export const localSettingsItem = storage.defineItem<unknown>('local:settings');
/** Derived from progress and settings by the writer, in the same write (lib/summary.ts). */
export const summaryItem = storage.defineItem<unknown>(`local:${SUMMARY_KEY}`);
/** The last reading of edX per run key (lib/edx-sync.ts); the writer copies it into the summary. */
export interface SyncRecord {
  /** When edX was last asked (epoch ms). */
  readonly at: number;
  readonly outcome: string;
  /** When edX last answered (epoch ms), if it ever did. */
  readonly lastOkAt?: number;
}
export const syncLogItem = storage.defineItem<Record<string, SyncRecord>>('local:edx-sync', { fallback: {} });
export const recoveredItem = storage.defineItem<RecoveredCopy[]>(`local:${RECOVERED_KEY}`, { fallback: [] });
export const healthItem = storage.defineItem<StorageHealth>('local:health', { fallback: {} });

export interface StoredState {
  readonly progress: Progress;
  readonly settings: Settings;
  /** Raw values that needed repair, for the writer to keep a copy of. */
  readonly needsRepair: readonly RecoveredCopy[];
}

/** Reads and repairs both items. Pure reading: nothing is written. */
export async function readState(now = new Date().toISOString()): Promise<StoredState> {
  const [rawProgress, rawSync, rawLocalSettings] = await Promise.all([progressItem.getValue(), settingsItem.getValue(), localSettingsItem.getValue()]);
  const rawSettings = rawLocalSettings ?? rawSync;
  const progress = repairProgress(rawProgress ?? undefined, now);
  const settings = repairSettings(rawSettings ?? undefined);
  const needsRepair: RecoveredCopy[] = [];
  if (progress.problems.length) needsRepair.push({ at: now, key: 'progress', raw: rawProgress, problems: progress.problems });
  if (settings.problems.length) needsRepair.push({ at: now, key: 'settings', raw: rawSettings, problems: settings.problems });
  return { progress: progress.value, settings: settings.value, needsRepair };
}

export async function readProgress(): Promise<Progress> {
  return (await readState()).progress;
}

export async function readSettings(): Promise<Settings> {
  return (await readState()).settings;
}
