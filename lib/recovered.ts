/**
 * Copies of stored data that failed validation, kept by the writer before the repaired version replaced
 * them, and what each repair cost, in the learner's words. Light on purpose: the popup reads it too.
 */
import { localKeyFeed } from './feed';
import { STEP_IDS } from './catalog';
import { t, tn } from './i18n';
import { STORAGE } from './storage-keys';
import { where } from './where';

export interface RecoveredCopy {
  readonly at: string;
  readonly key: 'progress' | 'settings';
  readonly raw: unknown;
  /** What repair did, as `path: reason` (lib/state/repair.ts). */
  readonly problems: readonly string[];
}

const asCopies = (value: unknown): RecoveredCopy[] => (Array.isArray(value) ? (value as RecoveredCopy[]) : []);

/** The kept copies now and as they change, read as the hint reads its summary (lib/feed.ts). Returns the stop. */
export function followRecovered(publish: (copies: RecoveredCopy[]) => void): () => void {
  const feed = localKeyFeed(STORAGE.recovered.key);
  void feed.ready.then((value) => publish(asCopies(value)));
  feed.subscribe((value) => publish(asCopies(value)));
  return () => feed.stop();
}

/**
 * `steps.6.431x.runs[0].facts.mode.edx` as path segments: `['steps', '6.431x', 'runs', 0, 'facts', 'mode',
 * 'edx']`. A step's key is a course number with a dot of its own, so it is read whole after `steps`.
 */
function segments(path: string): PropertyKey[] {
  const parts = path.split('.');
  const merged: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const pair = `${parts[i]}.${parts[i + 1] ?? ''}`;
    const stepKey = merged.at(-1) === 'steps' && (STEP_IDS as readonly string[]).includes(pair.replace(/\[.*$/, ''));
    merged.push(stepKey ? pair : (parts[i] ?? ''));
    if (stepKey) i++;
  }
  return merged.flatMap((part) => {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) return [part];
    const indices = [...(m[2] ?? '').matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]));
    return [...(m[1] ? [m[1]] : []), ...indices];
  });
}

/** One repair in plain words: where it was, and what was lost (or that nothing was). */
export function describeProblem(problem: string): string {
  const split = problem.indexOf(': ');
  const path = split < 0 ? problem : problem.slice(0, split);
  const reason = split < 0 ? '' : problem.slice(split + 2);
  const [root, ...rest] = path.split('.');
  if (root === 'progress' && rest[0] === 'fired') return t('repair_reminder');
  const place = where(root === 'settings' ? 'settings' : 'progress', segments(rest.join('.')));
  const items = /^(\d+) invalid item/.exec(reason);
  if (items && Number(items[1]) > 0) return tn('repair_itemsDropped', Number(items[1]), place);
  if (/renamed$/.test(reason)) return t('repair_renamed', place);
  // A fact's slot "reset" has nothing to go back to: it is gone, and the other slot (if any) stands.
  if (/reset$|afresh$/.test(reason)) return t(path.includes('.facts.') ? 'repair_dropped' : 'repair_reset', place);
  if (/dropped$|not an object|not a list/.test(reason)) return t('repair_dropped', place);
  if (/version/.test(path) || /version/.test(reason)) return t('repair_version', place);
  return t('repair_other', place);
}

/** Every repair of the kept copies in words, each said once. */
export function describeRepairs(copies: readonly RecoveredCopy[]): string[] {
  return [...new Set(copies.flatMap((c) => c.problems.map(describeProblem)))];
}
