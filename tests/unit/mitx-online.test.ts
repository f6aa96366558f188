/**
 * MITx Online: its list of enrolments read for one run (table tests on shapes from mitodl/mitxonline's
 * serializers), and a MITx Online run read from the background: MIT's course app and the list, GET only,
 * with the learner's cookies, and failures that keep the last good data.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Fetcher } from '../../lib/edx-api';
import { syncRun } from '../../lib/edx-sync';
import { parseMitxEnrollments } from '../../lib/mitx-online-parse';
import { defaultSettings, type Progress } from '../../lib/state/schema';
import { progressItem, settingsItem, syncLogItem } from '../../lib/storage';
import { installFakeAction } from '../support/fake-action';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(resolve(__dirname, `../fixtures/mitx-online/${name}.json`), 'utf8'));
const KEY = 'course-v1:MITxT+6.431x+3T2026';

describe('parseMitxEnrollments', () => {
  it.each([
    [
      'audit, before the payment deadline',
      'enrollments.audit',
      KEY,
      {
        mode: 'audit',
        start: '2026-11-10T15:00:00Z',
        end: '2027-03-02T23:30:00Z',
        upgradeDeadline: '2026-12-22T23:59:00Z',
        price: 300,
      },
    ],
    [
      'verified, with a grade, no longer upgradable (no price)',
      'enrollments.verified',
      KEY,
      {
        mode: 'verified',
        start: '2026-11-10T15:00:00Z',
        end: '2027-03-02T23:30:00Z',
        upgradeDeadline: '2026-12-22T23:59:00Z',
        grade: 0.72,
        passing: false,
      },
    ],
    [
      'passed with a certificate, no payment deadline set',
      'enrollments.verified',
      'course-v1:MITxT+14.310Fx+2T2025',
      {
        mode: 'verified',
        start: '2025-06-10T15:00:00Z',
        end: '2025-09-02T23:30:00Z',
        grade: 0.81,
        passing: true,
        certificate: 'downloadable',
      },
    ],
    [
      'another run of the learner: not enrolled in this one',
      'enrollments.audit',
      'course-v1:MITxT+6.431x+1T2027',
      { mode: 'none' },
    ],
    [
      'run keys compare without case',
      'enrollments.audit',
      'course-v1:mitxt+6.431X+3t2026',
      {
        mode: 'audit',
        start: '2026-11-10T15:00:00Z',
        end: '2027-03-02T23:30:00Z',
        upgradeDeadline: '2026-12-22T23:59:00Z',
        price: 300,
      },
    ],
  ])('%s', (_, name, runKey, expected) => {
    const { facts, problems, understood } = parseMitxEnrollments(fixture(name), runKey);
    expect(facts).toMatchObject(expected);
    expect(Object.keys(facts).sort()).toEqual(Object.keys(expected).sort());
    expect([problems, understood]).toEqual([[], true]);
  });

  it('a DRF page ({results}) reads as the bare list does', () => {
    expect(
      parseMitxEnrollments({ count: 2, next: null, previous: null, results: fixture('enrollments.audit') }, KEY).facts
        .mode,
    ).toBe('audit');
  });

  it.each([
    ['an object', { detail: 'Authentication credentials were not provided.' }],
    ['a string', 'hello'],
    ['null', null],
  ])('not a list (%s): understood false, nothing read', (_, body) => {
    expect(parseMitxEnrollments(body, KEY)).toEqual({
      facts: {},
      problems: ['enrollments: not a list'],
      understood: false,
    });
  });

  it('odd fields are named and skipped; the rest of the item is kept', () => {
    const list = fixture('enrollments.audit') as {
      run: Record<string, unknown>;
      grades: unknown[];
      enrollment_mode: unknown;
    }[];
    list[0]!.run.upgrade_deadline = 12;
    list[0]!.run.upgrade_product_price = 'free';
    list[0]!.grades = [{ grade: 7, passed: 'yes' }];
    const { facts, problems } = parseMitxEnrollments(list, KEY);
    expect(facts).toEqual({ mode: 'audit', start: '2026-11-10T15:00:00Z', end: '2027-03-02T23:30:00Z' });
    expect(problems).toHaveLength(4);
  });
});

describe('syncRun for a MITx Online run', () => {
  beforeEach(async () => {
    installFakeAction();
    await settingsItem.setValue(defaultSettings());
  });

  function platform(enrollments: [number, string], programs?: [number, string]) {
    const calls: { url: string; method: string; credentials: string }[] = [];
    const fetcher: Fetcher = async (url, init) => {
      calls.push({ url, method: init.method ?? 'GET', credentials: String(init.credentials) });
      if (url === 'https://mitxonline.mit.edu/api/v3/enrollments/')
        return new Response(enrollments[1], { status: enrollments[0] });
      if (url === 'https://mitxonline.mit.edu/api/v2/program_enrollments/' && programs)
        return new Response(programs[1], { status: programs[0] });
      return new Response('{"detail":"Not found."}', { status: 404 });
    };
    return { fetcher, calls };
  }

  it("reads MIT's course app and MITx Online's enrolments, GET only, and stores the payment deadline and price", async () => {
    const { fetcher, calls } = platform([200, JSON.stringify(fixture('enrollments.audit'))]);
    expect(await syncRun(KEY, { fetcher, force: true })).toBe('ok');
    expect(new Set(calls.map((c) => new URL(c.url).origin))).toEqual(
      new Set(['https://courses.learn.mit.edu', 'https://mitxonline.mit.edu']),
    );
    expect(calls.every((c) => c.method === 'GET' && c.credentials === 'include')).toBe(true);
    const run = ((await progressItem.getValue()) as Progress).steps['6.431x'].runs[0];
    expect(run).toMatchObject({
      course: '6.431x',
      runKey: KEY,
      facts: {
        upgradeDeadline: { edx: { value: '2026-12-22T23:59:00Z' } },
        price: { edx: { value: 300 } },
        mode: { edx: { value: 'audit' } },
      },
    });
  });

  it.each([
    ['signed out (401)', [401, '{"detail":"Authentication credentials were not provided."}'], 'signed-out'],
    ['throttled (429)', [429, '{}'], 'throttled'],
    ['a server error', [502, '<html>Bad gateway</html>'], 'server-error'],
    ['a malformed body', [200, '{"results": '], 'invalid-json'],
    ['a body of the wrong shape', [200, '{"detail": "oops"}'], 'invalid-json'],
  ] as const)('%s: the last good data is kept and the outcome recorded', async (_, answer, outcome) => {
    await syncRun(KEY, { fetcher: platform([200, JSON.stringify(fixture('enrollments.audit'))]).fetcher, force: true });
    const before = await progressItem.getValue();
    expect(await syncRun(KEY, { fetcher: platform([...answer]).fetcher, force: true })).toBe(outcome);
    expect(await progressItem.getValue()).toEqual(before);
    expect((await syncLogItem.getValue())[KEY]).toMatchObject({ outcome });
  });

  it("the program enrolments' settled track is stored as a suggestion; the learner's track is untouched", async () => {
    const settled = readFileSync(
      resolve(__dirname, '../fixtures/mitx-online/program-enrollments.settled.json'),
      'utf8',
    );
    const { fetcher, calls } = platform([200, JSON.stringify(fixture('enrollments.audit'))], [200, settled]);
    expect(await syncRun(KEY, { fetcher, force: true })).toBe('ok');
    expect(calls.map((c) => c.url)).toContain('https://mitxonline.mit.edu/api/v2/program_enrollments/');
    const stored = (await progressItem.getValue()) as Progress;
    expect(stored.trackSuggestion).toMatchObject({ courses: ['18.6501x', '6.419x'], name: 'general' });
    expect(stored.track).toMatchObject({ name: 'social-sciences', by: 'default' });
  });

  it.each([
    ['a server error', [500, '<html>oops</html>']],
    ['a malformed body', [200, '[{"program": ']],
  ] as const)(
    'program enrolments answering with %s: the run is read all the same, no suggestion',
    async (_, answer) => {
      const { fetcher } = platform([200, JSON.stringify(fixture('enrollments.audit'))], [...answer]);
      expect(await syncRun(KEY, { fetcher, force: true })).toBe('ok');
      const stored = (await progressItem.getValue()) as Progress;
      expect(stored.trackSuggestion).toBeUndefined();
      expect(stored.steps['6.431x'].runs[0]?.facts.upgradeDeadline?.edx?.value).toBe('2026-12-22T23:59:00Z');
    },
  );
});
