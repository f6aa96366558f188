/**
 * The MITx MicroMasters program in Statistics and Data Science, as data.
 *
 * This is the only file that names an SDS course number. Every rule has a source note pointing at
 * docs/program.md (the program's rules, from its FAQ and description) or docs/platforms.md (the platforms'
 * course keys and pages): on the rule itself, or for courses and the program in COURSE_SOURCES. Anything shown to the learner is a message key
 * (public/_locales), never text written here.
 */

/**
 * The program's steps: every course that can count, then the capstone exam. A step is named by the number a
 * learner opens for it (14.310x, whose assessment course 14.310Fx is what counts). Which four courses count
 * is the learner's track (lib/track.ts); the order here is the catalog's, not an order of study.
 */
export const STEP_IDS = ['6.431x', '14.310x', '18.6501x', '6.86x', '6.419x', 'IDS.S24x', 'DS.CFx'] as const;
export type StepId = (typeof STEP_IDS)[number];
export const CAPSTONE_STEP = 'DS.CFx' satisfies StepId;
/** The steps that are courses (all but the capstone). */
export const COURSE_STEPS = STEP_IDS.filter((s): s is Exclude<StepId, 'DS.CFx'> => s !== CAPSTONE_STEP);
export type CourseStep = Exclude<StepId, typeof CAPSTONE_STEP>;

/**
 * Tracks (docs/program.md, "Tracks"): 6.431x and 6.86x are core in every track; a track adds two of the
 * four track courses. 14.310x belongs to the Social Sciences tracks and to no other. Which two courses
 * complete each track is published nowhere we could read, so the learner says which (FAQ_PATH by default).
 */
export const CORE_STEPS = ['6.431x', '6.86x'] as const satisfies readonly CourseStep[];
export const TRACK_COURSES = ['14.310x', '18.6501x', '6.419x', 'IDS.S24x'] as const satisfies readonly CourseStep[];
export type TrackCourse = (typeof TRACK_COURSES)[number];
export const TRACK_NAMES = ['general', 'methods', 'social-sciences', 'time-series-social-sciences'] as const;
export type TrackName = (typeof TRACK_NAMES)[number];

export interface TrackRule {
  /** Track courses the track is known to contain, and known not to. */
  readonly includes: readonly TrackCourse[];
  readonly excludes: readonly TrackCourse[];
  readonly source: string;
}
const WITH_14310X = 'docs/program.md, Tracks: 14.310x belongs to the Social Sciences tracks.';
const WITHOUT_14310X = 'docs/program.md, Tracks: 14.310x belongs to the Social Sciences tracks only.';
export const TRACK_RULES: Readonly<Record<TrackName, TrackRule>> = {
  general: { includes: [], excludes: ['14.310x'], source: WITHOUT_14310X },
  methods: { includes: [], excludes: ['14.310x'], source: WITHOUT_14310X },
  'social-sciences': { includes: ['14.310x'], excludes: [], source: WITH_14310X },
  'time-series-social-sciences': { includes: ['14.310x'], excludes: [], source: WITH_14310X },
};

/**
 * The FAQ's path, in its recommended order: the four courses of the Social Sciences track as the FAQ
 * describes it (docs/program.md, "The courses, in the recommended order"). What a learner has by default.
 */
export const FAQ_PATH = {
  name: 'social-sciences',
  courses: ['14.310x', '18.6501x'],
  order: ['6.431x', '14.310x', '18.6501x', '6.86x'],
} as const satisfies { name: TrackName; courses: readonly TrackCourse[]; order: readonly CourseStep[] };

/** What a course number is for in the program. */
export type CourseRole =
  | 'course' // a course whose verified certificate counts
  | 'content' // 14.310x: free to enrol, its content course; does not count by itself
  | 'assessment' // 14.310Fx: the paid exam course that counts for step 2
  | 'capstone' // DS.CFx
  | 'legacy'; // an older course accepted as an equivalent under conditions

