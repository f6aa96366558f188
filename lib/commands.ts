/**
 * Commands other contexts send to the background, the only writer (the README's "How it is built"). Each is validated on
 * receipt (zod/mini) and applied by a pure function, so the same rules hold in tests and in the browser.
 */
import * as z from 'zod/mini';
import { MAX_BACKUP_BYTES, readBackup } from './backup';
import { newRunId } from './state/run-id';
import { COURSE_STEPS, courseByNumber, creditRule, STEP_IDS, stepOf, TRACK_COURSES, TRACK_NAMES } from './catalog';
import { trackProblem, type TrackChoice } from './track';
import { repairSettings } from './state/repair';
import { PLATFORMS, type Platform } from './state/vocab';
import {
  CREDIT_ROUTES,
  FACT_SCHEMAS,
  RUN_KEY,
  type FactName,
  type Progress,
  type Run,
  type Settings,
} from './state/schema';

export const MARKS = ['planned', 'enrolled', 'verified', 'passed', 'not-passed'] as const;
export type Mark = (typeof MARKS)[number];

const courseNumber = z.string().check(z.refine((n) => !!courseByNumber(n), 'a catalog course'));
const step = z.enum(STEP_IDS);
const trackCourse = z.enum(TRACK_COURSES);
const track = z.object({ name: z.enum(TRACK_NAMES), courses: z.tuple([trackCourse, trackCourse]) });
const runId = z.string().check(z.minLength(1), z.maxLength(120));
const factName = z.enum(Object.keys(FACT_SCHEMAS) as [FactName, ...FactName[]]);

export const CommandSchema = z.discriminatedUnion('type', [
  /**
   * The learner says where they stand in a course (the hint's buttons, the popup's status menu): its run is
   * found by run key, else the latest of the course, else created.
   */
  z.object({
    type: z.literal('mark'),
    course: courseNumber,
    runKey: z.optional(RUN_KEY),
    platform: z.optional(z.enum(PLATFORMS)),
    mark: z.enum(MARKS),
  }),
  /** The learner's value of one fact of a course's run (found or created as for `mark`); null clears it. */
  z.object({
    type: z.literal('setCourseFact'),
    course: courseNumber,
    runKey: z.optional(RUN_KEY),
    name: factName,
    value: z.nullable(z.unknown()),
  }),
  /**
   * The first-run setup, applied at once: the track, courses already passed, credit carried over, the current
   * course.
   */
  z.object({
    type: z.literal('finishSetup'),
    track: z.optional(track),
    passed: z.array(z.enum(COURSE_STEPS)),
    credits: z.array(z.enum(CREDIT_ROUTES)),
    current: z.optional(z.object({ course: courseNumber, start: z.string() })),
  }),
  /** The options page's status menu for one run. */
  z.object({ type: z.literal('markRun'), runId, mark: z.enum(MARKS) }),
  /** Replace everything with a backup; validated again here, refused whole if anything is wrong. */
  z.object({ type: z.literal('importBackup'), text: z.string().check(z.maxLength(MAX_BACKUP_BYTES)) }),
  /** The learner has seen the repair notice: forget the kept originals. */
  z.object({ type: z.literal('dismissRepairs') }),
  /** Show a sample reminder now, to check the browser lets the extension notify. */
  z.object({ type: z.literal('testNotification') }),
  /** Read edX again now, for one run or (without a key) every run the learner has with a key. */
  z.object({ type: z.literal('refreshFromEdx'), runKey: z.optional(RUN_KEY) }),
  /** From a content script: the page this tab shows, so the background reads the platform for its run. */
  z.object({
    type: z.literal('pageSeen'),
    page: z.nullable(
      z.object({
        kind: z.string().check(z.maxLength(30)),
        course: z.optional(courseNumber),
        step: z.optional(step),
        runKey: z.optional(RUN_KEY),
      }),
    ),
  }),
  z.object({
    type: z.literal('addRun'),
    course: courseNumber,
    runKey: z.optional(RUN_KEY),
    start: z.optional(z.string()),
  }),
  z.object({ type: z.literal('removeRun'), runId }),
  /** The learner sets (or, with null, clears) their own value of one fact of a run. */
  z.object({ type: z.literal('setFact'), runId, name: factName, value: z.nullable(z.unknown()) }),
  z.object({ type: z.literal('setCredit'), step, route: z.nullable(z.enum(CREDIT_ROUTES)) }),
  /**
   * The learner's track (setup, the options page, the hint's "put this course in my track"); `by` says
   * whether they took MITx Online's suggestion. Runs of every course are kept whatever the track.
   */
  z.object({ type: z.literal('setTrack'), track, by: z.optional(z.enum(['learner', 'mitxonline'])) }),
  z.object({
    type: z.literal('setPlannedTerm'),
    step,
    term: z.nullable(z.string().check(z.regex(/^\d{4}-(?:spring|summer|fall)$/))),
  }),
  z.object({ type: z.literal('updateSettings'), patch: z.record(z.string(), z.unknown()) }),
  /** From the hint: collapse or expand it everywhere (remembered). */
  z.object({ type: z.literal('setHintCollapsed'), collapsed: z.boolean() }),
  /** From the hint on a unit page: the full panel (open) or one line for this course's unit pages. */
  z.object({ type: z.literal('setHintOpenOnUnits'), course: courseNumber, open: z.boolean() }),
  /** From the hint ("hide on this course") and the options page (show again). */
  z.object({ type: z.literal('hideHint'), course: courseNumber, hidden: z.boolean() }),
  /** From the hint: content scripts cannot open the options page themselves. Changes no state. */
  z.object({ type: z.literal('openOptions') }),
]);
export type Command = z.infer<typeof CommandSchema>;

