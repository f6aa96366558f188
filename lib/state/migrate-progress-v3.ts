/**
 * Progress version 2 to 3: steps are named by course, and the learner has a track.
 *
 * Version 2 kept five steps under `'1'` ... `'5'`, the FAQ's order: 6.431x, 14.310x, 18.6501x, 6.86x and the
 * capstone DS.CFx. Version 3 names each step by the number a learner opens for it and adds the two track
 * courses 6.419x and IDS.S24x, empty, so every existing learner keeps the FAQ's path (the Social Sciences
 * track, 14.310x and 18.6501x beside the core courses), marked as the default rather than chosen. A run
 * stored under a step its course does not belong to (version 2 had no step for 6.419x or IDS.S24x) moves to
 * its course's step. Version 2 kept no other step keys; what is unreadable is left for repair to report.
 *
 * Frozen: this file imports nothing, so it keeps meaning what it meant when version 3 shipped.
 */
type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const STEP_OF_V2_KEY: Readonly<Record<string, string>> = {
  '1': '6.431x',
  '2': '14.310x',
  '3': '18.6501x',
  '4': '6.86x',
  '5': 'DS.CFx',
};
/** Courses with a step of their own in version 3 that version 2 could have stored under another step. */
const OWN_STEP: Readonly<Record<string, string>> = { '6.419x': '6.419x', 'ids.s24x': 'IDS.S24x' };
const V3_STEPS = ['6.431x', '14.310x', '18.6501x', '6.86x', '6.419x', 'IDS.S24x', 'DS.CFx'];

export function progressV3(v2: Json): Json {
  if (!isRecord(v2.steps)) return { ...v2, track: defaultTrack() };
  const steps: Json = {};
  const moved: Record<string, unknown[]> = {};
  for (const [key, step] of Object.entries(v2.steps)) {
    const id = STEP_OF_V2_KEY[key];
    if (!id) continue;
    if (!isRecord(step) || !Array.isArray(step.runs)) {
      steps[id] = step;
      continue;
    }
    const stays: unknown[] = [];
    for (const run of step.runs) {
      const own = isRecord(run) && typeof run.course === 'string' ? OWN_STEP[run.course.toLowerCase()] : undefined;
      if (own) (moved[own] ??= []).push(run);
      else stays.push(run);
    }
    steps[id] = { ...step, runs: stays };
  }
  for (const id of V3_STEPS) {
    const here = steps[id];
    const runs = moved[id] ?? [];
    if (here === undefined) steps[id] = { runs };
    else if (isRecord(here) && Array.isArray(here.runs)) steps[id] = { ...here, runs: [...here.runs, ...runs] };
  }
  return { ...v2, steps, track: defaultTrack() };
}

function defaultTrack(): Json {
  return { name: 'social-sciences', courses: ['14.310x', '18.6501x'], by: 'default' };
}
