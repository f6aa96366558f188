/**
 * Which SDS page a URL shows, from the URL alone (docs/platforms.md, "URL shapes"). Pure, never throws.
 *
 * Shaped like github-url-detection: one predicate per kind of page, each with example URLs beside it; the
 * cross-matrix test (tests/unit/detect.test.ts) checks that every predicate accepts its own examples and
 * rejects every other predicate's, so a URL shape claimed twice fails CI. The examples are separate exports
 * that detectPage never reads, so the content script's bundle leaves them out.
 */
import {
  courseForKey,
  courseForSlugNumber,
  courseForTitleSlug,
  PROGRAM,
  type CatalogCourse,
  type StepId,
} from './catalog';
import { decodeSegment, formatRunKey, parseCourseKey, parseReadableId, type CourseKey } from './course-key';
import { EDX_HOSTS, MIT_HOSTS } from './platform-hosts';

export type PageKind =
  | 'catalog' // www.edx.org course "about" page
  | 'program' // www.edx.org program page
  | 'course-home'
  | 'dates'
  | 'progress'
  | 'course-end'
  | 'course-tab' // another learning.edx.org tab: live, discussion, access-denied, ...
  | 'courseware' // learning.edx.org/course/<key> with no tab or unit
  | 'unit' // learning.edx.org/course/<key>/<sequence>[/<unit>]
  | 'legacy-course' // courses.edx.org/courses/<key>/...
  | 'product' // a course's page on MIT Learn (learn.mit.edu/courses/<id>) or MITx Online (its about page)
  | 'dashboard' // the learner dashboard (home.edx.org, courses.edx.org/dashboard, MITx Online, MIT Learn)
  | 'program-dashboard'; // courses.edx.org/dashboard/programs/<uuid>/: SDS only if the page says so

export interface PageMatch {
  readonly kind: PageKind;
  /** The catalog's edX number (`6.431x`, `14.310Fx`, `DS.CFx`, `6.041x` ...) when the page is about one course. */
  readonly course?: string;
  readonly step?: StepId;
  /** `course-v1:ORG+NUMBER+RUN` when the URL carries a run. */
  readonly runKey?: string;
  /** The URL cannot tell which program this is: only the page content can (the program dashboard). */
  readonly needsContentCheck?: boolean;
}

interface Detector {
  readonly kind: PageKind;
  readonly match: (url: URL, path: readonly string[]) => PageMatch | null;
}

function forCourse(kind: PageKind, course: CatalogCourse | undefined, runKey?: string): PageMatch | null {
  if (!course) return null;
  return runKey
    ? { kind, course: course.number, step: course.step, runKey }
    : { kind, course: course.number, step: course.step };
}

function forKey(kind: PageKind, key: CourseKey | undefined): PageMatch | null {
  return key ? forCourse(kind, courseForKey(key.org, key.number), formatRunKey(key)) : null;
}

// --- www.edx.org ------------------------------------------------------------------------------------------

const LOCALE = /^[a-z]{2}(?:-[a-z]{2,4})?$/i;
const WWW_SECTIONS = new Set(['course', 'learn', 'micromasters', 'masters']);

/** Path segments of a www.edx.org URL with an optional locale prefix (`/es/course/...`) removed. */
function wwwPath(path: readonly string[]): readonly string[] {
  const [first, second] = path;
  return first && second && LOCALE.test(first) && WWW_SECTIONS.has(second.toLowerCase()) ? path.slice(1) : path;
}

/** `<title>-course-v1-<org>-<number>-<run>`: the key lower-cased, `.`, `+`, `:` turned into `-`. */
const RUN_SLUG = /^(?:.*-)?course-v1-([a-z0-9]+)-([a-z0-9_-]+)-([a-z0-9]+)$/i;

