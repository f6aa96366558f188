/**
 * Resolving a fact: the learner's value wins over edX's unless the learner prefers edX (settings.preferEdx).
 * The result says where the value came from and when it was learned, for "from edX, 2 min ago".
 */
import { platformOfRunKey, type Platform } from '../platform';
import type { FactName, FactValue, Run } from './schema';
import type { FactSource } from './vocab';

export type { FactSource } from './vocab';

export interface Resolved<T> {
  readonly value: T;
  readonly by: FactSource;
  readonly at: string;
}

export function resolveFact<K extends FactName>(
  run: Run,
  name: K,
  preferEdx: boolean,
): Resolved<FactValue<K>> | undefined {
  const fact = run.facts[name] as
    { learner?: { value: FactValue<K>; at: string }; edx?: { value: FactValue<K>; at: string } } | undefined;
  if (!fact) return undefined;
  const [first, second] = preferEdx ? ([fact.edx, fact.learner] as const) : ([fact.learner, fact.edx] as const);
  const pick = first ?? second;
  if (!pick) return undefined;
  return { value: pick.value, by: pick === fact.learner ? 'learner' : 'edx', at: pick.at };
}

/** A run with every fact resolved, the shape the rest of lib/ reasons about. */
export type RunView = {
  readonly id: string;
  readonly course: string;
  readonly runKey?: string;
  /** Where the run is (from its run key): what the platform's values are called, where its links go. */
  readonly platform: Platform;
  readonly addedAt: string;
  /** The start date from the other source, when both the learner and the platform gave one. */
  readonly startOther?: Resolved<string>;
} & { readonly [K in FactName]?: Resolved<FactValue<K>> };

export function viewRun(run: Run, preferEdx: boolean): RunView {
  const view: Record<string, unknown> = {
    id: run.id,
    course: run.course,
    addedAt: run.addedAt,
    platform: run.runKey ? platformOfRunKey(run.runKey) : (run.platform ?? 'edx'),
  };
  if (run.runKey) view.runKey = run.runKey;
  for (const name of Object.keys(run.facts) as FactName[]) {
    const resolved = resolveFact(run, name, preferEdx);
    if (resolved) view[name] = resolved;
  }
  const start = run.facts.start;
  const other = start && (view.start as Resolved<string> | undefined)?.by === 'learner' ? start.edx : start?.learner;
  if (start?.learner && start.edx && other)
    view.startOther = { value: other.value, by: other === start.edx ? 'edx' : 'learner', at: other.at };
  return view as RunView;
}
