/** Reminders for graded work: opt-in per kind, their own lead days, quiet hours, once, re-planned on change. */
import { describe, expect, it } from 'vitest';
import { gradedKind, gradedTargets } from '../../lib/graded-reminders';
import { parseGraded } from '../../lib/graded-parse';
import { planReminders } from '../../lib/reminders';
import { deadlinesToIcs } from '../../lib/ics';
import type { Settings } from '../../lib/state/schema';
import { programStandings } from '../../lib/status';
import { progressWith, run, settingsWith } from '../support/builders';
import { gradedAnswers, twentyItems, type GradedSpec } from '../support/graded-json';

const NOW = Date.parse('2027-02-10T12:00:00Z');
const KEY = 'course-v1:MITx+6.431x+1T2027';

function steps(specs: GradedSpec[], settings: Settings, now = NOW) {
  const { dates, progress } = gradedAnswers(KEY, specs);
  const work = parseGraded(dates, progress, now).work!;
  const r = run(
    '6.431x',
    { mode: 'verified', start: '2027-01-05T15:00:00Z', end: '2027-05-01T00:00:00Z' },
    { by: 'edx', runKey: KEY, id: 'prob' },
  );
  r.graded = { at: new Date(now).toISOString(), items: [...work.items], policy: [...work.policy] };
  return programStandings(progressWith({ '6.431x': [r] }), settings, now, 'UTC');
}
const optIn = (kinds: ('assignments' | 'exams')[], patch: (s: Settings) => void = () => {}) =>
  settingsWith((s) => {
    s.reminders.hour = 9;
    for (const k of kinds) s.reminders.graded[k].enabled = true;
    patch(s);
  });
const plan = (settings: Settings, specs = twentyItems(NOW), fired: Record<string, string> = {}, now = NOW) =>
  planReminders(gradedTargets(steps(specs, settings, now), settings, 'UTC'), settings, fired, now, 'UTC');

describe('graded reminders', () => {
  it('are off until the learner opts in to a kind', () => {
    expect(gradedTargets(steps(twentyItems(NOW), settingsWith()), settingsWith(), 'UTC')).toEqual([]);
  });

  it.each([
    ['Problem Set 3', 'Problem Set', 'assignments'],
    ['Midterm Exam 1', 'Midterm Exam 1', 'exams'],
    ['Final Exam', 'Final Exam', 'exams'],
    ['Quiz 2', undefined, 'exams'],
    ['Lab 4: testing hypotheses', 'Lab', 'assignments'],
  ] as const)('%s (%s) is one of the %s', (title, type, kind) => {
    expect(gradedKind({ title, ...(type && { type }) })).toBe(kind);
  });

  it('assignments only: a reminder the day before and on the morning, at the hour, for each set still to come', () => {
    const { alarms, due } = plan(optIn(['assignments']));
    const names = [...alarms.keys()];
    // Problem Set 6 is due 2027-02-17 13:00 UTC: reminders on the 16th and the 17th at 09:00.
    const ps6 = names.filter((n) => n.includes('block@problem_set_6:'));
    expect(ps6.map((n) => [n.split('@').at(-1), new Date(alarms.get(n)!).toISOString()])).toEqual([
      ['1d', '2027-02-16T09:00:00.000Z'],
      ['0d', '2027-02-17T09:00:00.000Z'],
    ]);
    expect(names.some((n) => /midterm|final/.test(n))).toBe(false);
    // Problem Set 5 is due in an hour: its morning reminder (09:00) has passed, so it is delivered now, once.
    expect(due.map((r) => r.id)).toEqual([
      'prob:graded:block-v1:mitx+6.431x+1t2027+type@sequential+block@problem_set_5:2027-02-10T13:00:00Z@0d',
    ]);
  });

  it('a delivered reminder is not delivered again (whatever restarts)', () => {
    const settings = optIn(['assignments']);
    const first = plan(settings);
    // As the scheduler records them: the delivered ones and the earlier ones they superseded.
    const ids = [...first.due.map((r) => r.id), ...first.superseded];
    const fired = Object.fromEntries(ids.map((id) => [id, new Date(NOW).toISOString()]));
    expect(plan(settings, twentyItems(NOW), fired).due).toEqual([]);
  });

  it('a moved due date re-plans: the old reminders go, the new date has its own', () => {
    const settings = optIn(['exams']);
    const before = [...plan(settings).alarms.keys()].filter((n) => n.includes('midterm_exam_1'));
    const moved = twentyItems(NOW).map((s) =>
      s.title === 'Midterm Exam 1' ? { ...s, due: '2027-03-03T13:00:00Z' } : s,
    );
    const after = [...plan(settings, moved).alarms.keys()].filter((n) => n.includes('midterm_exam_1'));
    expect(after.some((n) => before.includes(n))).toBe(false);
    expect(after.map((n) => n.split(':').slice(-3).join(':'))).toEqual([
      '2027-03-03T13:00:00Z@1d',
      '2027-03-03T13:00:00Z@0d',
    ]);
  });

  it('an item marked done, or locked, has no reminders', () => {
    const settings = optIn(['assignments']);
    const done = twentyItems(NOW).map((s) => (s.title === 'Problem Set 6' ? { ...s, complete: true } : s));
    expect([...plan(settings, done).alarms.keys()].some((n) => n.includes('problem_set_6:'))).toBe(false);
    const locked = twentyItems(NOW).map((s) => ({ ...s, locked: true }));
    expect(plan(settings, locked).alarms.size).toBe(0);
  });

  it('quiet hours hold a reminder until they end, and their own lead days apply', () => {
    const settings = optIn(['exams'], (s) => {
      s.reminders.hour = 23;
      s.quietHours = { enabled: true, start: '22:00', end: '07:30' };
      s.reminders.graded.exams = { enabled: true, leadDays: [3], dayOf: false };
    });
    const alarms = plan(settings).alarms;
    // Midterm Exam 1, due 2027-02-24 13:00: 3 days before at 23:00 falls in quiet hours: 07:30 the next day.
    const m1 = [...alarms.entries()].filter(([n]) => n.includes('midterm_exam_1'));
    expect(m1.map(([n, at]) => [n.split('@').at(-1), new Date(at).toISOString()])).toEqual([
      ['3d', '2027-02-22T07:30:00.000Z'],
    ]);
  });

  it('the master switch turns graded reminders off too', () => {
    expect(plan(optIn(['assignments', 'exams'], (s) => (s.reminders.enabled = false))).alarms.size).toBe(0);
  });
});