export interface CatalogCourse {
  /** The edX course number as edX spells it; what detectPage reports as `course`. */
  readonly number: string;
  /** Other spellings of the number accepted inside edX course keys (compared case-insensitively). */
  readonly keyNumbers: readonly string[];
  /** Regular-expression sources for numbered variants inside keys, e.g. `6.041x_3`; anchored by the matcher. */
  readonly keyNumberPatterns: readonly string[];
  readonly step: StepId;
  readonly role: CourseRole;
  /** i18n message key of the official title. */
  readonly titleMessage: string;
  /** Known www.edx.org marketing slugs (title slugs, possibly truncated by edX). */
  readonly slugs: readonly string[];
  /** US dollars to verify (0: free to enrol, counts for nothing alone). */
  readonly priceUsd: number;
  /** i18n message keys of the program's advice for this course, in display order. */
  readonly advice: readonly string[];
}

export interface ProgramStep {
  readonly step: StepId;
  /** The number that counts for this step (the one a learner must pass verified). */
  readonly counts: string;
  /** The number a learner usually opens for this step (differs only for 14.310x / 14.310Fx). */
  readonly primary: string;
}

export interface ConcurrencyRule {
  /** Steps that may run at the same time. */
  readonly steps: readonly [StepId, StepId];
  readonly source: string;
}

/** Credit a learner may declare for a step from an older course (LEGACY_CREDIT below). */
export const CREDIT_ROUTES = ['legacy-6041x', 'dedp-14310x'] as const;
export type CreditRoute = (typeof CREDIT_ROUTES)[number];

export interface LegacyCreditRule {
  readonly id: CreditRoute;
  /** The step the credit applies to: only that step's credit may be declared. */
  readonly step: StepId;
  /** The credit passes the step by itself (6.041x), or only spares the content course (DEDP's 14.310x). */
  readonly passesStep: boolean;
  readonly source: string;
}

export const PROGRAM = {
  org: 'MITx',
  /**
   * The org of the same courses on MITx Online (`course-v1:MITxT+6.431x+3T2026`). Source: MITx Online's course
   * ids (mitodl/mitxonline) and MIT's migration of the Fall 2026 SDS runs (docs/platforms.md).
   */
  mitxOnlineOrg: 'MITxT',
  /** www.edx.org program slug; edX redirects /micromasters/<slug> to /masters/micromasters/<slug>. */
  programSlug: 'mitx-statistics-and-data-science',
  /** The words the program dashboard shows; it is identified by content, its uuid is not known. */
  programTitleWords: ['statistics and data science'],
  /** www.edx.org org slug for MIT in /learn/<subject>/<org-slug>-<title-slug>. */
  orgSlug: 'massachusetts-institute-of-technology',
  verifyWindowDays: 28,
  courseWeeks: { min: 13, max: 16 },
  hoursPerWeek: { min: 12, max: 14 },
} as const;

