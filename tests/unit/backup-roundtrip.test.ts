/**
 * Every state the extension can reach restores from its own backup exactly: states are reached the way the
 * extension reaches them (random sequences of the learner's commands and of edX readings, from a fresh
 * install, with reminders delivered along the way), exported, read back and compared.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COURSE_STEPS, STEP_IDS, type TrackCourse } from '../../lib/catalog';
import { makeBackup, readBackup } from '../../lib/backup';
import { applyCommand, CommandError, isActionCommand, type Command } from '../../lib/commands';
import { agenda } from '../../lib/agenda';
import { applyEdxFacts } from '../../lib/edx-apply';
import { reminderOccurrences } from '../../lib/reminders';
import { defaultProgress, defaultSettings, ProgressSchema, type Progress, type Settings } from '../../lib/state/schema';
import { programStandings } from '../../lib/status';

const T0 = Date.parse('2026-09-01T08:00:00.000Z');
const COURSES = [
  '6.431x',
  '14.310x',
  '14.310Fx',
  '18.6501x',
  '6.86x',
  '6.419x',
  'IDS.S24x',
  'DS.CFx',
  '6.041x',
] as const;
const NUMBERS_IN_KEYS: Record<string, string> = {
  '6.431x': '6.431x',
  '14.310x': '14.310x',
  '14.310Fx': '14.310Fx',
  '18.6501x': '18.6501x',
  '6.86x': '6.86x',
  '6.419x': '6.419x',
  'IDS.S24x': 'IDS.S24x',
  'DS.CFx': 'DS.CFx',
  '6.041x': '6.041x',
};

const course = fc.constantFrom(...COURSES);
const runKey = fc
  .tuple(course, fc.constantFrom('3T2026', '1T2027', '2T2027'))
  .map(([c, r]) => `course-v1:MITx+${NUMBERS_IN_KEYS[c]}+${r}`);
const day = fc.integer({ min: 0, max: 400 }).map((d) => new Date(T0 + d * 86_400_000).toISOString().slice(0, 10));
const instant = fc.integer({ min: 0, max: 400 }).map((d) => new Date(T0 + d * 86_400_000 + 57_600_000).toISOString());
const mark = fc.constantFrom('planned', 'enrolled', 'verified', 'passed', 'not-passed' as const);
/** Tracks within the program's rules: changing among them must lose no run. */
const track = fc
  .constantFrom(
    { name: 'social-sciences', courses: ['14.310x', '18.6501x'] } as const,
    { name: 'general', courses: ['18.6501x', '6.419x'] } as const,
    { name: 'methods', courses: ['6.419x', 'IDS.S24x'] } as const,
    { name: 'time-series-social-sciences', courses: ['14.310x', 'IDS.S24x'] } as const,
  )
  .map((t) => ({ name: t.name, courses: [t.courses[0], t.courses[1]] as [TrackCourse, TrackCourse] }));

/** A step of what a learner or the platform does; run ids are picked from the runs that exist then. */
type Act =
  | { kind: 'command'; command: Command }
  | { kind: 'onRun'; pick: number; make: (runId: string) => Command }
  | { kind: 'edx'; runKey: string; facts: Record<string, unknown> };

const act: fc.Arbitrary<Act> = fc.oneof(
  track.map((t) => ({ kind: 'command' as const, command: { type: 'setTrack' as const, track: t } })),
  fc
    .record({
      passed: fc.subarray([...COURSE_STEPS]),
      credits: fc.subarray(['legacy-6041x', 'dedp-14310x'] as const),
      current: fc.option(fc.record({ course, start: day }), { nil: undefined }),
    })
    .map(({ passed, credits, current }) => ({
      kind: 'command' as const,
      command: { type: 'finishSetup' as const, passed, credits, ...(current && { current }) },
    })),
  fc
    .record({ course, runKey: fc.option(runKey, { nil: undefined }), start: fc.option(day, { nil: undefined }) })
    .map(({ course: c, runKey: k, start }) => ({
      kind: 'command' as const,
      command: { type: 'addRun' as const, course: c, ...(k && { runKey: k }), ...(start && { start }) },
    })),
  fc
    .record({ course, runKey: fc.option(runKey, { nil: undefined }), mark })
    .map(({ course: c, runKey: k, mark: m }) => ({
      kind: 'command' as const,
      command: { type: 'mark' as const, course: c, mark: m, ...(k && { runKey: k }) },
    })),
  fc.record({ pick: fc.nat(), mark }).map(({ pick, mark: m }) => ({
    kind: 'onRun' as const,
    pick,
    make: (runId: string) => ({ type: 'markRun' as const, runId, mark: m }),
  })),
  fc
    .record({
      pick: fc.nat(),
      name: fc.constantFrom('start', 'end', 'upgradeDeadline', 'grade', 'mode' as const),
      value: fc.oneof(
        day,
        instant,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('audit', 'verified', null),
      ),
    })
    .map(({ pick, name, value }) => ({
      kind: 'onRun' as const,
      pick,
      make: (runId: string) => ({ type: 'setFact' as const, runId, name, value }),
    })),
  fc.nat().map((pick) => ({
    kind: 'onRun' as const,
    pick,
    make: (runId: string) => ({ type: 'removeRun' as const, runId }),
  })),
  fc
    .record({ step: fc.constantFrom(...STEP_IDS), term: fc.constantFrom('2027-spring', '2027-fall', null) })
    .map(({ step, term }) => ({ kind: 'command' as const, command: { type: 'setPlannedTerm' as const, step, term } })),
  fc
    .record({
      runKey,
      mode: fc.constantFrom('audit', 'verified', 'none'),
      start: instant,
      upgradeDeadline: instant,
      grade: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ runKey: k, ...facts }) => ({ kind: 'edx' as const, runKey: k, facts })),
);

function reach(acts: readonly Act[], settings: Settings): Progress {
  let now = T0;
  let progress = defaultProgress(new Date(now).toISOString());
  for (const a of acts) {
    now += 3_600_000;
    const stamp = new Date(now).toISOString();
    if (a.kind === 'edx') {
      progress = applyEdxFacts(progress, a.runKey, a.facts, stamp) ?? progress;
      continue;
    }
    const runs = Object.values(progress.steps).flatMap((s) => s.runs);
    const command = a.kind === 'command' ? a.command : runs.length ? a.make(runs[a.pick % runs.length]!.id) : undefined;
    if (!command || isActionCommand(command)) continue;
    try {
      progress = applyCommand({ progress, settings }, command, stamp).progress ?? progress;
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
    }
  }
  // Reminders delivered along the way, recorded as the scheduler records them.
  const items = agenda(programStandings(progress, settings, now, 'UTC'), T0);
  for (const reminder of reminderOccurrences(items, settings, 'UTC').filter((_, i) => i % 2 === 0))
    progress.fired[reminder.id] = new Date(now).toISOString();
  return progress;
}

describe('backups round-trip', () => {
  it('every reachable state exports to a file that restores to the same state', () => {
    let cases = 0;
    fc.assert(
      fc.property(fc.array(act, { maxLength: 25 }), (acts) => {
        cases++;
        const settings = defaultSettings();
        const progress = reach(acts, settings);
        expect(ProgressSchema.safeParse(progress).success).toBe(true);
        const read = readBackup(JSON.stringify(makeBackup(progress, settings, '2027-01-01T00:00:00.000Z')));
        expect(read).toEqual({ ok: true, progress, settings, exportedAt: '2027-01-01T00:00:00.000Z' });
      }),
      { numRuns: 1500 },
    );
    console.log(`property "backup round-trip": ${cases} generated states`);
  });
});
