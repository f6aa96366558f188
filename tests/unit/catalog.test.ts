import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import {
  COURSES,
  COURSE_SOURCES,
  CONCURRENCY,
  courseForKey,
  courseForTitleSlug,
  courseForTypedNumber,
  LEGACY_CREDIT,
  mayRunTogether,
  PROGRAM,
  COURSE_STEPS,
  courseByNumber,
  CORE_STEPS,
  FAQ_PATH,
  STEP_IDS,
  stepOf,
  STEPS,
  TRACK_COURSES,
  TRACK_NAMES,
  TRACK_RULES,
} from '../../lib/catalog';
import {
  CatalogCourseSchema,
  ConcurrencyRuleSchema,
  LegacyCreditRuleSchema,
  ProgramStepSchema,
} from '../../lib/catalog-schema';

describe('catalog', () => {
  it('has a source note for the program and every course', () => {
    expect(Object.keys(COURSE_SOURCES).sort()).toEqual(['program', ...COURSES.map((c) => c.number)].sort());
    // Each note cites a document inside the repository.
    for (const note of Object.values(COURSE_SOURCES)) expect(note).toMatch(/^docs\/(program|platforms)\.md/);
  });

  it('validates against its schema', () => {
    for (const c of COURSES) CatalogCourseSchema.parse(c);
    for (const s of STEPS) ProgramStepSchema.parse(s);
    for (const r of CONCURRENCY) ConcurrencyRuleSchema.parse(r);
    for (const r of LEGACY_CREDIT) LegacyCreditRuleSchema.parse(r);
  });

  it('has a step for each course that can count and the capstone, each counting through one catalog course', () => {
    expect(STEPS.map((s) => s.step)).toEqual([...STEP_IDS]);
    expect(STEPS.map((s) => s.counts)).toEqual([
      '6.431x',
      '14.310Fx',
      '18.6501x',
      '6.86x',
      '6.419x',
      'IDS.S24x',
      'DS.CFx',
    ]);
    for (const s of STEPS) {
      expect(COURSES.find((c) => c.number === s.counts)?.step).toBe(s.step);
      expect(COURSES.find((c) => c.number === s.primary)?.step).toBe(s.step);
      expect(s.primary).toBe(s.step);
    }
  });

  it('tracks: 6.431x and 6.86x core, two of four track courses, 14.310x in the Social Sciences tracks only', () => {
    expect([...CORE_STEPS, ...TRACK_COURSES].sort()).toEqual([...COURSE_STEPS].sort());
    expect(TRACK_NAMES).toEqual(['general', 'methods', 'social-sciences', 'time-series-social-sciences']);
    expect(TRACK_NAMES.filter((n) => TRACK_RULES[n].includes.includes('14.310x'))).toEqual([
      'social-sciences',
      'time-series-social-sciences',
    ]);
    expect(TRACK_NAMES.filter((n) => TRACK_RULES[n].excludes.includes('14.310x'))).toEqual(['general', 'methods']);
    // No other course is placed in or out of a track: which two complete each track is not published.
    for (const n of TRACK_NAMES)
      expect([...TRACK_RULES[n].includes, ...TRACK_RULES[n].excludes].filter((c) => c !== '14.310x')).toEqual([]);
    expect(FAQ_PATH).toEqual({
      name: 'social-sciences',
      courses: ['14.310x', '18.6501x'],
      order: ['6.431x', '14.310x', '18.6501x', '6.86x'],
    });
  });

  it('every track adds up to the program price: four courses and the capstone at US $300', () => {
    for (const [a, b] of [
      ['14.310x', '18.6501x'],
      ['18.6501x', '6.419x'],
      ['6.419x', 'IDS.S24x'],
      ['14.310x', 'IDS.S24x'],
    ] as const) {
      const paid = [...CORE_STEPS, a, b, 'DS.CFx' as const].map((s) => courseByNumber(stepOf(s).counts)?.priceUsd);
      expect(paid).toEqual([300, 300, 300, 300, 300]);
    }
    expect(PROGRAM.verifyWindowDays).toBe(28);
  });

  it('only 14.310x may run alongside 18.6501x or 6.86x', () => {
    const pairs: [string, string][] = [];
    for (const a of STEP_IDS)
      for (const b of STEP_IDS)
        if (STEP_IDS.indexOf(a) < STEP_IDS.indexOf(b) && mayRunTogether(a, b)) pairs.push([a, b]);
    expect(pairs).toEqual([
      ['14.310x', '18.6501x'],
      ['14.310x', '6.86x'],
    ]);
    expect(mayRunTogether('18.6501x', '14.310x')).toBe(true);
  });

  it('names only message keys that exist', () => {
    const keys = new Set(Object.keys(english));
    for (const c of COURSES) for (const k of [c.titleMessage, ...c.advice]) expect(keys.has(k), k).toBe(true);
  });

  it('legacy courses stand for 6.431x only', () => {
    const legacy = COURSES.filter((c) => c.role === 'legacy');
    expect(legacy.map((c) => c.number)).toEqual(['6.041x', '6.041.1x', '6.041.2x']);
    for (const c of legacy) expect(c.step).toBe('6.431x');
  });

  it.each([
    ['MITx', '6.431x', '6.431x'],
    ['mitx', 'ds-cfx', 'DS.CFx'],
    ['MITx', 'DS.CFX', 'DS.CFx'],
    ['MITx', '6.041x_3', '6.041x'],
    ['MITx', '14.310FX', '14.310Fx'],
  ])('key %s+%s is %s', (org, number, expected) => {
    expect(courseForKey(org, number)?.number).toBe(expected);
  });

  it.each([
    ['HarvardX', '6.431x'],
    ['MITx', '6.860x'],
    ['MITx', '6.686x'],
    ['MITx', '6.041x_'],
    ['MITx', '6.041x_abc'],
  ])('key %s+%s is not SDS', (org, number) => expect(courseForKey(org, number)).toBeUndefined());

  it('typed aliases (FAQ typos) resolve only where a learner typed them', () => {
    expect(courseForTypedNumber(' 6.860x ')?.number).toBe('6.86x');
    expect(courseForTypedNumber('6.686X')?.number).toBe('6.86x');
    expect(courseForTypedNumber('DS-CFX')?.number).toBe('DS.CFx');
    expect(courseForTypedNumber('6.00.1x')).toBeUndefined();
  });

  it('never lets a generic word identify a course', () => {
    for (const word of ['probability', 'statistics', 'data', 'machine-learning', 'fundamentals-of'])
      expect(courseForTitleSlug(word)).toBeUndefined();
    expect(courseForTitleSlug('machine-learning-with-python')?.number).toBe('6.86x');
  });
});