export const COURSES: readonly CatalogCourse[] = [
  {
    number: '6.431x',
    keyNumbers: ['6.431x'],
    keyNumberPatterns: [],
    step: '6.431x',
    role: 'course',
    titleMessage: 'course_probability',
    slugs: ['probability-the-science-of-uncertainty-and-data'],
    priceUsd: 300,
    advice: ['advice_probability_foundations', 'advice_before_starting'],
  },
  {
    number: '14.310x',
    keyNumbers: ['14.310x'],
    keyNumberPatterns: [],
    step: '14.310x',
    role: 'content',
    titleMessage: 'course_data_analysis',
    slugs: ['data-analysis-for-social-scientists'],
    priceUsd: 0,
    advice: ['advice_data_analysis_assessment', 'advice_data_analysis_concurrent', 'advice_dedp_route'],
  },
  {
    number: '14.310Fx',
    keyNumbers: ['14.310Fx'],
    keyNumberPatterns: [],
    step: '14.310x',
    role: 'assessment',
    titleMessage: 'course_data_analysis_assessment',
    slugs: [],
    priceUsd: 300,
    advice: ['advice_data_analysis_assessment', 'advice_data_analysis_concurrent', 'advice_dedp_route'],
  },
  {
    number: '18.6501x',
    keyNumbers: ['18.6501x'],
    keyNumberPatterns: [],
    step: '18.6501x',
    role: 'course',
    titleMessage: 'course_statistics',
    slugs: ['fundamentals-of-statistics'],
    priceUsd: 300,
    advice: ['advice_statistics_r'],
  },
  {
    number: '6.86x',
    keyNumbers: ['6.86x'],
    keyNumberPatterns: [],
    step: '6.86x',
    role: 'course',
    titleMessage: 'course_machine_learning',
    slugs: [
      'machine-learning-with-python-from-linear-models-to',
      'machine-learning-with-python-from-linear-models-to-deep-learning',
    ],
    priceUsd: 300,
    advice: ['advice_machine_learning_python'],
  },
  {
    number: '6.419x',
    keyNumbers: ['6.419x'],
    keyNumberPatterns: [],
    step: '6.419x',
    role: 'course',
    titleMessage: 'course_statistical_modeling',
    slugs: ['data-analysis-statistical-modeling-and-computation-in-applications'],
    priceUsd: 300,
    advice: [],
  },
  {
    number: 'IDS.S24x',
    keyNumbers: ['IDS.S24x'],
    keyNumberPatterns: [],
    step: 'IDS.S24x',
    role: 'course',
    titleMessage: 'course_time_series',
    slugs: ['learning-time-series-with-interventions'],
    priceUsd: 300,
    advice: [],
  },
  {
    number: 'DS.CFx',
    // The FAQ writes "DS-CFX"; docs/platforms.md: accept both spellings, any case.
    keyNumbers: ['DS.CFx', 'DS-CFx'],
    keyNumberPatterns: [],
    step: 'DS.CFx',
    role: 'capstone',
    titleMessage: 'course_capstone',
    slugs: [],
    priceUsd: 300,
    advice: ['advice_capstone'],
  },
  {
    number: '6.041x',
    keyNumbers: ['6.041x'],
    // 6.041x_3, 6.041x_4, ...: later runs of the same course (docs/platforms.md).
    keyNumberPatterns: ['6\\.041x_\\d{1,2}'],
    step: '6.431x',
    role: 'legacy',
    titleMessage: 'course_probability_legacy',
    slugs: [],
    priceUsd: 0,
    advice: ['advice_legacy_6041x', 'advice_legacy_6041x_audit'],
  },
  {
    number: '6.041.1x',
    keyNumbers: ['6.041.1x'],
    keyNumberPatterns: [],
    step: '6.431x',
    role: 'legacy',
    titleMessage: 'course_probability_legacy_part1',
    slugs: [],
    priceUsd: 0,
    advice: ['advice_legacy_6041x_parts', 'advice_legacy_6041x_audit'],
  },
  {
    number: '6.041.2x',
    keyNumbers: ['6.041.2x'],
    keyNumberPatterns: [],
    step: '6.431x',
    role: 'legacy',
    titleMessage: 'course_probability_legacy_part2',
    slugs: [],
    priceUsd: 0,
    advice: ['advice_legacy_6041x_parts', 'advice_legacy_6041x_audit'],
  },
];

/**
 * Where each course's facts come from. Kept apart from COURSES so that bundles that only use the catalog
 * (the content script) leave the notes out; tests/unit/catalog.test.ts checks every course has one.
 */