function catalogSlug(slug: string): PageMatch | null {
  const run = RUN_SLUG.exec(slug);
  if (run?.[1] && run[2] && run[3]) {
    if (run[1].toLowerCase() !== PROGRAM.org.toLowerCase()) return null;
    const found = courseForSlugNumber(run[2]);
    // The run's case is lost in the slug: restore the usual `1T2025` form, keep anything else as written.
    const runName = run[3].replace(/^(\d)t(\d{4})/i, '$1T$2');
    return forCourse('catalog', found?.course, found && `course-v1:${PROGRAM.org}+${found.keyNumber}+${runName}`);
  }
  return forCourse('catalog', courseForTitleSlug(slug));
}

export const catalogExamples = [
  'https://www.edx.org/course/probability-the-science-of-uncertainty-and-data',
  'https://www.edx.org/course/fundamentals-of-statistics',
  'https://www.edx.org/course/data-analysis-for-social-scientists',
  'https://www.edx.org/course/machine-learning-with-python-from-linear-models-to',
  'https://www.edx.org/es/course/fundamentals-of-statistics?utm_source=x#about',
  'https://www.edx.org/course/probability-the-science-of-uncertainty-and-data-course-v1-mitx-6-431x-2t2023',
  'https://www.edx.org/course/machine-learning-with-python-from-linear-models-to-course-v1-mitx-6-86x-3t2024/',
  'https://www.edx.org/course/capstone-exam-in-statistics-and-data-science-course-v1-mitx-ds-cfx-1t2025',
  'https://www.edx.org/learn/probability/massachusetts-institute-of-technology-probability-the-science-of-uncertainty-and-data',
  'https://www.edx.org/learn/statistics/massachusetts-institute-of-technology-fundamentals-of-statistics',
  'https://WWW.EDX.ORG/fr/learn/machine-learning/massachusetts-institute-of-technology-machine-learning-with-python-from-linear-models-to-deep-learning',
];
const catalog: Detector = {
  kind: 'catalog',
  match(url, rawPath) {
    if (url.hostname !== EDX_HOSTS.www) return null;
    const path = wwwPath(rawPath);
    const section = path[0]?.toLowerCase();
    if (section === 'course' && path.length === 2 && path[1]) return catalogSlug(path[1]);
    if (section === 'learn' && path.length === 3 && path[2]) {
      const prefix = `${PROGRAM.orgSlug}-`;
      const slug = path[2].toLowerCase();
      return slug.startsWith(prefix) ? catalogSlug(slug.slice(prefix.length)) : null;
    }
    return null;
  },
};

export const programExamples = [
  'https://www.edx.org/micromasters/mitx-statistics-and-data-science',
  'https://www.edx.org/masters/micromasters/mitx-statistics-and-data-science/',
  'https://www.edx.org/es/masters/micromasters/mitx-statistics-and-data-science?tab=courses',
];
const program: Detector = {
  kind: 'program',
  match(url, rawPath) {
    if (url.hostname !== EDX_HOSTS.www) return null;
    const path = wwwPath(rawPath).map((s) => s.toLowerCase());
    const slugAt = path[0] === 'masters' ? 2 : 1;
    const isProgram =
      path.length === slugAt + 1 && path[slugAt - 1] === 'micromasters' && path[slugAt] === PROGRAM.programSlug;
    return isProgram ? { kind: 'program' } : null;
  },
};

// --- learning.edx.org -------------------------------------------------------------------------------------

const LEARNING_TABS: Readonly<Record<string, PageKind>> = {
  home: 'course-home',
  dates: 'dates',
  progress: 'progress',
  'course-end': 'course-end',
};

/** Hosts of the Open edX course app, with the path prefix each serves it under. */
const COURSE_APPS: Readonly<Record<string, string | undefined>> = {
  [EDX_HOSTS.learning]: undefined,
  [MIT_HOSTS.courseApp]: 'learn',
  [MIT_HOSTS.courseAppOld]: 'learn',
};

/**
 * The route table of frontend-app-learning: `[/preview]/course/:courseId[/:tab | /:sequenceId[/:unitId]]`,
 * on learning.edx.org and, under `/learn`, on MIT's course app.
 */
