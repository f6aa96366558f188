import { describe, expect, it } from 'vitest';
import { money, projectCompletion } from '../../lib/projection';
import { programStandings } from '../../lib/status';
import { progressWith, run, settingsWith } from '../support/builders';

const NOW = Date.parse('2026-01-15T12:00:00Z');
const steps = (p: ReturnType<typeof progressWith>) => programStandings(p, settingsWith(), NOW, 'UTC');
const day = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString().slice(0, 10));

describe('money: US $300 a verified run, of US $1,500', () => {
  it.each([
    ['a new learner', progressWith({}), { spent: 0, toSpend: 1500 }],
    [
      'one verified course in progress',
      progressWith({ '6.431x': [run('6.431x', { mode: 'verified', start: '2026-01-05' })] }),
      { spent: 300, toSpend: 1200 },
    ],
    [
      'audit only: nothing paid yet',
      progressWith({ '6.431x': [run('6.431x', { mode: 'audit', start: '2026-01-05' })] }),
      { spent: 0, toSpend: 1500 },
    ],
    [
      'a failed verified run and a retake: fees do not transfer',
      progressWith({
        '18.6501x': [
          run('18.6501x', { mode: 'verified', status: 'not-passed', start: '2025-01-05' }, { id: 'a' }),
          run('18.6501x', { mode: 'verified', start: '2026-01-05' }, { id: 'b' }),
        ],
      }),
      { spent: 600, toSpend: 1200 },
    ],
    [
      'the free 14.310x content course costs nothing',
      progressWith({ '14.310x': [run('14.310x', { mode: 'audit', start: '2026-01-05' })] }),
      { spent: 0, toSpend: 1500 },
    ],
  ])('%s', (_, p, expected) => {
    expect(money(steps(p))).toMatchObject(expected);
  });

  it('legacy 6.041x credit: nothing more to pay for step 1', () => {
    const p = progressWith({});
    p.steps['6.431x'].credit = { route: 'legacy-6041x', at: '2025-01-01T00:00:00.000Z' };
    expect(money(steps(p))).toMatchObject({ spent: 0, toSpend: 1200 });
  });
});

describe('projected completion of the four courses: a range, 13 to 16 weeks a course', () => {
  it('a new learner: four sequential slots, 14.310x alongside 18.6501x', () => {
    const r = projectCompletion(steps(progressWith({})), NOW);
    // 3 slots (1; 2 with 3; 4): 39 to 48 weeks from now.
    expect([day(r.earliest), day(r.latest), r.remainingCourses]).toEqual(['2026-10-15', '2026-12-17', 4]);
  });

  it('a course in progress with a known end: the rest follows it', () => {
    const p = progressWith({
      '6.431x': [run('6.431x', { mode: 'verified', start: '2026-01-05', end: '2026-04-20T15:00:00Z' })],
    });
    const r = projectCompletion(steps(p), NOW);
    // After 20 Apr: 2 slots (2 with 3; 4): 26 to 32 weeks.
    expect([day(r.earliest), day(r.latest)]).toEqual(['2026-10-19', '2026-11-30']);
  });

  it('all four passed: complete, only the capstone left', () => {
    const p = progressWith(
      Object.fromEntries([
        ['6.431x', [run('6.431x', { status: 'passed' })]],
        ['14.310x', [run('14.310Fx', { status: 'passed' })]],
        ['18.6501x', [run('18.6501x', { status: 'passed' })]],
        ['6.86x', [run('6.86x', { status: 'passed' })]],
      ]),
    );
    const r = projectCompletion(steps(p), NOW);
    expect([r.remainingCourses, r.earliest, r.capstoneOpen]).toEqual([0, undefined, true]);
  });
});
