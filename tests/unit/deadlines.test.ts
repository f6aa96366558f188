import { describe, expect, it } from 'vitest';
import { daysLeft, runDeadlines, urgency } from '../../lib/deadlines';
import { viewRun } from '../../lib/state/facts';
import { run } from '../support/builders';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('program target: the end of the day, 28 days after the start, in the learner zone', () => {
  it.each([
    // start, zone, target date, target instant
    ['2025-09-02T15:00:00Z', 'UTC', '2025-09-30', '2025-09-30T23:59:59.999Z'],
    ['2025-09-02T15:00:00Z', 'America/Los_Angeles', '2025-09-30', '2025-10-01T06:59:59.999Z'],
    ['2025-09-02T15:00:00Z', 'Asia/Tokyo', '2025-10-01', '2025-10-01T14:59:59.999Z'], // started Sept 3 in Tokyo
    ['2025-12-10', 'Europe/Paris', '2026-01-07', '2026-01-07T22:59:59.999Z'], // across the year end
    ['2025-10-20', 'America/New_York', '2025-11-17', '2025-11-18T04:59:59.999Z'], // across the fall-back change
    ['2026-02-20', 'Europe/London', '2026-03-20', '2026-03-20T23:59:59.999Z'],
    ['2026-03-01', 'Australia/Sydney', '2026-03-29', '2026-03-29T12:59:59.999Z'],
  ])('start %s in %s', (start, tz, date, instant) => {
    const d = runDeadlines(viewRun(run('6.431x', { start }), false), at('2025-01-01T00:00:00Z'), tz);
    expect(d.programTarget?.date).toBe(date);
    expect(iso(d.programTarget?.at)).toBe(instant);
    expect(d.programTarget?.source).toBe('program');
  });
});

describe('payment: both dates kept, the earlier ahead is the one to act on', () => {
  const start = '2025-09-02T15:00:00Z';
  const now = at('2025-09-10T12:00:00Z');

  it('edX earlier than the program target: act on edX, flag the difference', () => {
    const d = runDeadlines(
      viewRun(run('6.431x', { start, upgradeDeadline: '2025-09-23T23:59:00Z' }), false),
      now,
      'UTC',
    );
    expect(d.payBy?.kind).toBe('edx-upgrade');
    expect(d.payDatesDiffer).toBe(true);
    expect(iso(d.lastChanceToPay)).toBe('2025-09-23T23:59:00.000Z');
  });

  it('program target earlier than edX: act on the target; edX is the last chance', () => {
    const d = runDeadlines(
      viewRun(run('6.431x', { start, upgradeDeadline: '2025-12-01T23:59:00Z' }), false),
      now,
      'UTC',
    );
    expect(d.payBy?.kind).toBe('program-target');
    expect(d.payDatesDiffer).toBe(true);
    expect(iso(d.lastChanceToPay)).toBe('2025-12-01T23:59:00.000Z');
  });

  it('after the target but before edX: edX is the one left to act on', () => {
    const d = runDeadlines(
      viewRun(run('6.431x', { start, upgradeDeadline: '2025-12-01T23:59:00Z' }), false),
      at('2025-10-05T00:00:00Z'),
      'UTC',
    );
    expect(d.payBy?.kind).toBe('edx-upgrade');
  });

  it('same day: no difference flagged', () => {
    const d = runDeadlines(
      viewRun(run('6.431x', { start, upgradeDeadline: '2025-09-30T18:00:00Z' }), false),
      now,
      'UTC',
    );
    expect(d.payDatesDiffer).toBe(false);
  });

  it('without edX date: the program target is the last chance known', () => {
    const d = runDeadlines(viewRun(run('6.431x', { start }), false), now, 'UTC');
    expect(iso(d.lastChanceToPay)).toBe('2025-09-30T23:59:59.999Z');
    expect(d.edxUpgrade).toBeUndefined();
  });

  it('nothing known: no deadlines at all', () => {
    const d = runDeadlines(viewRun(run('6.431x', {}), false), now, 'UTC');
    expect(d).toEqual({ payDatesDiffer: false, startsDiffer: false });
  });

  it('ID verification and course end come from edX', () => {
    const d = runDeadlines(
      viewRun(
        run('6.86x', { verificationDeadline: '2025-12-05T23:59:00Z', end: '2025-12-16T15:00:00Z' }, { by: 'edx' }),
        false,
      ),
      now,
      'UTC',
    );
    expect([d.idVerification?.kind, d.idVerification?.source, d.courseEnd?.date]).toEqual([
      'id-verification',
      'edx',
      '2025-12-16',
    ]);
  });

  it('deadline ids change when the date moves, so a moved date gets fresh reminders', () => {
    const a = runDeadlines(viewRun(run('6.431x', { start: '2025-09-02' }), false), now, 'UTC');
    const b = runDeadlines(viewRun(run('6.431x', { start: '2025-09-09' }), false), now, 'UTC');
    expect(a.programTarget?.id).not.toBe(b.programTarget?.id);
  });
});

describe('days left, in calendar days of the learner zone', () => {
  const deadline = { date: '2026-01-02' };
  it.each([
    ['2025-12-31T10:00:00Z', 'UTC', 2],
    ['2026-01-01T23:30:00Z', 'UTC', 1],
    ['2026-01-01T23:30:00Z', 'Europe/Paris', 0], // already Jan 2 in Paris
    ['2026-01-02T02:00:00Z', 'America/Los_Angeles', 1], // still Jan 1 in LA
    ['2026-01-03T00:00:00Z', 'UTC', -1],
  ])('at %s in %s: %d', (now, tz, n) => expect(daysLeft(deadline, at(now), tz)).toBe(n));

  it('bands urgency', () => {
    expect([0, 3, 4, 7, 8].map(urgency)).toEqual(['urgent', 'urgent', 'soon', 'soon', 'later']);
  });
});

describe("the learner's start and the platform's disagree", () => {
  const now = at('2026-11-25T12:00:00Z');
  const both = (learner: string, edx: string, preferEdx = false) => {
    const r = run('6.431x', { start: learner });
    r.facts.start = { ...r.facts.start, edx: { value: edx, at: '2026-11-22T10:00:00.000Z' } };
    return runDeadlines(viewRun(r, preferEdx), now, 'UTC');
  };

  it.each([
    // learner, edX, prefer edX: the target from the chosen start, the other's, the one to act on
    ['2026-11-21', '2026-11-10T15:00:00Z', false, '2026-12-19', '2026-12-08', '2026-12-08'],
    ['2026-11-21', '2026-11-10T15:00:00Z', true, '2026-12-08', '2026-12-19', '2026-12-08'],
    ['2026-11-05', '2026-11-10T15:00:00Z', false, '2026-12-03', '2026-12-08', '2026-12-03'],
  ])('typed %s, edX %s (prefer edX %s): targets %s and %s, act by %s', (learner, edx, prefer, main, other, act) => {
    const d = both(learner, edx, prefer);
    expect([d.programTarget?.date, d.programTargetOther?.date, d.payBy?.date, d.startsDiffer]).toEqual([
      main,
      other,
      act,
      true,
    ]);
    expect(d.programTargetOther?.basis?.by).toBe(prefer ? 'learner' : 'edx');
  });

  it('the same day from both: one target, nothing flagged', () => {
    const d = both('2026-11-10', '2026-11-10T15:00:00Z');
    expect([d.programTarget?.date, d.programTargetOther, d.startsDiffer]).toEqual(['2026-12-08', undefined, false]);
  });
});
