/** Small builders for learner state in tests. */
import {
  defaultProgress,
  defaultSettings,
  type FactName,
  type Progress,
  type Run,
  type Settings,
  type StepId,
} from '../../lib/state/schema';

export const LEARNED = '2025-09-01T12:00:00.000Z';

type FactInput = Partial<Record<FactName, unknown>>;

/** A run whose facts all come from `by` (learner by default). */
export function run(
  course: string,
  facts: FactInput,
  opts: { id?: string; runKey?: string; by?: 'learner' | 'edx' } = {},
): Run {
  const by = opts.by ?? 'learner';
  const built: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(facts)) built[name] = { [by]: { value, at: LEARNED } };
  return {
    id: opts.id ?? `${course}-run`,
    course,
    ...(opts.runKey && { runKey: opts.runKey }),
    facts: built as Run['facts'],
    addedAt: LEARNED,
  };
}

export function progressWith(runs: Partial<Record<StepId, Run[]>>, extra: Partial<Progress> = {}): Progress {
  const p = defaultProgress(LEARNED);
  for (const [step, list] of Object.entries(runs)) p.steps[step as StepId].runs = list ?? [];
  return { ...p, ...extra };
}

export function settingsWith(patch: (s: Settings) => void = () => {}): Settings {
  const s = defaultSettings();
  patch(s);
  return s;
}
