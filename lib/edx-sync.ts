/**
 * Keeping what the platform knows in step while the learner browses: when a tab shows an SDS course run,
 * read it at most once every 30 minutes (or at once when the learner asks), merge it into the platform's
 * slots of the run's facts, and record how it went. A failure keeps the last good data, writes one log line
 * and is shown to the learner. An edX run is read from edX's course app; a MITx Online run from MIT's
 * course app and from MITx Online's list of enrolments (its payment deadline and price), in parallel, with
 * MITx Online's program enrolments, whose published requirements may suggest the learner's track.
 */
import {
  COURSE_API_ORIGINS,
  fetchEdxCourse,
  getJson,
  MITX_ENROLLMENTS_URL,
  MITX_PROGRAM_ENROLLMENTS_URL,
  overall,
  type EdxOutcome,
  type Fetcher,
} from './edx-api';
import { applyEdxFacts, applyTrackSuggestion } from './edx-apply';
import { parseEdx, type EdxFacts } from './edx-parse';
import { parseGraded, type GradedWork } from './graded-parse';
import { parseMitxEnrollments } from './mitx-online-parse';
import { parseProgramTrack, type ProgramTrack } from './mitx-programs-parse';
import { platformOfRunKey } from './platform';
import { readSettings, syncLogItem, type SyncRecord } from './storage';
import { update } from './writer';

export const SYNC_INTERVAL_MS = 30 * 60_000;

const inFlight = new Map<string, Promise<EdxOutcome | 'skipped'>>();

export interface SyncOptions {
  /** The learner asked: ignore the 30-minute interval. */
  readonly force?: boolean;
  readonly fetcher?: Fetcher;
  readonly now?: () => number;
}

export function syncRun(runKey: string, options: SyncOptions = {}): Promise<EdxOutcome | 'skipped'> {
  const running = inFlight.get(runKey);
  if (running) return running;
  const task = run(runKey, options).finally(() => inFlight.delete(runKey));
  inFlight.set(runKey, task);
  return task;
}

async function run(
  runKey: string,
  { force = false, fetcher, now = Date.now }: SyncOptions,
): Promise<EdxOutcome | 'skipped'> {
  if (!(await readSettings()).syncFromEdx) return 'skipped';
  const log = await syncLogItem.getValue();
  const last = log[runKey];
  if (!force && last && now() - last.at < SYNC_INTERVAL_MS) return 'skipped';
  const asked = now();
  const result = await readPlatform(runKey, fetcher, asked);
  const { facts, problems } = result;
  if (problems.length)
    console.warn(`[mm-companion] ${runKey}: ignored ${problems.length} unexpected field(s): ${problems.join('; ')}`);
  if (result.outcome !== 'ok')
    console.warn(
      `[mm-companion] ${runKey}: ${result.outcome} (${JSON.stringify(result.outcomes)}); keeping the last good data`,
    );
  // Recorded through the writer even when nothing changed, so the summary carries the new sync status; the
  // record is made from the log as it is inside the writer's queue, so a concurrent sync's record stays.
  const record = (previous: SyncRecord | undefined): SyncRecord => {
    const lastOkAt = result.outcome === 'ok' ? asked : previous?.lastOkAt;
    return { at: asked, outcome: result.outcome, ...(lastOkAt !== undefined && { lastOkAt }) };
  };
  await update(
    (progress, stamp) => {
      const read = result.outcome === 'ok' ? applyEdxFacts(progress, runKey, facts, stamp, result.graded) : undefined;
      const track = result.track && applyTrackSuggestion(read ?? progress, result.track, stamp);
      return track ?? read;
    },
    (log) => ({ ...log, [runKey]: record(log[runKey]) }),
  );
  return result.outcome;
}

interface PlatformReading {
  readonly facts: EdxFacts;
  readonly problems: readonly string[];
  readonly outcome: EdxOutcome;
  readonly outcomes: Readonly<Record<string, EdxOutcome>>;
  /** The four courses MITx Online's program requirements settle, when they do (a suggestion only). */
  readonly track?: ProgramTrack;
  /** The run's graded work, from the dates and progress answers. */
  readonly graded?: GradedWork;
}

/** Everything the run's platform says about it, with how each source answered. */
async function readPlatform(runKey: string, fetcher: Fetcher | undefined, now: number): Promise<PlatformReading> {
  const platform = platformOfRunKey(runKey);
  const mitx = platform === 'mitxonline';
  const [course, enrollments, programs] = await Promise.all([
    fetchEdxCourse(runKey, fetcher, COURSE_API_ORIGINS[platform]),
    mitx ? getJson(MITX_ENROLLMENTS_URL, fetcher) : undefined,
    mitx ? getJson(MITX_PROGRAM_ENROLLMENTS_URL, fetcher) : undefined,
  ]);
  const parsed = parseEdx(course.responses);
  const graded = parseGraded(course.responses.dates, course.responses.progress, now);
  const app = {
    facts: parsed.facts,
    problems: [...parsed.problems, ...graded.problems],
    ...(graded.work && { graded: graded.work }),
  };
  if (!enrollments) return { ...app, outcome: course.outcome, outcomes: course.outcomes };
  const listed = enrollments.outcome === 'ok' ? parseMitxEnrollments(enrollments.body, runKey) : undefined;
  // A 200 that is not a list of enrolments is as good as malformed: nothing from it is kept.
  const enrollmentOutcome: EdxOutcome = listed && !listed.understood ? 'invalid-json' : enrollments.outcome;
  // The program's requirements are a suggestion beside the run: how they answer never marks the run failed.
  const track = programs?.outcome === 'ok' ? parseProgramTrack(programs.body) : undefined;
  return {
    ...(track && { track }),
    ...(app.graded && { graded: app.graded }),
    // MITx Online's own record of the enrolment wins over what its course app says.
    facts: { ...app.facts, ...(listed?.understood && listed.facts) },
    problems: [...app.problems, ...(listed?.problems ?? [])],
    outcome: overall([course.outcome, enrollmentOutcome]),
    outcomes: { ...course.outcomes, enrollments: enrollmentOutcome },
  };
}
