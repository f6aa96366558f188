import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateProgress, migrateSettings, PROGRESS_MIGRATIONS, SETTINGS_MIGRATIONS } from '../../lib/state/migrations';
import { repairProgress, repairSettings } from '../../lib/state/repair';
import {
  defaultProgress,
  defaultSettings,
  PROGRESS_VERSION,
  ProgressSchema,
  SETTINGS_VERSION,
  SettingsSchema,
} from '../../lib/state/schema';

const FIXTURES = resolve(__dirname, '../fixtures/state');
const frozen = (name: string): Record<string, unknown> => JSON.parse(readFileSync(resolve(FIXTURES, name), 'utf8'));
const NOW = '2026-01-01T00:00:00.000Z';

describe('frozen examples and migrations', () => {
  const versions = (kind: string) =>
    readdirSync(FIXTURES)
      .map((f) => new RegExp(`^${kind}\\.v(\\d+)\\.json$`).exec(f)?.[1])
      .filter((v): v is string => !!v)
      .map(Number)
      .sort((a, b) => a - b);

  it('there is a frozen example for every version up to the current one', () => {
    expect(versions('progress')).toEqual(Array.from({ length: PROGRESS_VERSION }, (_, i) => i + 1));
    expect(versions('settings')).toEqual(Array.from({ length: SETTINGS_VERSION }, (_, i) => i + 1));
  });

  it('the example of the current version is valid as it stands', () => {
    expect(ProgressSchema.safeParse(frozen(`progress.v${PROGRESS_VERSION}.json`)).success).toBe(true);
    expect(SettingsSchema.safeParse(frozen(`settings.v${SETTINGS_VERSION}.json`)).success).toBe(true);
  });

  it('each migration turns example N into example N+1 exactly', () => {
    for (const [kind, steps] of [
      ['progress', PROGRESS_MIGRATIONS],
      ['settings', SETTINGS_MIGRATIONS],
    ] as const) {
      for (const [to, step] of Object.entries(steps)) {
        expect({ ...step(frozen(`${kind}.v${Number(to) - 1}.json`)), version: Number(to) }).toEqual(
          frozen(`${kind}.v${to}.json`),
        );
      }
      expect(Object.keys(steps).map(Number)).toEqual(versions(kind).slice(1));
    }
  });

  it('migrating the current version changes nothing, and reads a newer version as far as it fits', () => {
    const current = frozen(`progress.v${PROGRESS_VERSION}.json`);
    expect(migrateProgress(current)).toEqual(current);
    const problems: string[] = [];
    expect(migrateSettings({ ...frozen('settings.v1.json'), version: 99 }, problems)).toMatchObject({
      version: SETTINGS_VERSION,
    });
    expect(problems[0]).toMatch(/newer than this extension/);
  });
});

describe('version 3: steps named by course, and a track', () => {
  const v2 = (runs: Record<string, unknown[]>) => ({
    version: 2,
    steps: Object.fromEntries(['1', '2', '3', '4', '5'].map((k) => [k, { runs: runs[k] ?? [] }])),
    fired: {},
    updatedAt: NOW,
  });
  const r = (id: string, course: string) => ({ id, course, facts: {}, addedAt: NOW });

  it("an existing learner keeps the FAQ's path, marked as the default, and every step", () => {
    const { value, problems } = repairProgress(v2({ '1': [r('a', '6.431x')], '5': [r('c', 'DS.CFx')] }), NOW);
    expect(problems).toEqual([]);
    expect(value.track).toEqual({ name: 'social-sciences', courses: ['14.310x', '18.6501x'], by: 'default' });
    expect(Object.keys(value.steps)).toEqual([
      '6.431x',
      '14.310x',
      '18.6501x',
      '6.86x',
      '6.419x',
      'IDS.S24x',
      'DS.CFx',
    ]);
    expect([value.steps['6.431x'].runs[0]?.id, value.steps['DS.CFx'].runs[0]?.id]).toEqual(['a', 'c']);
  });

  it.each([
    ['6.419x', '6.419x'],
    ['ids.s24x', 'IDS.S24x'],
  ] as const)('a %s run stored under another step in version 2 moves to its own step, with its id', (course, step) => {
    const { value, problems } = repairProgress(v2({ '3': [r('s', '18.6501x'), r('m', course)] }), NOW);
    expect(problems).toEqual([]);
    expect(value.steps['18.6501x'].runs.map((x) => x.id)).toEqual(['s']);
    expect(value.steps[step].runs.map((x) => x.id)).toEqual(['m']);
  });

  it('a broken track is reported and the FAQ path stands in; a broken suggestion is dropped; runs are kept', () => {
    const p = { ...frozen('progress.v3.json'), track: { name: 'general', courses: ['14.310x'] }, trackSuggestion: 7 };
    const { value, problems } = repairProgress(p, NOW);
    expect(value.track.name).toBe('social-sciences');
    expect(value.trackSuggestion).toBeUndefined();
    expect(problems).toEqual([
      "progress.track: invalid, the FAQ's path kept until the learner chooses",
      'progress.trackSuggestion: invalid, dropped',
    ]);
    expect(value.steps['6.431x'].runs).toHaveLength(1);
  });
});

