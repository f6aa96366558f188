import { describe, expect, it } from 'vitest';
import { detectPage } from '../../lib/detect';
import { hintModel } from '../../lib/hint-model';
import { agenda, nextActionable } from '../../lib/agenda';
import { programStandings, stepStanding } from '../../lib/status';
import { faqTrack } from '../../lib/track';
import { progressWith, run, settingsWith } from '../support/builders';

const now = Date.parse('2025-09-10T12:00:00Z');
const start = '2025-09-02T15:00:00Z';
const tz = 'UTC';

describe('run and step status', () => {
  it.each([
    ['no runs', {}, 'planned'],
    ['a planned run before its window closes', { start }, 'planned'],
    ['audit, window open', { start, mode: 'audit' }, 'audit-can-upgrade'],
    ['audit, edX date passed', { start, mode: 'audit', upgradeDeadline: '2025-09-09T00:00:00Z' }, 'missed-upgrade'],
    ['audit, program target passed, no edX date', { start: '2025-07-01', mode: 'audit' }, 'missed-upgrade'],
    [
      'audit, program target passed, edX still open',
      { start: '2025-07-01', mode: 'audit', upgradeDeadline: '2025-10-01T00:00:00Z' },
      'audit-can-upgrade',
    ],
    ['verified, running', { start, mode: 'verified', end: '2025-12-20T00:00:00Z' }, 'verified-in-progress'],
    [
      'verified, ended, passing grade',
      { start: '2025-01-10', mode: 'verified', end: '2025-05-01T00:00:00Z', grade: 0.72, passMark: 0.6 },
      'passed',
    ],
    [
      'verified, ended, failing grade',
      { start: '2025-01-10', mode: 'verified', end: '2025-05-01T00:00:00Z', grade: 0.41, passMark: 0.6 },
      'not-passed',
    ],
    ['verified, certificate downloadable', { mode: 'verified', certificate: 'downloadable' }, 'passed'],
    ['learner says passed', { status: 'passed' }, 'passed'],
  ] as const)('%s: %s', (_, facts, expected) => {
    const progress = progressWith(Object.keys(facts).length ? { '6.431x': [run('6.431x', facts)] } : {});
    expect(stepStanding(progress, settingsWith(), '6.431x', now, tz).status).toBe(expected);
  });

  it('the learner wins over edX unless they prefer edX', () => {
    const r = run('6.431x', { mode: 'audit', start }, { by: 'edx' });
    r.facts.mode = {
      edx: { value: 'audit', at: '2025-09-05T00:00:00.000Z' },
      learner: { value: 'verified', at: '2025-09-06T00:00:00.000Z' },
    };
    const progress = progressWith({ '6.431x': [r] });
    expect(stepStanding(progress, settingsWith(), '6.431x', now, tz).status).toBe('verified-in-progress');
    expect(
      stepStanding(
        progress,
        settingsWith((s) => (s.preferEdx = true)),
        '6.431x',
        now,
        tz,
      ).status,
    ).toBe('audit-can-upgrade');
  });

  it('step 2 counts only through 14.310Fx', () => {
    const contentPassed = progressWith({ '14.310x': [run('14.310x', { status: 'passed' }, { id: 'c' })] });
    expect(stepStanding(contentPassed, settingsWith(), '14.310x', now, tz).status).toBe('planned');
    const assessment = progressWith({
      '14.310x': [
        run('14.310x', { status: 'passed' }, { id: 'c' }),
        run('14.310Fx', { status: 'passed' }, { id: 'a' }),
      ],
    });
    expect(stepStanding(assessment, settingsWith(), '14.310x', now, tz).status).toBe('passed');
  });

  it('legacy 6.041x credit passes step 1; the DEDP route does not pass step 2', () => {
    const p = progressWith({});
    p.steps['6.431x'].credit = { route: 'legacy-6041x', at: '2025-01-01T00:00:00.000Z' };
    p.steps['14.310x'].credit = { route: 'dedp-14310x', at: '2025-01-01T00:00:00.000Z' };
    const [s1, s2] = programStandings(p, settingsWith(), now, tz);
    expect([s1?.status, s1?.credited, s2?.status]).toEqual(['passed', true, 'planned']);
  });

  it('a repeated course: a later passed run makes the step passed, the latest run speaks otherwise', () => {
    const p = progressWith({
      '18.6501x': [
        run('18.6501x', { start: '2025-01-10', status: 'not-passed' }, { id: 'a' }),
        run('18.6501x', { start, mode: 'audit' }, { id: 'b' }),
      ],
    });
    const s = stepStanding(p, settingsWith(), '18.6501x', now, tz);
    expect([s.status, s.current?.view.id, s.runs.length]).toEqual(['audit-can-upgrade', 'b', 2]);
  });
});

