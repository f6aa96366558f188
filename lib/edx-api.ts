/**
 * Reading what the platforms know, from the background worker with the learner's own cookies (docs/
 * platforms.md, "JSON APIs"): the Open edX course app's JSON on courses.edx.org or courses.learn.mit.edu,
 * and MITx Online's list of enrolments. GET only; for the course app the unversioned path first, `v1/` when
 * the server answers 404. Nothing is ever written, and no other host is contacted.
 */
import type { EdxResponses } from './edx-parse';
import type { Platform } from './platform';

export const EDX_API_ORIGIN = 'https://courses.edx.org';
/** Where each platform's course app serves its JSON. */
export const COURSE_API_ORIGINS: Readonly<Record<Platform, string>> = {
  edx: EDX_API_ORIGIN,
  mitxonline: 'https://courses.learn.mit.edu',
};
/** MITx Online's own API: the learner's enrolments, with the payment deadline and the price. */
export const MITX_ENROLLMENTS_URL = 'https://mitxonline.mit.edu/api/v3/enrollments/';
/** The learner's program enrolments, each with its program's published requirements (lib/mitx-programs-parse.ts). */
export const MITX_PROGRAM_ENROLLMENTS_URL = 'https://mitxonline.mit.edu/api/v2/program_enrollments/';
const TIMEOUT_MS = 15_000;

export type EdxOutcome =
  | 'ok'
  | 'signed-out'
  | 'forbidden'
  | 'not-found'
  | 'throttled'
  | 'server-error'
  | 'timeout'
  | 'network'
  | 'invalid-json';

export interface Answer {
  readonly outcome: EdxOutcome;
  readonly status?: number;
  readonly body?: unknown;
}

export type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

function outcomeOf(status: number): EdxOutcome {
  if (status === 401) return 'signed-out';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 429) return 'throttled';
  return 'server-error';
}

export async function getJson(url: string, fetcher: Fetcher = (u, i) => fetch(u, i)): Promise<Answer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetcher(url, {
      method: 'GET',
      credentials: 'include',
      headers: { Accept: 'application/json' },
      signal: controller.signal,
    });
    if (!response.ok) return { outcome: outcomeOf(response.status), status: response.status };
    try {
      return { outcome: 'ok', status: response.status, body: JSON.parse(await response.text()) };
    } catch {
      return { outcome: 'invalid-json', status: response.status };
    }
  } catch {
    return { outcome: controller.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

/** A course-home tab's JSON: newer servers answer without `v1/`, older ones only with it. */
async function courseHome(
  origin: string,
  tab: 'course_metadata' | 'dates' | 'progress',
  runKey: string,
  fetcher: Fetcher,
): Promise<Answer> {
  const first = await getJson(`${origin}/api/course_home/${tab}/${runKey}`, fetcher);
  return first.status === 404 ? getJson(`${origin}/api/course_home/v1/${tab}/${runKey}`, fetcher) : first;
}

export interface EdxCourseResult {
  readonly responses: EdxResponses;
  /** 'ok' when at least one endpoint answered; else the most telling failure. */
  readonly outcome: EdxOutcome;
  /** Each endpoint's outcome, for the log line. */
  readonly outcomes: Readonly<Record<string, EdxOutcome>>;
}

export const FAILURE_ORDER: readonly EdxOutcome[] = [
  'signed-out',
  'throttled',
  'forbidden',
  'timeout',
  'network',
  'invalid-json',
  'server-error',
  'not-found',
];

/** The course app's four endpoints for one run, on `origin` (courses.edx.org unless told otherwise). */
export async function fetchEdxCourse(
  runKey: string,
  fetcher: Fetcher = (u, i) => fetch(u, i),
  origin = EDX_API_ORIGIN,
): Promise<EdxCourseResult> {
  const [metadata, courseware, dates, progress] = await Promise.all([
    courseHome(origin, 'course_metadata', runKey, fetcher),
    getJson(`${origin}/api/courseware/course/${runKey}`, fetcher),
    courseHome(origin, 'dates', runKey, fetcher),
    courseHome(origin, 'progress', runKey, fetcher),
  ]);
  const answers = { metadata, courseware, dates, progress };
  const responses: Record<string, unknown> = {};
  for (const [name, a] of Object.entries(answers)) if (a.outcome === 'ok') responses[name] = a.body;
  const outcomes = Object.fromEntries(Object.entries(answers).map(([n, a]) => [n, a.outcome]));
  const failures = Object.values(answers).map((a) => a.outcome);
  return { responses: responses as EdxResponses, outcome: overall(failures), outcomes };
}

/** 'ok' when anything answered; else the most telling failure. */
export function overall(outcomes: readonly EdxOutcome[]): EdxOutcome {
  return outcomes.includes('ok') ? 'ok' : (FAILURE_ORDER.find((o) => outcomes.includes(o)) ?? 'network');
}
