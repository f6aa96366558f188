/**
 * One identity per run, for its whole life: made once, kept through edits, repairs, readings of the platform
 * and marks; a run typed in and the same run read later become one; old ids migrate with their reminders.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCommand, type StateCommand } from '../../lib/commands';
import { applyEdxFacts } from '../../lib/edx-apply';
import { PROGRESS_MIGRATIONS } from '../../lib/state/migrations';
import { repairProgress } from '../../lib/state/repair';
import { makeRunId } from '../../lib/state/run-id';
import { defaultProgress, defaultSettings, RunSchema, type Progress } from '../../lib/state/schema';
import { programStandings } from '../../lib/status';

const frozen = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(resolve(__dirname, `../fixtures/state/${name}`), 'utf8'));
const KEY = 'course-v1:MITx+6.431x+3T2026';
const T0 = '2026-11-30T12:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
const settings = defaultSettings();

function apply(progress: Progress, command: StateCommand, now: string): Progress {
  return applyCommand({ progress, settings }, command, now).progress ?? progress;
}
const runsOf = (p: Progress, course = '6.431x') =>
  Object.values(p.steps).flatMap((s) => s.runs.filter((r) => r.course === course));

/** The learner sets up in the popup: 6.431x, started 21 November. */
function typedIn(): Progress {
  return apply(
    defaultProgress(T0),
    { type: 'finishSetup', passed: [], credits: [], current: { course: '6.431x', start: '2026-11-21' } },
    T0,
  );
}

describe('makeRunId', () => {
  it.each([
    ['6.431x', '2026-11-30T12:00:00.000Z', [], '6.431x~20261130T120000000Z'],
    ['14.310Fx', '2027-01-02T03:04:05.678Z', [], '14.310Fx~20270102T030405678Z'],
    ['6.86x', '2026-11-30T12:00:00.000Z', ['6.86x~20261130T120000000Z'], '6.86x~20261130T120000000Z~2'],
    [
      '6.86x',
      '2026-11-30T12:00:00.000Z',
      ['6.86x~20261130T120000000Z', '6.86x~20261130T120000000Z~2'],
      '6.86x~20261130T120000000Z~3',
    ],
  ])('%s at %s (taken %j) is %s', (course, added, taken, expected) => {
    const id = makeRunId(course, added, (c) => taken.includes(c));
    expect(id).toBe(expected);
    expect(RunSchema.shape.id.safeParse(id).success).toBe(true);
  });
});

describe('migration to version 2', () => {
  it('renames the ids version 1 refused, and keeps every delivered reminder delivered under the new id', () => {
    expect({ ...PROGRESS_MIGRATIONS[2]!(frozen('progress.v1.typed-ids.json')), version: 2 }).toEqual(
      frozen('progress.v2.typed-ids.json'),
    );
  });

  it('the migrated example is sound as it stands: repair only migrates it on to the current version', () => {
    const v2 = frozen('progress.v2.typed-ids.json');
    const current = { ...PROGRESS_MIGRATIONS[3]!(v2), version: 3 };
    expect(repairProgress(v2, T0)).toEqual({ value: current, problems: [] });
    expect(repairProgress(frozen('progress.v1.typed-ids.json'), T0).value).toEqual(current);
  });
});

describe('repair names a run once', () => {
  it('a run with a broken id gets the id a new run would get, and a second repair agrees', () => {
    const raw = frozen('progress.v2.typed-ids.json') as { steps: Record<string, { runs: Record<string, unknown>[] }> };
    raw.steps['1']!.runs[0]!.id = 'not a valid id!';
    const once = repairProgress(raw, '2027-01-01T00:00:00.000Z');
    expect(once.value.steps['6.431x'].runs[0]?.id).toBe('6.431x~20261130T120000000Z');
    expect(once.problems).toEqual(['progress.steps.6.431x.runs[0].id: invalid, renamed']);
    expect(repairProgress(once.value, '2028-01-01T00:00:00.000Z')).toEqual({ value: once.value, problems: [] });
  });
});

describe('a run keeps its id through its whole life', () => {
  it('setup, edits, a platform reading, marks and a repair: one run, one id, both start dates', () => {
    let p = typedIn();
    const [first] = runsOf(p);
    const id = first!.id;
    expect(id).toBe('6.431x~20261130T120000000Z');
    p = apply(p, { type: 'setFact', runId: id, name: 'end', value: '2027-03-01' }, at(1));
    p = applyEdxFacts(p, KEY, { mode: 'audit', start: '2026-11-10T15:00:00Z' }, at(2)) ?? p;
    p = apply(p, { type: 'mark', course: '6.431x', runKey: KEY, mark: 'verified' }, at(3));
    p = repairProgress(JSON.parse(JSON.stringify(p)), at(4)).value;
    const runs = runsOf(p);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ id, runKey: KEY });
    expect(runs[0]?.facts.start).toEqual({
      learner: { value: '2026-11-21', at: T0 },
      edx: { value: '2026-11-10T15:00:00Z', at: at(2) },
    });
  });

  it('a platform run far from the typed start is another run, with an id of its own', () => {
    const p = applyEdxFacts(typedIn(), KEY, { mode: 'audit', start: '2027-05-10T15:00:00Z' }, at(5))!;
    const runs = runsOf(p);
    expect(runs.map((r) => [r.id, r.runKey])).toEqual([
      ['6.431x~20261130T120000000Z', undefined],
      ['6.431x~20261130T120500000Z', KEY],
    ]);
  });

  it('setup after a run was entered on the options page uses that run', () => {
    let p = apply(defaultProgress(T0), { type: 'addRun', course: '6.431x', start: '2026-11-21' }, T0);
    p = apply(
      p,
      { type: 'finishSetup', passed: [], credits: [], current: { course: '6.431x', start: '2026-11-22' } },
      at(1),
    );
    expect(runsOf(p)).toMatchObject([
      { id: '6.431x~20261130T120000000Z', facts: { start: { learner: { value: '2026-11-22' } } } },
    ]);
  });
});