describe("credit routes follow the catalog's rule", () => {
  it.each([
    ['legacy-6041x', '6.431x', 'passed'],
    ['dedp-14310x', '14.310x', 'planned'],
  ] as const)('%s: declared on step %s only; the step is then %s', async (route, step, status) => {
    const { applyCommand, CommandError } = await import('../../lib/commands');
    const { defaultProgress, defaultSettings } = await import('../../lib/state/schema');
    const { programStandings } = await import('../../lib/status');
    const { creditRule, creditRouteFor } = await import('../../lib/catalog');
    expect([creditRule(route).step, creditRouteFor(step)?.id]).toEqual([step, route]);
    const state = { progress: defaultProgress('2026-12-01T00:00:00.000Z'), settings: defaultSettings() };
    for (const other of STEP_IDS) {
      if (other === step) continue;
      expect(() => applyCommand(state, { type: 'setCredit', step: other, route }, '2026-12-01T00:00:00.000Z')).toThrow(
        CommandError,
      );
    }
    const { progress } = applyCommand(state, { type: 'setCredit', step, route }, '2026-12-01T00:00:00.000Z');
    expect(
      programStandings(progress!, state.settings, Date.parse('2026-12-01T00:00:00Z'), 'UTC').find(
        (s) => s.step === step,
      )?.status,
    ).toBe(status);
  });

  it('STEPS describes each of STEP_IDS once, in order; COURSE_STEPS are all steps but the capstone', () => {
    expect(STEPS.map((s) => s.step)).toEqual([...STEP_IDS]);
    expect(STEP_IDS.filter((n) => courseByNumber(stepOf(n).counts)?.role !== 'capstone')).toEqual([...COURSE_STEPS]);
  });

  it('every field of the catalog is read somewhere outside it: a fact nobody reads is removed, not kept', () => {
    const root = resolve(__dirname, '../..');
    const files = ['lib', 'components', 'entrypoints'].flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.tsx?$/.test(f) && !/catalog(-schema)?\.ts$/.test(f))
        .map((f) => readFileSync(join(root, dir, f), 'utf8')),
    );
    const read = (field: string) =>
      files.some((text) => new RegExp(`\\.${field}\\b|\\b${field}:|\\{[^}]*\\b${field}\\b[^}]*\\}\\s*=`).test(text));
    const fields = [
      ...Object.keys(PROGRAM),
      ...new Set(COURSES.flatMap((c) => Object.keys(c))),
      ...Object.keys(STEPS[0] ?? {}),
      ...Object.keys(LEGACY_CREDIT[0] ?? {}),
      ...Object.keys(CONCURRENCY[0] ?? {}),
    ];
    // Read by the catalog's own look-ups (courseForKey, courseForSlugNumber, courseForTitleSlug, mayRunTogether,
    // creditRule); the source notes are read by the tests above.
    const lookUps = new Set(['keyNumbers', 'keyNumberPatterns', 'slugs', 'mitxOnlineOrg', 'source', 'steps', 'id']);
    expect(fields.filter((f) => !lookUps.has(f) && !read(f))).toEqual([]);
  });
});
