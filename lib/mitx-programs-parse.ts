/**
 * What MITx Online publishes about the learner's program: `GET /api/v2/program_enrollments/` lists each
 * program the learner is enrolled in with the program itself, as mitodl/mitxonline's ProgramSerializer
 * (courses/serializers/v2/programs.py) writes it: `title`, `readable_id` and `requirements.courses.required`
 * / `.electives`, each `[{id, readable_id}]` with readable ids such as `course-v1:MITxT+6.431x`.
 *
 * A suggestion is made only when a program settles the learner's four courses by itself: both core courses
 * and exactly two track courses required, and no SDS course left to choose among electives. A program that
 * offers a choice says nothing about which two this learner took, so it suggests nothing. Pure; never throws.
 */
import { CORE_STEPS, courseForKey, TRACK_COURSES, type TrackCourse, type TrackName } from './catalog';
import { parseReadableId } from './course-key';
import { isObject } from './edx-parse';

export interface ProgramTrack {
  readonly courses: [TrackCourse, TrackCourse];
  /** The track the program's title names, when it names one ("... General Track"). */
  readonly name?: TrackName;
  readonly programTitle: string;
  readonly programId: string;
}

/** The SDS steps a list of `{readable_id}` names (either platform's org), each once. */
function stepsOf(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  const steps = list.flatMap((item) => {
    const id = isObject(item) && typeof item.readable_id === 'string' ? parseReadableId(item.readable_id) : undefined;
    const course = id && courseForKey(id.org, id.number);
    return course ? [course.step] : [];
  });
  return [...new Set(steps)];
}

/** English track names as a title may spell them, longest first ("Time Series and Social Sciences" first). */
const TITLE_WORDS: readonly (readonly [string, TrackName])[] = [
  ['time series and social sciences', 'time-series-social-sciences'],
  ['social sciences', 'social-sciences'],
  ['general', 'general'],
  ['methods', 'methods'],
];

function trackNamed(title: string): TrackName | undefined {
  const t = title.toLowerCase();
  if (!/\btrack\b/.test(t)) return undefined;
  return TITLE_WORDS.find(([words]) => t.includes(words))?.[1];
}

export function parseProgramTrack(body: unknown): ProgramTrack | undefined {
  const list = Array.isArray(body) ? body : isObject(body) && Array.isArray(body.results) ? body.results : [];
  for (const item of list) {
    const program = isObject(item) ? item.program : undefined;
    if (!isObject(program) || typeof program.title !== 'string' || typeof program.readable_id !== 'string') continue;
    const courses = isObject(program.requirements) ? program.requirements.courses : undefined;
    if (!isObject(courses)) continue;
    const required = stepsOf(courses.required);
    const electives = stepsOf(courses.electives);
    const coreIn = CORE_STEPS.every((c) => required.includes(c));
    const track = TRACK_COURSES.filter((c) => required.includes(c));
    const choiceLeft = electives.some((s) => !required.includes(s));
    const [a, b] = track;
    if (!coreIn || track.length !== 2 || choiceLeft || !a || !b) continue;
    const name = trackNamed(program.title);
    return {
      courses: [a, b],
      ...(name && { name }),
      programTitle: program.title.slice(0, 200),
      programId: program.readable_id.slice(0, 200),
    };
  }
  return undefined;
}