function learningPage(url: URL, rawPath: readonly string[]): PageMatch | null {
  if (!(url.hostname in COURSE_APPS)) return null;
  const prefix = COURSE_APPS[url.hostname];
  if (prefix && rawPath[0]?.toLowerCase() !== prefix) return null;
  const appPath = prefix ? rawPath.slice(1) : rawPath;
  const path = appPath[0]?.toLowerCase() === 'preview' ? appPath.slice(1) : appPath;
  if (path[0]?.toLowerCase() !== 'course' || !path[1]) return null;
  const key = parseCourseKey(path[1]);
  const rest = path.slice(2);
  const next = rest[0];
  let kind: PageKind;
  if (next === undefined) kind = 'courseware';
  else if (next.toLowerCase().startsWith('block-v1:')) kind = rest.length <= 2 ? 'unit' : 'course-tab';
  else kind = LEARNING_TABS[next.toLowerCase()] ?? 'course-tab';
  return forKey(kind, key);
}

function learning(kind: PageKind): Detector {
  return {
    kind,
    match: (url, path) => {
      const found = learningPage(url, path);
      return found?.kind === kind ? found : null;
    },
  };
}

export const courseHomeExamples = [
  'https://learning.edx.org/course/course-v1:MITx+6.431x+2T2025/home',
  'https://learning.edx.org/course/course-v1%3AMITx%2B6.431x%2B1T2024/home',
  'https://learning.edx.org/course/course-v1:MITx+14.310Fx+3T2025/home/',
  'https://learning.edx.org/preview/course/course-v1:MITx+18.6501x+3T2025/home',
  'https://learning.edx.org/course/course-v1:mitx+ds.cfx+1T2026/home?x=1#top',
  'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+6.431x+3T2026/home',
  'https://courses.learn.mit.edu/learn/course/course-v1%3AMITxT%2B14.310Fx%2B2T2026/home?utm_source=email',
  'https://courses.mitxonline.mit.edu/learn/course/course-v1:MITxT+14.310x+3T2024/home',
];
const courseHome = learning('course-home');
export const datesExamples = [
  'https://learning.edx.org/course/course-v1:MITx+6.86x+3T2025/dates',
  'https://learning.edx.org/course/course-v1:MITx+14.310x+2T2025/dates',
  'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+18.6501x+3T2026/dates',
];
const dates = learning('dates');
export const progressExamples = [
  'https://learning.edx.org/course/course-v1:MITx+18.6501x+1T2026/progress',
  'https://learning.edx.org/course/course-v1:MITx+DS-CFX+2T2026/progress',
  'https://COURSES.LEARN.MIT.EDU/learn/course/course-v1:mitxt+6.86x+1T2027/progress/',
];
const progress = learning('progress');
export const courseEndExamples = ['https://learning.edx.org/course/course-v1:MITx+6.431x+1T2025/course-end'];
const courseEnd = learning('course-end');
export const courseTabExamples = [
  'https://learning.edx.org/course/course-v1:MITx+6.431x+2T2025/live',
  'https://learning.edx.org/course/course-v1:MITx+6.86x+3T2025/discussion/posts/abc123',
  'https://learning.edx.org/course/course-v1:MITx+18.6501x+3T2025/access-denied',
];
const courseTab = learning('course-tab');
export const coursewareExamples = [
  'https://learning.edx.org/course/course-v1:MITx+6.431x+2T2025',
  'https://learning.edx.org/course/course-v1:MITx+6.041x_4+1T2017/',
  'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+6.431x+3T2026',
];
const courseware = learning('courseware');
export const unitExamples = [
  'https://learning.edx.org/course/course-v1:MITx+6.431x+2T2025/block-v1:MITx+6.431x+2T2025+type@sequential+block@Unit_0_overview',
  'https://learning.edx.org/course/course-v1:MITx+6.86x+3T2025/block-v1:MITx+6.86x+3T2025+type@sequential+block@lec1/block-v1:MITx+6.86x+3T2025+type@vertical+block@lec1-tab1',
  'https://learning.edx.org/course/course-v1%3AMITx%2B18.6501x%2B1T2026/block-v1%3AMITx%2B18.6501x%2B1T2026%2Btype%40sequential%2Bblock%40u1',
  'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+6.431x+3T2026/block-v1:MITxT+6.431x+3T2026+type@sequential+block@unit1_seq/block-v1:MITxT+6.431x+3T2026+type@vertical+block@unit1_v1',
  'https://courses.mitxonline.mit.edu/learn/course/course-v1:MITxT+14.310Fx+2T2026/block-v1:MITxT+14.310Fx+2T2026+type@sequential+block@exam',
];
const unit = learning('unit');