/** Commands with effects outside the stored state, each carried out by its own handler (lib/dispatch.ts). */
export const ACTION_TYPES = [
  'openOptions',
  'pageSeen',
  'refreshFromEdx',
  'testNotification',
  'dismissRepairs',
] as const;
export type ActionCommand = Extract<Command, { type: (typeof ACTION_TYPES)[number] }>;
/** Commands that change progress or settings: applied by applyCommand inside the writer's queue. */
export type StateCommand = Exclude<Command, ActionCommand>;

export function isActionCommand(command: Command): command is ActionCommand {
  return (ACTION_TYPES as readonly string[]).includes(command.type);
}

export type CommandResult = { ok: true } | { ok: false; error: string };

export interface Changes {
  readonly progress?: Progress;
  readonly settings?: Settings;
}

export class CommandError extends Error {}

const clone = <T>(v: T): T => structuredClone(v);

function findRun(progress: Progress, id: string): Run | undefined {
  for (const s of Object.values(progress.steps)) {
    const found = s.runs.find((r) => r.id === id);
    if (found) return found;
  }
  return undefined;
}

function newRun(progress: Progress, course: string, runKey: string | undefined, now: string, platform?: Platform): Run {
  const entry = courseByNumber(course);
  if (!entry) throw new CommandError(`unknown course ${course}`);
  const run: Run = {
    id: newRunId(progress, course, now),
    course,
    ...(runKey && { runKey }),
    ...(!runKey && platform === 'mitxonline' && { platform }),
    facts: {},
    addedAt: now,
  };
  progress.steps[entry.step].runs.push(run);
  return run;
}

/** The learner said how this run ended; a later run of the course is another attempt. */
const endedByLearner = (run: Run) => run.facts.status?.learner !== undefined;

/**
 * The learner's run of `course` for a page showing `runKey`: the run with that key; else their latest run
 * of the course with no key yet, which learns the key (a run typed in and then visited is one run); else a
 * new run. Without a key (a catalog page), their latest run of the course, else a new one.
 */
function runFor(progress: Progress, course: string, runKey: string | undefined, now: string, platform?: Platform): Run {
  const entry = courseByNumber(course);
  if (!entry) throw new CommandError(`unknown course ${course}`);
  const runs = progress.steps[entry.step].runs.filter((r) => r.course === course);
  if (!runKey) return runs.at(-1) ?? newRun(progress, course, undefined, now, platform);
  const byKey = runs.find((r) => r.runKey?.toLowerCase() === runKey.toLowerCase());
  if (byKey) return byKey;
  const keyless = runs.filter((r) => !r.runKey && !endedByLearner(r)).at(-1);
  if (keyless) {
    keyless.runKey = runKey;
    return keyless;
  }
  return newRun(progress, course, runKey, now);
}

function setLearnerFact(run: Run, name: FactName, value: unknown, now: string): void {
  const facts = run.facts as Record<string, { learner?: unknown; edx?: unknown } | undefined>;
  if (value === null) {
    const rest = { ...facts[name] };
    delete rest.learner;
    if (rest.edx) facts[name] = rest;
    else delete facts[name];
    return;
  }
  const candidate = { ...facts[name], learner: { value, at: now } };
  const parsed = FACT_SCHEMAS[name].safeParse(candidate);
  if (!parsed.success) throw new CommandError(`invalid value for ${name}`);
  facts[name] = parsed.data;
}

/** A mark as learner facts: mode for enrolled/verified, an explicit status for passed/not passed. */
function applyMark(run: Run, mark: Mark, now: string): void {
  if (mark === 'passed' || mark === 'not-passed') {
    setLearnerFact(run, 'status', mark, now);
    return;
  }
  // A new mark replaces an earlier "passed" the learner set by mistake.
  setLearnerFact(run, 'status', null, now);
  setLearnerFact(run, 'mode', mark === 'planned' ? null : mark === 'verified' ? 'verified' : 'audit', now);
}

function deepMerge(base: unknown, patch: unknown): unknown {
  if (
    typeof base !== 'object' ||
    base === null ||
    Array.isArray(base) ||
    typeof patch !== 'object' ||
    patch === null ||
    Array.isArray(patch)
  )
    return patch;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) out[k] = k in out ? deepMerge(out[k], v) : v;
  return out;
}

