/**
 * Keeping what edX knows in step while the learner browses: when a tab shows an SDS course run, read its
 * JSON at most once every 30 minutes (or at once when the learner asks), merge it into the edX slots, and
 * record how it went. A failure keeps the last good data, writes one log line and is shown to the learner.
 */
import { fetchEdxCourse, type EdxOutcome, type Fetcher } from './edx-api';
import { applyEdxFacts } from './edx-apply';
import { parseEdx } from './edx-parse';
import { readSettings, syncLogItem, type SyncRecord } from './storage';
import { update } from './writer';

export const SYNC_INTERVAL_MS = 30 * 60_000;


const inFlight = new Map<string, Promise<EdxOutcome | 'skipped'>>();

export interface SyncOptions {
  /** The learner asked: ignore the 30-minute interval. */
  readonly force?: boolean;
  readonly fetcher?: Fetcher;
  readonly now?: () => number;
}

export function syncRun(runKey: string, options: SyncOptions = {}): Promise<EdxOutcome | 'skipped'> {
  const running = inFlight.get(runKey);
  if (running) return running;
  const task = run(runKey, options).finally(() => inFlight.delete(runKey));
  inFlight.set(runKey, task);
  return task;
}

async function run(runKey: string, { force = false, fetcher, now = Date.now }: SyncOptions): Promise<EdxOutcome | 'skipped'> {
  if (!(await readSettings()).syncFromEdx) return 'skipped';
  const log = await syncLogItem.getValue();
  const last = log[runKey];
  if (!force && last && now() - last.at < SYNC_INTERVAL_MS) return 'skipped';
  const asked = now();
  const result = await fetchEdxCourse(runKey, fetcher);
  const { facts, problems } = parseEdx(result.responses);
  if (problems.length) console.warn(`[mm-companion] edX ${runKey}: ignored ${problems.length} unexpected field(s): ${problems.join('; ')}`);
  if (result.outcome !== 'ok') console.warn(`[mm-companion] edX ${runKey}: ${result.outcome} (${JSON.stringify(result.outcomes)}); keeping the last good data`);
  const lastOkAt = result.outcome === 'ok' ? asked : last?.lastOkAt;
  const record: SyncRecord = { at: asked, outcome: result.outcome, ...(lastOkAt !== undefined && { lastOkAt }) };
  await syncLogItem.setValue({ ...(await syncLogItem.getValue()), [runKey]: record });
  // Recorded through the writer even when nothing changed, so the summary carries the new sync status.
  await update((progress, stamp) => (result.outcome === 'ok' ? applyEdxFacts(progress, runKey, facts, stamp) : undefined));
  return result.outcome;
}
