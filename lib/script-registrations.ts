/**
 * Where the manifest registers the content script (wxt.config.ts builds content_scripts from this), so that a
 * page the extension has nothing to say about runs no script of ours at all (docs/platforms.md, "Where the
 * content script runs").
 *
 * - Hosts whose pages move between courses in-app, or show the program as a whole (www.edx.org, MIT Learn,
 *   edX's and MITx Online's dashboards): every page, as the detector decides there after each navigation.
 * - The course apps and edX's LMS (learning.edx.org, courses.edx.org/courses, MIT's course app on both its
 *   hosts): only URLs that carry an SDS course key. Those apps never move to another course without loading
 *   a page, so the script a course page starts with is the one it needs for as long as the page lives.
 *
 * A URL carries an SDS key when it names an SDS org (in the entry's match patterns) and an SDS number (in its
 * include_globs; a URL must satisfy both). Match patterns and globs are case-sensitive and know no character
 * classes, so each name is listed in the spellings a URL may carry: as the catalog writes it, in lower case
 * and in upper case; and with `:`, `+` and `/` plain or percent-encoded (upper-case hex, as browsers and
 * encodeURIComponent write it).
 */
import { COURSES, PROGRAM } from './catalog';
import { EDX_HOSTS, MIT_HOSTS } from './platform-hosts';

export interface ScriptRegistration {
  readonly matches: readonly string[];
  readonly include_globs?: readonly string[];
}

/** Hosts where any page may become an SDS page in-app (or is about the program): the script runs host-wide. */
const HOST_WIDE = [EDX_HOSTS.www, EDX_HOSTS.home, MIT_HOSTS.mitxOnline, MIT_HOSTS.learn];

/** edX's legacy learner dashboard and program dashboards: one course-less page each, on the LMS host. */
const LMS_DASHBOARDS = `https://${EDX_HOSTS.courses}/dashboard*`;

/** Where a page shows one course, named in its URL: the course apps, and the LMS's /courses/ pages. */
const PER_COURSE = [
  `https://${EDX_HOSTS.learning}/`,
  `https://${MIT_HOSTS.courseApp}/`,
  `https://${MIT_HOSTS.courseAppOld}/`,
  `https://${EDX_HOSTS.courses}/courses/`,
];

const unique = (items: readonly string[]) => [...new Set(items)];

/** The spellings of a name a URL may carry: the catalog's, lower case, upper case. */
export function spellings(name: string): string[] {
  return unique([name, name.toLowerCase(), name.toUpperCase()]);
}

/**
 * Globs for a catalog key-number pattern (`6\.041x_\d{1,2}`): the pattern language the catalog uses is
 * literal characters, `\.` and `\d{m,n}` / `\d`; anything else is refused, so a new pattern cannot slip by.
 */
export function patternGlobs(pattern: string): string[] {
  let globs = [''];
  const token = /\\\.|\\d\{(\d+),(\d+)\}|\\d|[A-Za-z0-9_-]|(.)/g;
  for (const m of pattern.matchAll(token)) {
    if (m[3] !== undefined) throw new Error(`key-number pattern ${pattern}: cannot turn "${m[3]}" into a glob`);
    const [text, min, max] = m;
    if (min !== undefined && max !== undefined) {
      const lengths = Array.from({ length: Number(max) - Number(min) + 1 }, (_, i) => Number(min) + i);
      globs = globs.flatMap((g) => lengths.map((n) => g + '?'.repeat(n)));
    } else {
      globs = globs.map((g) => g + (text === '\\.' ? '.' : text === '\\d' ? '?' : text));
    }
  }
  return globs;
}

/** `course-v1:` keys plain or encoded, and the LMS's old slash keys (`MITx/6.041x/1T2014`) plain or encoded. */
const RUN_KEY_FORMS = [
  { colon: ':', plus: '+' },
  { colon: '%3A', plus: '%2B' },
];
const SLASH_FORMS = ['/', '%2F'];
const SEPARATORS = unique([...RUN_KEY_FORMS.map((f) => f.plus), ...SLASH_FORMS]);

const ORG_SPELLINGS = [PROGRAM.org, PROGRAM.mitxOnlineOrg].flatMap(spellings);
const NUMBER_SPELLINGS = unique(
  COURSES.flatMap((c) => [...c.keyNumbers, ...c.keyNumberPatterns.flatMap(patternGlobs)]).flatMap(spellings),
);

/** The org part: `.../*course-v1:MITx+*` on each course host, `/courses/MITx/*` on the LMS. */
function orgPatterns(): string[] {
  const runKeys = PER_COURSE.flatMap((prefix) =>
    ORG_SPELLINGS.flatMap((org) => RUN_KEY_FORMS.map(({ colon, plus }) => `${prefix}*course-v1${colon}${org}${plus}*`)),
  );
  const slashKeys = ORG_SPELLINGS.flatMap((org) =>
    SLASH_FORMS.map((slash) => `https://${EDX_HOSTS.courses}/courses/${org}${slash}*`),
  );
  return [...runKeys, ...slashKeys];
}

/** The number part, between two of its key's separators: `*+6.431x+*`, `*%2F6.041x%2F*`, ... */
function numberGlobs(): string[] {
  return NUMBER_SPELLINGS.flatMap((n) => SEPARATORS.map((sep) => `*${sep}${n}${sep}*`));
}

export const SCRIPT_REGISTRATIONS: readonly ScriptRegistration[] = [
  { matches: [...HOST_WIDE.map((host) => `https://${host}/*`), LMS_DASHBOARDS] },
  { matches: orgPatterns(), include_globs: numberGlobs() },
];