describe('repair keeps every valid field', () => {
  it('sound data comes back unchanged with no problems', () => {
    const p = frozen(`progress.v${PROGRESS_VERSION}.json`);
    expect(repairProgress(p, NOW)).toEqual({ value: p, problems: [] });
    const s = frozen(`settings.v${SETTINGS_VERSION}.json`);
    expect(repairSettings(s)).toEqual({ value: s, problems: [] });
  });

  it.each([undefined, null, 42, 'text', [], { foreign: true }])('nothing usable (%j): defaults', (raw) => {
    expect(repairProgress(raw, NOW).value).toEqual(defaultProgress(NOW));
    expect(repairSettings(raw).value).toEqual(defaultSettings());
  });

  it('a bad fact slot is dropped, its valid neighbour and every other fact kept', () => {
    const p = frozen('progress.v1.json') as {
      steps: Record<string, { runs: { facts: Record<string, Record<string, unknown>> }[] }>;
    };
    const facts = p.steps['1']!.runs[0]!.facts;
    facts.mode!.edx = { value: 'platinum', at: 'yesterday' };
    facts.grade = { edx: { value: 7 } } as never;
    const { value, problems } = repairProgress(p, NOW);
    const kept = value.steps['6.431x'].runs[0]!.facts;
    expect(kept.mode).toEqual({ learner: { value: 'verified', at: '2025-05-30T19:12:00.000Z' } });
    expect(kept.grade).toBeUndefined();
    expect(kept.certificate?.edx?.value).toBe('downloadable');
    expect(value.steps['14.310x'].runs[0]?.facts.upgradeDeadline?.edx?.value).toBe('2025-10-21T23:59:00Z');
    expect(problems.join('\n')).toMatch(/steps\.6\.431x\.runs\[0\]\.facts\.mode\.edx/);
  });

  it('a run with no course is dropped, the other runs and steps are kept', () => {
    const p = frozen('progress.v1.json') as { steps: Record<string, { runs: unknown[]; plannedTerm?: unknown }> };
    p.steps['2']!.runs.push({ id: 'x', facts: {} }, 'garbage');
    p.steps['3']!.plannedTerm = 'someday';
    const { value, problems } = repairProgress(p, NOW);
    expect(value.steps['14.310x'].runs).toHaveLength(1);
    expect(value.steps['14.310x'].credit?.route).toBe('dedp-14310x');
    expect(value.steps['18.6501x'].plannedTerm).toBeUndefined();
    expect(value.steps['6.86x'].plannedTerm).toBe('2026-summer');
    expect(value.steps['6.431x'].runs[0]?.facts.grade?.edx?.value).toBe(0.81);
    expect(problems.length).toBe(3);
  });

  it('settings: each invalid field falls back alone; lead times are cleaned', () => {
    const s = frozen('settings.v1.json') as Record<string, Record<string, unknown>>;
    s.reminders!.leadDays = [1, 'seven', 7, 7, -3, 30];
    s.quietHours!.start = '25:99';
    s.preferEdx = 'yes' as never;
    const { value } = repairSettings(s);
    expect(value.reminders).toEqual({
      enabled: true,
      leadDays: [30, 7, 1],
      dayOf: true,
      hour: 8,
      graded: defaultSettings().reminders.graded,
    });
    expect(value.quietHours).toEqual({ enabled: true, start: '22:00', end: '07:00' });
    expect(value.preferEdx).toBe(false);
    expect(value.hints.hiddenCourses).toEqual(['6.041x']);
  });
});
