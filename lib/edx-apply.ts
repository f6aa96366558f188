/**
 * What edX said about a run, stored in the `edx` slot of each fact (the learner's own values are never
 * touched). Pure: the writer applies it through `update`.
 */
import { courseForKey } from './catalog';
import type { EdxFacts } from './edx-parse';
import { parseCourseKey } from './course-key';
import type { FactName, Progress, Run, StepKey } from './state/schema';

/** The progress with edX's facts about `runKey` recorded, or undefined when there is nothing to record. */
export function applyEdxFacts(progress: Progress, runKey: string, facts: EdxFacts, now: string): Progress | undefined {
  const key = parseCourseKey(runKey);
  const course = key && courseForKey(key.org, key.number);
  if (!key || !course || !Object.keys(facts).length) return undefined;
  const next = structuredClone(progress);
  const step = next.steps[String(course.step) as StepKey];
  let run: Run | undefined = step.runs.find((r) => r.runKey?.toLowerCase() === runKey.toLowerCase());
  if (!run) {
    // A run the learner never entered: record it only when edX says they are enrolled in it.
    if (facts.mode !== 'audit' && facts.mode !== 'verified') return undefined;
    // A run the learner added without its key (first-run setup, popup) is the same run if it has no key yet.
    run = step.runs.find((r) => r.course === course.number && !r.runKey);
    if (run) run.runKey = runKey;
    else {
      run = { id: runKey, course: course.number, runKey, facts: {}, addedAt: now };
      step.runs.push(run);
    }
  }
  const stored = run.facts as Record<string, { learner?: unknown; edx?: unknown } | undefined>;
  for (const [name, value] of Object.entries(facts) as [FactName, unknown][]) {
    stored[name] = { ...stored[name], edx: { value, at: now } };
  }
  next.updatedAt = now;
  return next;
}