// --- courses.edx.org and home.edx.org ---------------------------------------------------------------------

export const legacyCourseExamples = [
  'https://courses.edx.org/courses/course-v1:MITx+6.431x+2T2025/course/',
  'https://courses.edx.org/courses/course-v1:MITx+14.310Fx+2T2025/courseware/week1/seq1/',
  'https://courses.edx.org/courses/course-v1:MITx+18.6501x+1T2026/progress',
  'https://courses.edx.org/courses/course-v1%3AMITx%2B6.86x%2B3T2025/info',
  'https://courses.edx.org/courses/course-v1:MITx+6.041.1x+1T2017/about',
  'https://courses.edx.org/courses/MITx/6.041x/1T2014/courseware',
  'https://courses.edx.org/courses/MITx/6.041x_3/2T2016/info/',
  'https://courses.edx.org/courses/course-v1:MITx+6.431x+2T2025/jump_to/block-v1:MITx+6.431x+2T2025+type@vertical+block@v1',
];
const legacyCourse: Detector = {
  kind: 'legacy-course',
  match(url, path) {
    if (url.hostname !== EDX_HOSTS.courses || path[0]?.toLowerCase() !== 'courses' || !path[1]) return null;
    // A whole key in one segment (`course-v1:...`, or a slash key whose slashes were URL-encoded) ...
    const inOne = parseCourseKey(path[1]);
    if (inOne) return forKey('legacy-course', inOne);
    // ... or an old slash key spread over three segments: /courses/MITx/6.041x/1T2014/...
    return forKey('legacy-course', parseCourseKey(path.slice(1, 4).join('/')));
  },
};

// --- MIT Learn and MITx Online ----------------------------------------------------------------------------

/** A course named by its readable id (`course-v1:MITxT+6.431x`) or by one of its runs. */
function productOf(segment: string): PageMatch | null {
  const run = parseCourseKey(segment);
  if (run && segment.toLowerCase().startsWith('course-v1:')) return forKey('product', run);
  const id = parseReadableId(segment);
  return id ? forCourse('product', courseForKey(id.org, id.number)) : null;
}

export const productExamples = [
  'https://learn.mit.edu/courses/course-v1:MITxT+6.431x',
  'https://learn.mit.edu/courses/course-v1%3AMITxT%2B18.6501x',
  'https://learn.mit.edu/courses/course-v1:MITxT+6.86x?enroll=1',
  'https://learn.mit.edu/courses/course-v1:MITxT+14.310Fx+2T2026',
  'https://mitxonline.mit.edu/courses/course-v1:MITxT+14.310x/',
  'https://mitxonline.mit.edu/courses/course-v1:MITxT+14.310Fx/#about',
];
const product: Detector = {
  kind: 'product',
  match(url, path) {
    const onHost = url.hostname === MIT_HOSTS.learn || url.hostname === MIT_HOSTS.mitxOnline;
    return onHost && path.length === 2 && path[0]?.toLowerCase() === 'courses' && path[1] ? productOf(path[1]) : null;
  },
};