/**
 * The hint's marks on a course page with a run key, whatever the platform said before: sync off (nothing
 * read), 401 (nothing read, the last good data kept) or readable (edX's facts stored).
 */
describe.each([
  ['sync off', (p: Progress) => p],
  ['401', (p: Progress) => p],
  [
    'readable',
    (p: Progress) =>
      applyEdxFacts(
        p,
        KEY,
        { mode: 'audit', start: '2026-11-10T15:00:00Z', upgradeDeadline: '2026-12-22T23:59:00Z' },
        at(1),
      ) ?? p,
  ],
])('marks with the platform %s', (_, platform) => {
  it.each(['enrolled', 'verified', 'passed'] as const)(
    '"%s" marks the learner\'s run and keeps its deadline',
    (mark) => {
      const before = platform(typedIn());
      const after = apply(before, { type: 'mark', course: '6.431x', runKey: KEY, mark }, at(2));
      const runs = runsOf(after);
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ id: '6.431x~20261130T120000000Z', runKey: KEY });
      expect(runs[0]?.facts.start?.learner?.value).toBe('2026-11-21');
      const step = programStandings(after, settings, Date.parse(at(3)), 'UTC')[0]!;
      expect(step.current?.deadlines.programTarget?.date).toBe('2026-12-19');
      expect(step.status).toBe(
        mark === 'enrolled' ? 'audit-can-upgrade' : mark === 'verified' ? 'verified-in-progress' : 'passed',
      );
    },
  );
});

describe('marks create a run only when none matches', () => {
  it("no run of the course: one run with the page's key", () => {
    const p = apply(defaultProgress(T0), { type: 'mark', course: '6.431x', runKey: KEY, mark: 'enrolled' }, T0);
    expect(runsOf(p)).toMatchObject([{ id: '6.431x~20261130T120000000Z', runKey: KEY }]);
  });

  it("the learner's only run is over (they said so): a new attempt gets a run of its own", () => {
    let p = apply(typedIn(), { type: 'markRun', runId: '6.431x~20261130T120000000Z', mark: 'not-passed' }, at(1));
    p = apply(p, { type: 'mark', course: '6.431x', runKey: KEY, mark: 'enrolled' }, at(2));
    expect(runsOf(p).map((r) => r.runKey)).toEqual([undefined, KEY]);
  });
});

describe('one course, two platforms', () => {
  const EDX_2025 = 'course-v1:MITx+6.431x+2T2025';
  const MITX_2026 = 'course-v1:MITxT+6.431x+3T2026';

  it('an edX run and a MITx Online run of 6.431x sit side by side in step 1, each knowing its platform', () => {
    let p = applyEdxFacts(
      defaultProgress(T0),
      EDX_2025,
      { mode: 'verified', start: '2025-05-13T15:00:00Z', end: '2025-08-26T23:30:00Z', passing: false },
      T0,
    )!;
    p = applyEdxFacts(
      p,
      MITX_2026,
      { mode: 'audit', start: '2026-11-10T15:00:00Z', upgradeDeadline: '2026-12-22T23:59:00Z', price: 300 },
      at(1),
    )!;
    const step = programStandings(p, settings, Date.parse(at(2)), 'UTC')[0]!;
    expect(step.runs.map((r) => [r.view.runKey, r.view.platform, r.status])).toEqual([
      [EDX_2025, 'edx', 'not-passed'],
      [MITX_2026, 'mitxonline', 'audit-can-upgrade'],
    ]);
    expect(step.current?.deadlines.edxUpgrade).toMatchObject({ platform: 'mitxonline', date: '2026-12-22' });
  });

  it('an older edX certificate still counts for the step, whatever runs follow on MITx Online', () => {
    let p = applyEdxFacts(
      defaultProgress(T0),
      EDX_2025,
      { mode: 'verified', certificate: 'downloadable', start: '2025-05-13T15:00:00Z' },
      T0,
    )!;
    p = applyEdxFacts(p, MITX_2026, { mode: 'audit', start: '2026-11-10T15:00:00Z' }, at(1))!;
    const step = programStandings(p, settings, Date.parse(at(2)), 'UTC')[0]!;
    expect([step.status, step.current?.view.runKey]).toEqual(['passed', EDX_2025]);
  });
});

describe('a run recorded on an MIT Learn page', () => {
  it('keeps MITx Online as its platform until its run key decides, through a repair', () => {
    const p = apply(
      defaultProgress(T0),
      { type: 'mark', course: '6.431x', platform: 'mitxonline', mark: 'enrolled' },
      T0,
    );
    const [recorded] = runsOf(p);
    expect(recorded).toMatchObject({ id: '6.431x~20261130T120000000Z', platform: 'mitxonline' });
    const repaired = repairProgress(JSON.parse(JSON.stringify(p)), at(1));
    expect(repaired).toEqual({ value: p, problems: [] });
    expect(programStandings(p, settings, Date.parse(at(1)), 'UTC')[0]?.current?.view.platform).toBe('mitxonline');
    // The key learned later decides: an edX run key makes it an edX run.
    const keyed = apply(p, { type: 'mark', course: '6.431x', runKey: KEY, mark: 'enrolled' }, at(2));
    expect(programStandings(keyed, settings, Date.parse(at(3)), 'UTC')[0]?.current?.view.platform).toBe('edx');
  });
});