describe('graded work in the calendar', () => {
  /** Each graded event's UID and start date, from the file's unfolded lines. */
  const uidsAndDates = (text: string) =>
    text
      .replace(/\r?\n[ \t]/g, '')
      .split('BEGIN:VEVENT')
      .slice(1)
      .map((e) => [/UID:(.*)/.exec(e)?.[1]?.trim(), /DTSTART;VALUE=DATE:(\d+)/.exec(e)?.[1]] as const)
      .filter(([uid]) => uid?.includes('/graded/'));

  it('only when asked; one event per item still to do, whose UID survives a moved due date', () => {
    const settings = optIn([]);
    const plain = deadlinesToIcs(steps(twentyItems(NOW), settings), settings, NOW);
    expect(plain.ok && plain.text.includes('/graded/')).toBe(false);
    const withGraded = deadlinesToIcs(steps(twentyItems(NOW), settings), settings, NOW, { timeZone: 'UTC' });
    if (!withGraded.ok) throw new Error(withGraded.error);
    // Sixteen items are still to do (four sets are done): one event each.
    expect(withGraded.text.match(/UID:.*\/graded\//g)).toHaveLength(16);
    const moved = twentyItems(NOW).map((s) => (s.title === 'Final Exam' ? { ...s, due: '2027-06-01T13:00:00Z' } : s));
    const again = deadlinesToIcs(steps(moved, settings), settings, NOW, { timeZone: 'UTC' });
    if (!again.ok) throw new Error(again.error);
    // The final is due 14 weeks after NOW (2027-05-19), then moved to 2027-06-01.
    const final = (text: string) => uidsAndDates(text).find(([uid]) => uid?.includes('final_exam'));
    expect(final(again.text)?.[0]).toMatch(/^prob\/graded\/block-v1:.*final_exam@micromasters-companion$/);
    expect(final(again.text)?.[0]).toBe(final(withGraded.text)?.[0]);
    expect([final(withGraded.text)?.[1], final(again.text)?.[1]]).toEqual(['20270519', '20270601']);
  });

  it("an item's alarms follow its kind: none until opted in", () => {
    const exams = optIn(['exams']);
    const text = deadlinesToIcs(steps(twentyItems(NOW), exams), exams, NOW, { timeZone: 'UTC' });
    if (!text.ok) throw new Error(text.error);
    const event = (name: string) => text.text.split('BEGIN:VEVENT').find((e) => e.includes(name)) ?? '';
    expect(event('block@midterm_exam_1').includes('BEGIN:VALARM')).toBe(true);
    expect(event('block@problem_set_9').includes('BEGIN:VALARM')).toBe(false);
  });
});