export const dashboardExamples = [
  'https://home.edx.org/',
  'https://home.edx.org/?from=header',
  'https://courses.edx.org/dashboard',
  'https://courses.edx.org/dashboard/',
  'https://mitxonline.mit.edu/dashboard/',
  'https://learn.mit.edu/dashboard',
  'https://learn.mit.edu/dashboard/program/12?tab=courses',
];
const dashboard: Detector = {
  kind: 'dashboard',
  match(url, path) {
    const first = path[0]?.toLowerCase();
    const isDashboard =
      (url.hostname === EDX_HOSTS.home && path.length === 0) ||
      (url.hostname === EDX_HOSTS.courses && path.length === 1 && first === 'dashboard') ||
      (url.hostname === MIT_HOSTS.mitxOnline && path.length === 1 && first === 'dashboard') ||
      // MIT Learn's home tab and a program's page (its routes: /dashboard, /dashboard/program/[id]).
      (url.hostname === MIT_HOSTS.learn &&
        first === 'dashboard' &&
        (path.length === 1 || (path.length === 3 && path[1] === 'program' && /^\d+$/.test(path[2] ?? ''))));
    return isDashboard ? { kind: 'dashboard' } : null;
  },
};

export const programDashboardExamples = [
  'https://courses.edx.org/dashboard/programs/a015ce08-a727-46c8-92d1-679b23338bc1/',
  'https://courses.edx.org/dashboard/programs/a015ce08-a727-46c8-92d1-679b23338bc1',
];
const programDashboard: Detector = {
  kind: 'program-dashboard',
  match(url, path) {
    const [a, b, uuid] = path.map((s) => s.toLowerCase());
    const isProgramDashboard =
      url.hostname === EDX_HOSTS.courses &&
      path.length === 3 &&
      a === 'dashboard' &&
      b === 'programs' &&
      /^[0-9a-f-]{32,36}$/.test(uuid ?? '');
    return isProgramDashboard ? { kind: 'program-dashboard', needsContentCheck: true } : null;
  },
};

/** The program dashboard's uuid is not known: it is SDS's when its title or a heading names the program. */
export function pageNamesProgram(doc: Document): boolean {
  const headings = [...doc.querySelectorAll('h1, h2')].map((h) => h.textContent).join(' ');
  const text = `${doc.title} ${headings}`.toLowerCase();
  return PROGRAM.programTitleWords.some((words) => text.includes(words));
}

export const DETECTORS: readonly Detector[] = [
  catalog,
  program,
  courseHome,
  dates,
  progress,
  courseEnd,
  courseTab,
  courseware,
  unit,
  legacyCourse,
  product,
  dashboard,
  programDashboard,
];

/** Each predicate's example URLs, by kind of page (for the cross-matrix test). */
export const EXAMPLES: Readonly<Record<PageKind, readonly string[]>> = {
  catalog: catalogExamples,
  program: programExamples,
  'course-home': courseHomeExamples,
  dates: datesExamples,
  progress: progressExamples,
  'course-end': courseEndExamples,
  'course-tab': courseTabExamples,
  courseware: coursewareExamples,
  unit: unitExamples,
  'legacy-course': legacyCourseExamples,
  product: productExamples,
  dashboard: dashboardExamples,
  'program-dashboard': programDashboardExamples,
};

/** Decoded, non-empty path segments; undefined when an escape is malformed. */
function pathSegments(url: URL): string[] | undefined {
  const out: string[] = [];
  for (const raw of url.pathname.split('/')) {
    if (!raw) continue;
    const decoded = decodeSegment(raw);
    if (decoded === undefined) return undefined;
    out.push(decoded);
  }
  return out;
}

/**
 * The SDS page `url` shows in `doc`: the URL's verdict, confirmed by the page's content where the URL alone
 * cannot tell (the program dashboard). What the content script decides on every look at a page.
 */
export function decidePage(url: string, doc: Document): PageMatch | null {
  const match = detectPage(url);
  return match?.needsContentCheck && !pageNamesProgram(doc) ? null : match;
}

/** The SDS page a URL shows, or null for anything else (other courses, other hosts, non-URLs). */
export function detectPage(url: string): PageMatch | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return null;
  const path = pathSegments(parsed);
  if (!path) return null;
  for (const detector of DETECTORS) {
    const found = detector.match(parsed, path);
    if (found) return found;
  }
  return null;
}