/** The learner's track, refused when it breaks the program's rules (lib/track.ts). */
function setTrack(progress: Progress, track: TrackChoice, by: 'learner' | 'mitxonline', now: string): void {
  const problem = trackProblem(track);
  if (problem) throw new CommandError(`${problem.key}${problem.course ? ` ${problem.course}` : ''}`);
  progress.track = { name: track.name, courses: [track.courses[0], track.courses[1]], by, at: now };
}

/** Applies a validated command; throws CommandError when it cannot apply. Inputs are not mutated. */
export function applyCommand(
  state: { progress: Progress; settings: Settings },
  command: StateCommand,
  now: string,
): Changes {
  if (command.type === 'importBackup') {
    const read = readBackup(command.text);
    if (!read.ok) throw new CommandError(read.errors.join('\n'));
    return {
      progress: { ...read.progress, fired: { ...read.progress.fired, ...state.progress.fired }, updatedAt: now },
      settings: read.settings,
    };
  }
  if (command.type === 'updateSettings') {
    const merged = deepMerge(state.settings, command.patch);
    const { value, problems } = repairSettings(merged);
    if (problems.length) throw new CommandError(`invalid settings: ${problems.join('; ')}`);
    return { settings: value };
  }
  if (command.type === 'setHintCollapsed') {
    return { settings: { ...state.settings, hints: { ...state.settings.hints, collapsed: command.collapsed } } };
  }
  if (command.type === 'setHintOpenOnUnits') {
    const others = state.settings.hints.openOnUnits.filter((c) => c !== command.course);
    const openOnUnits = command.open ? [...others, command.course].slice(-30) : others;
    return { settings: { ...state.settings, hints: { ...state.settings.hints, openOnUnits } } };
  }
  if (command.type === 'hideHint') {
    const others = state.settings.hints.hiddenCourses.filter((c) => c !== command.course);
    const hiddenCourses = command.hidden ? [...others, command.course] : others;
    return { settings: { ...state.settings, hints: { ...state.settings.hints, hiddenCourses } } };
  }
  const progress = clone(state.progress);
  switch (command.type) {
    case 'mark':
      applyMark(runFor(progress, command.course, command.runKey, now, command.platform), command.mark, now);
      break;
    case 'markRun': {
      const run = findRun(progress, command.runId);
      if (!run) throw new CommandError('no such run');
      applyMark(run, command.mark, now);
      break;
    }
    case 'setCourseFact':
      setLearnerFact(runFor(progress, command.course, command.runKey, now), command.name, command.value, now);
      break;
    case 'finishSetup': {
      if (command.track) setTrack(progress, command.track, 'learner', now);
      for (const n of command.passed) applyMark(runFor(progress, stepOf(n).counts, undefined, now), 'passed', now);
      for (const route of command.credits) {
        const s = progress.steps[creditRule(route).step];
        s.credit = { route, at: now };
      }
      if (command.current) {
        // A run of that course already entered (on the options page) is the one meant, unless it is over.
        const { course } = command.current;
        const existing = Object.values(progress.steps)
          .flatMap((s) => s.runs)
          .filter((r) => r.course === course && !endedByLearner(r))
          .at(-1);
        setLearnerFact(existing ?? newRun(progress, course, undefined, now), 'start', command.current.start, now);
      }
      progress.onboardedAt = now;
      break;
    }
    case 'addRun': {
      const run = newRun(progress, command.course, command.runKey, now);
      if (command.start !== undefined) setLearnerFact(run, 'start', command.start, now);
      break;
    }
    case 'removeRun': {
      const before = Object.values(progress.steps).reduce((n, s) => n + s.runs.length, 0);
      for (const s of Object.values(progress.steps)) s.runs = s.runs.filter((r) => r.id !== command.runId);
      if (Object.values(progress.steps).reduce((n, s) => n + s.runs.length, 0) === before)
        throw new CommandError('no such run');
      break;
    }
    case 'setFact': {
      const run = findRun(progress, command.runId);
      if (!run) throw new CommandError('no such run');
      setLearnerFact(run, command.name, command.value, now);
      break;
    }
    case 'setCredit': {
      const allowed = command.route === null || creditRule(command.route).step === command.step;
      if (!allowed) throw new CommandError(`credit ${command.route} does not apply to step ${command.step}`);
      const s = progress.steps[command.step];
      if (command.route) s.credit = { route: command.route, at: now };
      else delete s.credit;
      break;
    }
    case 'setTrack':
      setTrack(progress, command.track, command.by ?? 'learner', now);
      break;
    case 'setPlannedTerm': {
      const s = progress.steps[command.step];
      if (command.term) s.plannedTerm = command.term;
      else delete s.plannedTerm;
      break;
    }
  }
  progress.updatedAt = now;
  return { progress };
}
