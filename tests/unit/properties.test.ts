/**
 * Property-based tests (fast-check): URL detection, state repair, the backup importer and the edX parser,
 * each on generated input, with the number of generated cases printed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBackup } from '../../lib/backup';
import { COURSES, STEP_IDS } from '../../lib/catalog';
import { detectPage } from '../../lib/detect';
import { parseEdx } from '../../lib/edx-parse';
import { repairProgress, repairSettings } from '../../lib/state/repair';
import { defaultProgress, defaultSettings, ProgressSchema, SettingsSchema } from '../../lib/state/schema';

const NOW = '2026-11-22T12:00:00.000Z';
const counts: Record<string, number> = {};
function check<T>(name: string, arb: fc.Arbitrary<T>, predicate: (v: T) => void, numRuns: number): void {
  let n = 0;
  fc.assert(
    fc.property(arb, (v) => {
      n++;
      predicate(v);
    }),
    { numRuns },
  );
  counts[name] = n;
  console.log(`property "${name}": ${n} generated cases`);
}

const SDS_NUMBERS = COURSES.flatMap((c) => c.keyNumbers.map((k) => ({ key: k, number: c.number, step: c.step })));
const sdsNumber = fc.constantFrom(...SDS_NUMBERS);
const anyCase = (s: string) =>
  fc
    .array(fc.boolean(), { minLength: s.length, maxLength: s.length })
    .map((flags) => [...s].map((ch, i) => (flags[i] ? ch.toUpperCase() : ch.toLowerCase())).join(''));
const run = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 2014, max: 2030 }), fc.constantFrom('', 'a', 'b'))
  .map(([t, y, s]) => `${t}T${y}${s}`);
const suffix = fc.constantFrom('', '?x=1', '#top', '?utm_source=mail&b=2#f');

/** Every learning.edx.org and courses.edx.org route form for a course key. */
const sdsRouteUrl = fc
  .record({
    n: sdsNumber,
    org: anyCase('MITx'),
    run,
    encode: fc.boolean(),
    route: fc.integer({ min: 0, max: 9 }),
    suffix,
    slash: fc.boolean(),
  })
  .map(({ n, org, run: r, encode, route, suffix: q, slash }) => {
    const key = `course-v1:${org}+${n.key}+${r}`;
    const k = encode ? encodeURIComponent(key) : key;
    const block = `block-v1:${org}+${n.key}+${r}+type@sequential+block@s1`;
    const tail = slash ? '/' : '';
    const paths = [
      `https://learning.edx.org/course/${k}/home${tail}`,
      `https://learning.edx.org/course/${k}/dates${tail}`,
      `https://learning.edx.org/course/${k}/progress${tail}`,
      `https://learning.edx.org/course/${k}/course-end${tail}`,
      `https://learning.edx.org/course/${k}${tail}`,
      `https://learning.edx.org/course/${k}/${block}${tail}`,
      `https://learning.edx.org/preview/course/${k}/home${tail}`,
      `https://courses.edx.org/courses/${k}/course/`,
      `https://courses.edx.org/courses/${k}/progress`,
      `https://courses.edx.org/courses/${org}/${n.key}/${r}/courseware`,
    ];
    return { url: `${paths[route]}${q}`, number: n.number, step: n.step };
  });

describe('detectPage', () => {
  it('never throws on arbitrary strings and URL-like junk', () => {
    const junk = fc.oneof(
      fc.string(),
      fc.webUrl(),
      fc.webUrl({ withFragments: true, withQueryParameters: true }),
      fc.string().map((s) => `https://learning.edx.org/${s}`),
      fc.string().map((s) => `https://learning.edx.org/course/${s}/home`),
    );
    check(
      'detectPage never throws',
      junk,
      (u) => {
        expect(() => detectPage(u)).not.toThrow();
      },
      4000,
    );
  });

  it('every SDS key in every route form matches, with its course and step', () => {
    check(
      'every SDS route matches',
      sdsRouteUrl,
      ({ url, number, step }) => {
        const found = detectPage(url);
        expect(found, url).toMatchObject({ course: number, step });
      },
      3000,
    );
  });

  it('lookalike hosts never match', () => {
    const lookalike = fc
      .record({
        route: sdsRouteUrl,
        trick: fc.constantFrom(
          'learning.edx.org.example.com',
          'learning-edx.org',
          'edx.org.evil.test',
          'xlearning.edx.org',
          'learning.edx.org.',
          'courses.edx.org.attacker.io',
          'myedx.org',
          'learning.edx.co',
        ),
      })
      .map(({ route, trick }) => route.url.replace(/^https:\/\/[^/]+/, `https://${trick}`));
    check(
      'lookalike hosts never match',
      lookalike,
      (u) => {
        expect(detectPage(u), u).toBeNull();
      },
      1500,
    );
  });

  it('non-SDS keys never match (other numbers, other orgs)', () => {
    const known = new Set(SDS_NUMBERS.map((n) => n.key.toLowerCase()));
    const number = fc
      .stringMatching(/^[0-9A-Za-z]{1,3}\.[0-9A-Za-z]{1,5}x?$/)
      .filter((n) => !known.has(n.toLowerCase()) && !/^6\.041x_\d+$/i.test(n));
    const otherOrg = fc.constantFrom('HarvardX', 'MITxPRO', 'edX', 'MIT', 'MITx1');
    const urls = fc.oneof(
      fc.tuple(number, run).map(([n, r]) => `https://learning.edx.org/course/course-v1:MITx+${n}+${r}/home`),
      fc
        .tuple(otherOrg, sdsNumber, run)
        .map(([o, n, r]) => `https://learning.edx.org/course/course-v1:${o}+${n.key}+${r}/home`),
    );
    check(
      'non-SDS keys never match',
      urls,
      (u) => {
        expect(detectPage(u), u).toBeNull();
      },
      1500,
    );
  });

  it('counts at least 10,000 generated URLs in all', () => {
    const total = [
      'detectPage never throws',
      'every SDS route matches',
      'lookalike hosts never match',
      'non-SDS keys never match',
    ].reduce((n, k) => n + (counts[k] ?? 0), 0);
    console.log(`detectPage: ${total} generated URLs`);
    expect(total).toBeGreaterThanOrEqual(10_000);
  });
});