describe('agenda', () => {
  it('lists payment dates for unverified runs, ID and end dates for verified ones, soonest first', () => {
    const p = progressWith({
      '6.431x': [run('6.431x', { start, mode: 'audit', upgradeDeadline: '2025-09-25T23:59:00Z' })],
      '18.6501x': [
        run('18.6501x', {
          start: '2025-08-20',
          mode: 'verified',
          end: '2025-12-10T00:00:00Z',
          verificationDeadline: '2025-11-30T00:00:00Z',
          verificationStatus: 'none',
        }),
      ],
      '6.86x': [run('6.86x', { status: 'passed' })],
    });
    const items = agenda(programStandings(p, settingsWith(), now, tz), now);
    expect(items.map((i) => [i.step, i.deadline.kind, i.actOn])).toEqual([
      ['6.431x', 'edx-upgrade', true],
      ['6.431x', 'program-target', false],
      ['18.6501x', 'id-verification', true],
      // One deadline to act on per run: the course end counts once ID verification is settled.
      ['18.6501x', 'course-end', false],
    ]);
    expect(nextActionable(items)?.deadline.kind).toBe('edx-upgrade');
  });

  it('the hint and the popup show the same deadlines of a run, with the same one to act on', () => {
    const cases = {
      audit: { start, mode: 'audit', upgradeDeadline: '2025-09-25T23:59:00Z' },
      'starts differ': { start: '2025-09-02' },
      'verified, ID pending': {
        start: '2025-08-20',
        mode: 'verified',
        end: '2025-12-10T00:00:00Z',
        verificationDeadline: '2025-11-30T00:00:00Z',
        verificationStatus: 'none',
      },
      'verified, ID approved': {
        start: '2025-08-20',
        mode: 'verified',
        end: '2025-12-10T00:00:00Z',
        verificationDeadline: '2025-11-30T00:00:00Z',
        verificationStatus: 'approved',
      },
      'missed the upgrade': { start: '2025-06-02', mode: 'audit', upgradeDeadline: '2025-07-20T23:59:00Z' },
    } as const;
    for (const [name, facts] of Object.entries(cases)) {
      const r = run('6.431x', facts, { runKey: 'course-v1:MITx+6.431x+3T2025' });
      if (name === 'starts differ')
        r.facts.start = { ...r.facts.start, edx: { value: '2025-08-25T15:00:00Z', at: '2025-09-01T12:00:00.000Z' } };
      const steps = programStandings(progressWith({ '6.431x': [r] }), settingsWith(), now, tz);
      const popup = agenda(steps, now).map((i) => [i.deadline.id, i.actOn]);
      const page = detectPage('https://learning.edx.org/course/course-v1:MITx+6.431x+3T2025/home');
      const model = page && hintModel(page, steps, faqTrack(), now, tz);
      const hint = model?.kind === 'course' ? model.deadlines.map((row) => [row.deadline.id, row.actOn]) : [];
      expect(hint, name).toEqual(popup);
      expect(popup.filter(([, act]) => act).length, name).toBeLessThanOrEqual(1);
    }
  });

  it('nothing pending when nothing is known', () => {
    expect(agenda(programStandings(progressWith({}), settingsWith(), now, tz), now)).toEqual([]);
  });
});