export const COURSE_SOURCES: Readonly<Record<string, string>> = {
  program:
    'docs/program.md: four courses + proctored capstone, US $300 each (US $1,500), verify within the first four ' +
    'weeks (28 days), 13-16 weeks a course at 12-14 h/week, 12-18 months in all, passing usually 60%.',
  '6.431x': 'docs/program.md, courses table row 1; docs/platforms.md, URL shapes (slug).',
  '14.310x': 'docs/program.md, courses table row 2: content course free to enrol; what counts is 14.310Fx.',
  '14.310Fx': 'docs/program.md, courses table row 2; docs/platforms.md, course keys (14.310Fx, the assessment course).',
  '18.6501x': 'docs/program.md, courses table row 3: uses R, reviewed in the course.',
  '6.86x': 'docs/program.md, courses table row 4: Python proficiency expected, PyTorch needed.',
  '6.419x': 'docs/program.md, Tracks: a track course; US $300 like every course; docs/platforms.md (slug).',
  'IDS.S24x': 'docs/program.md, Tracks: a track course; US $300 like every course; docs/platforms.md (slug).',
  'DS.CFx': 'docs/program.md, courses table row 5: after passing all four; virtually proctored; 60% passes.',
  '6.041x': 'docs/program.md, credit carried over: verified 6.041x before September 2018 counts for 6.431x.',
  '6.041.1x': 'docs/program.md: the 2017 split of 6.041x; both parts must have been passed verified.',
  '6.041.2x': 'docs/platforms.md: Part 2 of the 2017 split, "presumably 6.041.2x".',
};

/**
 * Spellings a learner may type, by course: the FAQ's typos for 6.86x ("6.860x", "6.686x") and its "DS-CFX".
 * Used to read typed text only, never to match edX course keys (docs/program.md).
 */
export const TYPED_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '6.431x': ['6.431'],
  '14.310x': ['14.310'],
  '14.310Fx': ['14.310F'],
  '18.6501x': ['18.6501'],
  '6.86x': ['6.86', '6.860x', '6.686x'],
  '6.419x': ['6.419'],
  'IDS.S24x': ['IDS.S24', 'IDS-S24x'],
  'DS.CFx': ['DS-CFX', 'DSCFx'],
  '6.041x': ['6.041'],
  '6.041.1x': [],
  '6.041.2x': [],
};

export const STEPS: readonly ProgramStep[] = [
  { step: '6.431x', counts: '6.431x', primary: '6.431x' },
  { step: '14.310x', counts: '14.310Fx', primary: '14.310x' },
  { step: '18.6501x', counts: '18.6501x', primary: '18.6501x' },
  { step: '6.86x', counts: '6.86x', primary: '6.86x' },
  { step: '6.419x', counts: '6.419x', primary: '6.419x' },
  { step: 'IDS.S24x', counts: 'IDS.S24x', primary: 'IDS.S24x' },
  { step: 'DS.CFx', counts: 'DS.CFx', primary: 'DS.CFx' },
];

export const CONCURRENCY: readonly ConcurrencyRule[] = [
  { steps: ['14.310x', '18.6501x'], source: 'docs/program.md, concurrency rule: 14.310x alongside 18.6501x.' },
  { steps: ['14.310x', '6.86x'], source: 'docs/program.md, concurrency rule: 14.310x alongside 6.86x.' },
];

/** The one course the concurrency rule lets run alongside others (docs/program.md, concurrency rule). */
export const RUNS_ALONGSIDE = '14.310x' satisfies StepId;

export const LEGACY_CREDIT: readonly LegacyCreditRule[] = [
  {
    id: 'legacy-6041x',
    step: '6.431x',
    passesStep: true,
    source: 'docs/program.md, credit carried over: verified 6.041x before September 2018 (both 2017 parts).',
  },
  {
    id: 'dedp-14310x',
    step: '14.310x',
    passesStep: false,
    source: 'docs/program.md: DEDP verified 14.310x need not be retaken, but 14.310Fx must be paid and passed.',
  },
];

/** The credit rule of a route (every route has one). */
export function creditRule(route: CreditRoute): LegacyCreditRule {
  const rule = LEGACY_CREDIT.find((r) => r.id === route);
  if (!rule) throw new Error(`no credit rule ${route}`);
  return rule;
}

/** The credit route a learner may declare for a step, if any. */
export function creditRouteFor(step: StepId): LegacyCreditRule | undefined {
  return LEGACY_CREDIT.find((r) => r.step === step);
}