describe('state repair', () => {
  it('always returns a valid state, whatever it is given', () => {
    check(
      'repair returns a valid state',
      fc.anything({ maxDepth: 5 }),
      (raw) => {
        expect(ProgressSchema.safeParse(repairProgress(raw, NOW).value).success).toBe(true);
        expect(SettingsSchema.safeParse(repairSettings(raw).value).success).toBe(true);
      },
      1000,
    );
  });

  it('keeps every valid field when others are corrupted', () => {
    const validRun = fc.record({
      id: fc.stringMatching(/^[A-Za-z0-9]{1,12}$/),
      start: fc
        .date({ min: new Date('2015-01-01'), max: new Date('2035-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      grade: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    const junk = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.integer()), fc.object());
    check(
      'repair keeps valid fields',
      fc.tuple(validRun, junk, junk, fc.constantFrom(...STEP_IDS)),
      ([r, badMode, badStep, stepKey]) => {
        const progress = defaultProgress(NOW) as unknown as { steps: Record<string, unknown> };
        progress.steps['18.6501x'] = {
          runs: [
            {
              id: r.id,
              course: '18.6501x',
              facts: {
                start: { learner: { value: r.start, at: NOW } },
                grade: { edx: { value: r.grade, at: NOW } },
                mode: { learner: { value: badMode, at: NOW } },
              },
              addedAt: NOW,
            },
          ],
        };
        if (stepKey !== '18.6501x') progress.steps[stepKey] = badStep;
        const { value } = repairProgress(progress, NOW);
        const kept = value.steps['18.6501x'].runs[0];
        expect(kept?.id).toBe(r.id);
        expect(kept?.facts.start?.learner?.value).toBe(r.start);
        expect(kept?.facts.grade?.edx?.value).toBe(r.grade);
      },
      1000,
    );
  });

  it('settings: every valid field survives a corrupt neighbour', () => {
    check(
      'settings keep valid fields',
      fc.tuple(fc.integer({ min: 0, max: 23 }), fc.anything()),
      ([hour, junk]) => {
        const s = { ...defaultSettings(), reminders: { ...defaultSettings().reminders, hour }, quietHours: junk };
        const { value } = repairSettings(s);
        expect(value.reminders.hour).toBe(hour);
        expect(SettingsSchema.safeParse(value).success).toBe(true);
      },
      500,
    );
  });
});

describe('backup importer', () => {
  it('any file that is not a sound backup gets a clear error and no data', () => {
    const files = fc.oneof(
      fc.string(),
      fc.json(),
      fc
        .anything()
        .map(
          (v) =>
            JSON.stringify({ format: 'micromasters-companion-backup', version: 1, progress: v, settings: v }) ?? '',
        ),
      fc.anything().map(
        (v) =>
          JSON.stringify({
            format: 'micromasters-companion-backup',
            version: 1,
            progress: defaultProgress(NOW),
            settings: v,
          }) ?? '',
      ),
    );
    check(
      'backup importer refuses junk clearly',
      files,
      (text) => {
        const result = readBackup(text);
        if (result.ok) {
          // Only a genuinely valid backup may pass, and then it is valid.
          expect(
            ProgressSchema.safeParse(result.progress).success && SettingsSchema.safeParse(result.settings).success,
          ).toBe(true);
        } else {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(e).toMatch(/^[A-Z].{5,}/);
          expect(result).not.toHaveProperty('progress');
        }
      },
      1000,
    );
  });
});

describe('edX parser', () => {
  it('never throws, and what it keeps has the right types', () => {
    const body = fc.oneof(
      fc.anything({ maxDepth: 4 }),
      fc.json().map((j) => JSON.parse(j) as unknown),
    );
    check(
      'edX parser on generated JSON',
      fc.record({ metadata: body, courseware: body, dates: body, progress: body }),
      (r) => {
        const { facts } = parseEdx(r);
        if (facts.grade !== undefined) expect(facts.grade).toBeGreaterThanOrEqual(0);
        if (facts.mode !== undefined) expect(['none', 'audit', 'verified']).toContain(facts.mode);
        if (facts.upgradeUrl !== undefined) expect(facts.upgradeUrl).toMatch(/^https:\/\/([a-z0-9-]+\.)*edx\.org/);
        for (const d of [facts.start, facts.end, facts.upgradeDeadline, facts.verificationDeadline])
          if (d !== undefined) expect(Number.isNaN(Date.parse(d))).toBe(false);
      },
      1000,
    );
  });
});
