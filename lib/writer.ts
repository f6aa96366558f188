/**
 * The background's single writer. Every change (a command, an edX sync, an alarm) runs through `serial`,
 * one at a time: read and repair, apply, write once, then reconcile alarms and the badge. A worker killed
 * mid-task leaves either the old state or the new one: each write is one storage call.
 */
import { applyCommand, CommandError, type CommandResult, type StateCommand } from './commands';
import { reconcile } from './scheduler';
import { ProgressSchema, type Progress, type Settings } from './state/schema';
import { programStandings } from './status';
import { storage } from 'wxt/utils/storage';
import {
  healthItem,
  localSettingsItem,
  progressItem,
  readState,
  recoveredItem,
  settingsItem,
  summaryItem,
  syncLogItem,
  type RecoveredCopy,
  type SyncRecord,
} from './storage';
import { SUMMARY_VERSION, type StoredSummary } from './summary';
import { localTimeZone } from './time';
import { t } from './i18n';

let queue: Promise<unknown> = Promise.resolve();

/** Chrome says "QUOTA_BYTES quota exceeded" (or kQuotaBytes); Firefox throws a QuotaExceededError. */
export function isQuotaError(error: unknown): boolean {
  return /quota/i.test(error instanceof Error ? `${error.name} ${error.message}` : String(error));
}

/** Runs tasks one after another, in the order asked, whatever each one's outcome. */
export function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

const MAX_RECOVERED = 5;

async function keepCopies(copies: readonly RecoveredCopy[]): Promise<void> {
  if (!copies.length) return;
  const kept = [...(await recoveredItem.getValue()), ...copies].slice(-MAX_RECOVERED);
  await recoveredItem.setValue(kept);
  for (const copy of copies) console.warn(`[mm-companion] repaired stored ${copy.key}: ${copy.problems.join('; ')}`);
}

async function writeSettings(settings: Settings): Promise<void> {
  try {
    await settingsItem.setValue(settings);
    await localSettingsItem.removeValue();
    const health = await healthItem.getValue();
    if (health.syncQuotaError) await healthItem.setValue({ ...health, syncQuotaError: undefined });
  } catch (error) {
    // Sync storage refused (quota or rate limit): keep the settings locally and tell the learner.
    await localSettingsItem.setValue(settings);
    await healthItem.setValue({
      ...(await healthItem.getValue()),
      syncQuotaError: error instanceof Error ? error.message : String(error),
    });
  }
}

/**
 * The summary, and progress when it changed, in one storage call: readers never see one without the other.
 */
async function writeProgress(progress: Progress | undefined, summary: StoredSummary, syncLog?: SyncLog): Promise<void> {
  await storage.setItems([
    ...(progress ? [{ item: progressItem, value: progress }] : []),
    ...(syncLog ? [{ item: syncLogItem, value: syncLog }] : []),
    { item: summaryItem, value: summary },
  ]);
}

/** Reads the state for writing: repaired, with a copy of anything that needed repair kept first. */
async function load(now: string): Promise<{ progress: Progress; settings: Settings }> {
  const state = await readState(now);
  if (state.needsRepair.length) {
    await keepCopies(state.needsRepair);
    for (const copy of state.needsRepair) {
      if (copy.key === 'progress') await progressItem.setValue(state.progress);
      else await writeSettings(state.settings);
    }
  }
  return state;
}

/**
 * Writes progress and its summary, then reconciles alarms, the badge and due notifications, and records
 * the reminders delivered. The change is stored before any notification goes out. Call inside `serial`.
 */
async function settle(
  progress: Progress,
  settings: Settings,
  now: number,
  progressChanged: boolean,
  newSyncLog?: SyncLog,
): Promise<void> {
  const timeZone = localTimeZone();
  const steps = programStandings(progress, settings, now, timeZone);
  // The sync log (lib/edx-sync.ts) rides along, so the hint and popup can say how reading the platform went.
  const syncLog = newSyncLog ?? (await syncLogItem.getValue());
  const sync = Object.entries(syncLog).map(([runKey, record]) => ({ runKey, ...record }));
  const summary: StoredSummary = {
    version: SUMMARY_VERSION,
    computedAt: now,
    onboarded: !!progress.onboardedAt,
    track: { name: progress.track.name, courses: progress.track.courses },
    steps,
    sync,
    hints: settings.hints,
  };
  // A new sync record, the progress it brought and the summary land in one storage call.
  await writeProgress(progressChanged ? progress : undefined, summary, newSyncLog);
  const fired = await reconcile(progress, steps, settings, now, timeZone);
  if (Object.keys(fired).length) await writeProgress({ ...progress, fired: { ...progress.fired, ...fired } }, summary);
}

/** Forgets the kept originals of repaired data, once the learner has seen the notice. */
export function dismissRepairs(): Promise<void> {
  return serial(() => recoveredItem.setValue([]));
}

/** On install, start-up, update and every alarm: repair what is stored, then reconcile. */
export function refresh(): Promise<void> {
  return serial(async () => {
    const now = Date.now();
    const state = await load(new Date(now).toISOString());
    await settle(state.progress, state.settings, now, false);
  });
}

/** Applies a command that changes the state, in the queue: read, apply, validate, write, reconcile. */
export function execute(command: StateCommand): Promise<CommandResult> {
  return serial(async () => {
    const now = Date.now();
    const stamp = new Date(now).toISOString();
    const state = await load(stamp);
    let changes;
    try {
      changes = applyCommand(state, command, stamp);
    } catch (error) {
      if (error instanceof CommandError) return { ok: false, error: error.message };
      throw error;
    }
    // What is written must read back as it is (a backup of it must restore): a change that would store
    // something the schema refuses is refused instead.
    if (changes.progress && !ProgressSchema.safeParse(changes.progress).success)
      return { ok: false, error: 'this change would store invalid data; nothing was changed' };
    try {
      if (changes.settings) await writeSettings(changes.settings);
      await settle(changes.progress ?? state.progress, changes.settings ?? state.settings, now, !!changes.progress);
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      // The change did not fit: what is stored is still the state before it, so plan reminders from that,
      // and say so in plain words. No valid reminder is dropped for a change that was not kept.
      console.warn(`[mm-companion] storage refused a change: ${String(error)}`);
      await settle(state.progress, state.settings, now, false);
      return { ok: false, error: t('storageFull') };
    }
    return { ok: true };
  });
}

type SyncLog = Record<string, SyncRecord>;

/**
 * Applies a change computed from the current state, then reconciles. The platform sync uses this, with
 * `log` turning the current sync log into the next: read and written inside the queue, in the same storage
 * call as the progress, so concurrent syncs lose no record and no reader sees one without the other.
 */
export function update(
  change: (progress: Progress, now: string) => Progress | undefined,
  log?: (current: SyncLog) => SyncLog,
): Promise<void> {
  return serial(async () => {
    const now = Date.now();
    const state = await load(new Date(now).toISOString());
    const next = change(state.progress, new Date(now).toISOString());
    const syncLog = log ? log(await syncLogItem.getValue()) : undefined;
    await settle(next ?? state.progress, state.settings, now, !!next, syncLog);
  });
}