// ---------------------------------------------------------------------------------------------------------
// Look-ups. Numbers and orgs compare case-insensitively (docs/platforms.md, course keys).

const byKeyNumber = new Map<string, CatalogCourse>();
for (const course of COURSES) for (const n of course.keyNumbers) byKeyNumber.set(n.toLowerCase(), course);
const patterned = COURSES.flatMap((course) =>
  course.keyNumberPatterns.map((p) => ({ course, re: new RegExp(`^(?:${p})$`, 'i') })),
);

/** The platform a course key's org belongs to, for the SDS orgs; undefined for any other org. */
export function platformOfOrg(org: string): 'edx' | 'mitxonline' | undefined {
  const o = org.toLowerCase();
  return o === PROGRAM.org.toLowerCase() ? 'edx' : o === PROGRAM.mitxOnlineOrg.toLowerCase() ? 'mitxonline' : undefined;
}

/** The catalog entry for a number found in a course key of org `org` (MITx on edX, MITxT on MITx Online). */
export function courseForKey(org: string, number: string): CatalogCourse | undefined {
  if (!platformOfOrg(org)) return undefined;
  return byKeyNumber.get(number.toLowerCase()) ?? patterned.find((p) => p.re.test(number))?.course;
}

/** The catalog entry for an exact catalog number (as detectPage reports it). */
export function courseByNumber(number: string): CatalogCourse | undefined {
  return COURSES.find((c) => c.number === number);
}

/** Normalises a number the way www.edx.org run-specific slugs spell it: `6.431x` reads `6-431x`. */
export function slugifyNumber(number: string): string {
  return number.toLowerCase().replace(/[.+:]/g, '-');
}

/**
 * The catalog entry whose number appears, slugified, in a www.edx.org run-specific slug, with the edX number
 * as it would read in a key (`6-041x_4` gives 6.041x and `6.041x_4`).
 */
export function courseForSlugNumber(slugNumber: string): { course: CatalogCourse; keyNumber: string } | undefined {
  const wanted = slugNumber.toLowerCase();
  for (const course of COURSES) {
    const exact = course.keyNumbers.find((n) => slugifyNumber(n) === wanted);
    if (exact) return { course, keyNumber: exact };
    for (const p of course.keyNumberPatterns) {
      // A numbered variant: the slugified base number, then what the pattern adds (`_4`).
      const base = course.keyNumbers.find((n) => wanted.startsWith(slugifyNumber(n)));
      const keyNumber = base && base + wanted.slice(slugifyNumber(base).length);
      if (keyNumber && new RegExp(`^(?:${p})$`, 'i').test(keyNumber)) return { course, keyNumber };
    }
  }
  return undefined;
}

/**
 * The course a marketing title slug names. Exact match, or a truncation (edX cuts long slugs) that still
 * keeps at least four words, so a generic word ("statistics", "probability") never identifies a course.
 */
export function courseForTitleSlug(slug: string): CatalogCourse | undefined {
  const s = slug.toLowerCase();
  const words = s.split('-').filter(Boolean).length;
  return COURSES.find((c) => c.slugs.some((known) => known === s || (words >= 4 && known.startsWith(`${s}-`))));
}

/** The course a learner typed (`6.860x`, `ds-cfx`, `14.310` ...), aliases included; case-insensitive. */
export function courseForTypedNumber(text: string): CatalogCourse | undefined {
  const t = text.trim().toLowerCase();
  return COURSES.find((c) =>
    [c.number, ...c.keyNumbers, ...(TYPED_ALIASES[c.number] ?? [])].some((n) => n.toLowerCase() === t),
  );
}

export function stepOf(step: StepId): ProgramStep {
  const found = STEPS.find((s) => s.step === step);
  if (!found) throw new Error(`no step ${step}`);
  return found;
}

/** True when the program allows the two steps to run at the same time. */
export function mayRunTogether(a: StepId, b: StepId): boolean {
  return CONCURRENCY.some(({ steps: [x, y] }) => (x === a && y === b) || (x === b && y === a));
}
