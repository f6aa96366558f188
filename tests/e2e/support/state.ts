/** Learner state for end-to-end tests, written straight into the extension's storage. */
import { defaultHintSettings } from '../../../lib/state/values';
import { defaultSettings, STEP_IDS, type Progress, type Settings, type StepId } from '../../../lib/state/schema';

export const DAY = 86_400_000;
export const today = () => new Date().toISOString().slice(0, 10);
export const dayPlus = (n: number) => new Date(Date.parse(today()) + n * DAY).toISOString().slice(0, 10);
/** Milliseconds from `at` to the next midnight, UTC (the time zone the tests' browsers run in). */
export const untilMidnight = (at = Date.now()) => DAY - (at % DAY);

/**
 * For a test whose worker and whose own expectations must agree on today's date: when less than `marginMs` of
 * the UTC day is left, waits until just after midnight. Returns the time the test starts from.
 */
export async function startClearOfMidnight(marginMs: number): Promise<number> {
  if (untilMidnight() < marginMs) await new Promise((r) => setTimeout(r, untilMidnight() + 1000));
  return Date.now();
}
const learned = () => new Date().toISOString();
export const fromEdx = (value: unknown) => ({ edx: { value, at: learned() } });
export const fromLearner = (value: unknown) => ({ learner: { value, at: learned() } });

export interface SeedRun {
  id: string;
  course: string;
  runKey?: string;
  facts: Record<string, unknown>;
}

/** The FAQ's path, as every learner has it until they choose. */
export const FAQ_TRACK = { name: 'social-sciences', courses: ['14.310x', '18.6501x'], by: 'default' } as const;
/** A General-track learner with 6.419x and 18.6501x beside the core courses (a choice, not a published fact). */
export const GENERAL_TRACK = { name: 'general', courses: ['18.6501x', '6.419x'], by: 'learner' } as const;

export function progress(runs: Partial<Record<StepId, SeedRun[]>>, extra: Record<string, unknown> = {}) {
  const steps = Object.fromEntries(
    STEP_IDS.map((k) => [k, { runs: (runs[k] ?? []).map((r) => ({ ...r, addedAt: learned() })) }]),
  ) as Record<StepId, { runs: (SeedRun & { addedAt: string })[] }>;
  return { version: 3, steps, track: FAQ_TRACK, fired: {}, updatedAt: learned(), ...extra };
}

/** Settings as stored now (version 3): `patch` over the defaults' fields, and over their reminders' fields. */
export function settings(patch: Record<string, unknown> = {}) {
  return {
    version: 3,
    quietHours: { enabled: false, start: '22:00', end: '08:00' },
    preferEdx: false,
    syncFromEdx: true,
    hints: defaultHintSettings(),
    ...patch,
    reminders: { ...defaultSettings().reminders, hour: 9, ...(patch.reminders as object | undefined) },
  };
}

/**
 * Where a test runs code with the extension's own APIs: Chromium's service worker, or a Firefox add-on page.
 * The code finds the API as `browser` (Firefox) or `chrome` (Chromium), both promise-based there.
 */
export type InExtension = <A, R>(fn: (arg: A) => Promise<R>, arg: A) => Promise<R>;
export interface WithExtension {
  readonly inExtension: InExtension;
}

/**
 * Stores a learner's state, then wakes the background the way a settings change synced from another
 * computer does (storage.onChanged on sync), and waits until it has re-derived the summary the hint reads.
 * The settings carry a unique marker so the browser always reports the write as a change; the schema drops
 * it on read.
 */
export async function seed(b: WithExtension, p: unknown, s: unknown = settings()): Promise<void> {
  // Taken in the extension after the writes: a refresh that started earlier read the old state.
  const before = await b.inExtension(
    async ([prog, sett]) => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      await api.storage.local.set({ progress: prog });
      const written = Date.now();
      await api.storage.sync.set({ settings: { ...(sett as object), seededAt: written } });
      return written;
    },
    [p, s] as const,
  );
  await b.inExtension(async (since) => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    for (let i = 0; i < 100; i++) {
      const { summary } = (await api.storage.local.get('summary')) as { summary?: { computedAt: number } };
      if (summary && summary.computedAt >= since) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the background did not refresh the summary');
  }, before);
}

/**
 * Records that edX was read for these runs just now, successfully: the background then leaves them alone
 * for 30 minutes, as after a real visit. For states whose edX facts are seeded (fromEdx) rather than served.
 * Call before seed(), which re-derives the summary that carries the sync status.
 */
export async function readFromEdxJustNow(b: WithExtension, runKeys: readonly string[]): Promise<void> {
  await b.inExtension(async (keys) => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    const at = Date.now();
    await api.storage.local.set({
      'edx-sync': Object.fromEntries(keys.map((k) => [k, { at, outcome: 'ok', lastOkAt: at }])),
    });
  }, runKeys);
}

export async function readStored(b: WithExtension): Promise<{ progress: Progress; settings: Settings }> {
  return b.inExtension(async () => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    return {
      progress: (await api.storage.local.get('progress')).progress as Progress,
      settings: (await api.storage.sync.get('settings')).settings as Settings,
    };
  }, undefined);
}
