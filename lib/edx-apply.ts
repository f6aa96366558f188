/**
 * What edX said about a run, stored in the `edx` slot of each fact (the learner's own values are never
 * touched). Pure: the writer applies it through `update`.
 */
import { courseForKey } from './catalog';
import type { EdxFacts } from './edx-parse';
import type { GradedWork } from './graded-parse';
import { parseCourseKey } from './course-key';
import { newRunId } from './state/run-id';
import type { FactName, Progress, Run } from './state/schema';
import type { ProgramTrack } from './mitx-programs-parse';

/** Runs of one course start months apart; a typed start this close to edX's is the same run misremembered. */
export const SAME_RUN_DAYS = 60;

function startsNear(run: Run, platformStart: string | undefined): boolean {
  const typed = run.facts.start?.learner?.value;
  if (!typed || !platformStart) return true;
  return Math.abs(Date.parse(typed) - Date.parse(platformStart)) <= SAME_RUN_DAYS * 86_400_000;
}

/**
 * The progress with edX's facts about `runKey` recorded, or undefined when there is nothing to record. The
 * run's graded work, when read, replaces what was stored; once the run has ended it is dropped.
 */
export function applyEdxFacts(
  progress: Progress,
  runKey: string,
  facts: EdxFacts,
  now: string,
  graded?: GradedWork,
): Progress | undefined {
  const key = parseCourseKey(runKey);
  const course = key && courseForKey(key.org, key.number);
  if (!key || !course || !Object.keys(facts).length) return undefined;
  const next = structuredClone(progress);
  const step = next.steps[course.step];
  let run: Run | undefined = step.runs.find((r) => r.runKey?.toLowerCase() === runKey.toLowerCase());
  if (!run) {
    // A run the learner never entered: record it only when edX says they are enrolled in it.
    if (facts.mode !== 'audit' && facts.mode !== 'verified') return undefined;
    // A run the learner typed in without its key (first-run setup, popup, options) is this run when it is of
    // the same course and starts near edX's start (or has no start yet): the two become one run.
    run = step.runs.filter((r) => r.course === course.number && !r.runKey && startsNear(r, facts.start)).at(-1);
    if (run) run.runKey = runKey;
    else {
      run = { id: newRunId(next, course.number, now), course: course.number, runKey, facts: {}, addedAt: now };
      step.runs.push(run);
    }
  }
  const stored = run.facts as Record<string, { learner?: unknown; edx?: unknown } | undefined>;
  for (const [name, value] of Object.entries(facts) as [FactName, unknown][]) {
    stored[name] = { ...stored[name], edx: { value, at: now } };
  }
  const ended = facts.end !== undefined && Date.parse(facts.end) < Date.parse(now);
  if (ended) delete run.graded;
  else if (graded) run.graded = { at: now, items: [...graded.items], policy: [...graded.policy] };
  next.updatedAt = now;
  return next;
}

/**
 * The progress with MITx Online's published track recorded as a suggestion (never as the learner's track),
 * or undefined when it is already recorded. A reading with no settled track leaves an earlier one in place.
 */
export function applyTrackSuggestion(progress: Progress, found: ProgramTrack, now: string): Progress | undefined {
  const was = progress.trackSuggestion;
  const same =
    was &&
    was.programId === found.programId &&
    was.programTitle === found.programTitle &&
    was.name === found.name &&
    was.courses.join() === found.courses.join();
  if (same) return undefined;
  return { ...progress, trackSuggestion: { ...found, at: now }, updatedAt: now };
}
