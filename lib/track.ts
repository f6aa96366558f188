/**
 * The learner's track: which four courses count for them, and how the program's steps are laid out for it.
 * Only the FAQ's path has an order of study (the FAQ's); any other track lists its core courses, then its
 * track courses, then the capstone, without an invented order.
 */
import {
  CAPSTONE_STEP,
  CORE_STEPS,
  FAQ_PATH,
  mayRunTogether,
  TRACK_COURSES,
  TRACK_RULES,
  type CourseStep,
  type StepId,
  type TrackCourse,
  type TrackName,
} from './catalog';

/** A track as the learner chose it: its name and its two track courses (beside the two core courses). */
export interface TrackChoice {
  readonly name: TrackName;
  readonly courses: [TrackCourse, TrackCourse];
}

export const STEP_ROLES = ['core', 'track', 'capstone'] as const;
export type StepRole = (typeof STEP_ROLES)[number];

export interface TrackLayout {
  /** The track's four courses, then the capstone: in the FAQ's order on its path, else core then track. */
  readonly steps: readonly StepId[];
  /** The steps have an order of study (the FAQ's path only): "step n of 5" means something. */
  readonly ordered: boolean;
}

export function faqTrack(): TrackChoice {
  return { name: FAQ_PATH.name, courses: [FAQ_PATH.courses[0], FAQ_PATH.courses[1]] };
}

const sameCourses = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((c) => b.includes(c));

export function trackLayout(track: TrackChoice): TrackLayout {
  if (sameCourses(track.courses, FAQ_PATH.courses)) return { steps: [...FAQ_PATH.order, CAPSTONE_STEP], ordered: true };
  const courses = TRACK_COURSES.filter((c) => track.courses.includes(c));
  return { steps: [...CORE_STEPS, ...courses, CAPSTONE_STEP], ordered: false };
}

/** The track's four courses. */
export function trackCourseSteps(track: TrackChoice): CourseStep[] {
  return [...CORE_STEPS, ...TRACK_COURSES.filter((c) => track.courses.includes(c))];
}

export function stepRole(track: TrackChoice, step: StepId): StepRole | undefined {
  if (step === CAPSTONE_STEP) return 'capstone';
  if ((CORE_STEPS as readonly StepId[]).includes(step)) return 'core';
  return (track.courses as readonly StepId[]).includes(step) ? 'track' : undefined;
}

/** Where a step sits in an ordered track (1-based), else undefined. */
export function stepPosition(layout: TrackLayout, step: StepId): number | undefined {
  const i = layout.steps.indexOf(step);
  return layout.ordered && i >= 0 ? i + 1 : undefined;
}

export type TrackProblem = 'track_same_course' | 'track_needs_course' | 'track_excludes_course';

/** What is wrong with a choice against the program's confirmed rules, with the course concerned. */
export function trackProblem(track: TrackChoice): { key: TrackProblem; course?: TrackCourse } | undefined {
  const [a, b] = track.courses;
  if (a === b) return { key: 'track_same_course' };
  const rule = TRACK_RULES[track.name];
  const missing = rule.includes.find((c) => !track.courses.includes(c));
  if (missing) return { key: 'track_needs_course', course: missing };
  const barred = rule.excludes.find((c) => track.courses.includes(c));
  if (barred) return { key: 'track_excludes_course', course: barred };
  return undefined;
}

/**
 * The choices that bring `course` into the track by putting it in place of one of its track courses and
 * keep the track within the program's rules (a General learner cannot swap 14.310x in; a Social Sciences
 * learner keeps 14.310x). Empty for a course already in the track or a core course.
 */
export function swapsInto(track: TrackChoice, course: StepId): { replaces: TrackCourse; track: TrackChoice }[] {
  if (!(TRACK_COURSES as readonly StepId[]).includes(course) || stepRole(track, course)) return [];
  const incoming = course as TrackCourse;
  return track.courses
    .map((replaces, i) => {
      const courses: [TrackCourse, TrackCourse] = i === 0 ? [incoming, track.courses[1]] : [track.courses[0], incoming];
      return { replaces, track: { name: track.name, courses } };
    })
    .filter((swap) => !trackProblem(swap.track));
}

/** A step's role and place in the track, as a standing carries them (absent when they do not apply). */
export function placeInTrack(track: TrackChoice, step: StepId): { role?: StepRole; position?: number } {
  const role = stepRole(track, step);
  const position = stepPosition(trackLayout(track), step);
  return { ...(role && { role }), ...(position && { position }) };
}

/** The steps of a list that the program lets run alongside `step` (14.310x with 18.6501x or 6.86x). */
export function partnersIn(steps: readonly { readonly step: StepId }[], step: StepId): StepId[] {
  return steps.filter((s) => s.step !== step && mayRunTogether(step, s.step)).map((s) => s.step);
}

/** A track being chosen: any number of courses ticked so far. */
export interface TrackDraft {
  readonly name: TrackName;
  readonly courses: readonly TrackCourse[];
}

/** The draft as a choice, or what stops it being one (two courses, within the program's rules). */
export function draftChoice(
  draft: TrackDraft,
): { ok: true; track: TrackChoice } | { ok: false; key: TrackProblem | 'track_pick_two'; course?: TrackCourse } {
  const [a, b, ...rest] = draft.courses;
  if (!a || !b || rest.length) return { ok: false, key: 'track_pick_two' };
  const track: TrackChoice = { name: draft.name, courses: [a, b] };
  const problem = trackProblem(track);
  return problem ? { ok: false, ...problem } : { ok: true, track };
}

/** A new track name for a draft: its known courses ticked and kept, its excluded ones unticked. */
export function renameDraft(draft: TrackDraft, name: TrackName): TrackDraft {
  const rule = TRACK_RULES[name];
  const kept = draft.courses.filter((c) => !rule.excludes.includes(c) && !rule.includes.includes(c));
  return { name, courses: [...rule.includes, ...kept].slice(0, 2) };
}
