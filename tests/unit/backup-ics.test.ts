import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { describeChanges, makeBackup, readBackup } from '../../lib/backup';
import { alarmsFor, deadlinesToIcs } from '../../lib/ics';
import { defaultSettings } from '../../lib/state/schema';
import { repairProgress } from '../../lib/state/repair';
import { programStandings } from '../../lib/status';
import { progressWith, run, settingsWith } from '../support/builders';

const frozen = (name: string) => JSON.parse(readFileSync(resolve(__dirname, `../fixtures/state/${name}`), 'utf8'));
const NOW = '2026-11-22T12:00:00.000Z';

describe('backups', () => {
  it('round-trips everything', () => {
    const progress = frozen('progress.v3.json');
    const settings = frozen('settings.v3.json');
    const text = JSON.stringify(makeBackup(progress, settings, NOW));
    expect(readBackup(text)).toEqual({ ok: true, progress, settings, exportedAt: NOW });
  });

  it('a backup of the first stored version imports through the migrations', () => {
    const old = {
      format: 'micromasters-companion-backup',
      version: 1,
      exportedAt: NOW,
      progress: frozen('progress.v1.json'),
      settings: frozen('settings.v1.json'),
    };
    expect(readBackup(JSON.stringify(old)).ok).toBe(true);
  });

  it.each([
    ['not JSON', '{"format": "micromasters', ['This file is not a backup: it is not even JSON.']],
    ['another file', '{"hello": "world"}', ['This file is not a MicroMasters Companion backup.']],
    ['an array', '[1, 2, 3]', ['This file is not a MicroMasters Companion backup.']],
    [
      'from the future',
      JSON.stringify({ format: 'micromasters-companion-backup', version: 9 }),
      ['This backup comes from a newer version of the extension: update the extension first.'],
    ],
  ])('refuses %s with a plain message', (_, text, errors) => {
    expect(readBackup(text)).toEqual({ ok: false, errors });
  });

  it('lists what is wrong inside, in words', () => {
    const progress = frozen('progress.v1.json');
    progress.steps['2'].runs[0].facts.start.learner.value = 'next Tuesday';
    progress.steps['1'].runs[0].facts.grade.edx.value = 4.2;
    const settings = { ...frozen('settings.v1.json'), reminders: 'loud' };
    const result = readBackup(
      JSON.stringify({ format: 'micromasters-companion-backup', version: 1, progress, settings }),
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([
      "Progress, course 6.431x, run 1, grade, the platform's value: not a valid value",
      'Progress, course 14.310x, run 1, start date, your value: not a valid value',
      'Settings, reminders: missing, or of the wrong kind',
    ]);
  });

  it('previews the changes step by step', () => {
    const current = { progress: progressWith({}), settings: defaultSettings() };
    // As the options page has it: the backup read, through the migrations.
    const incoming = {
      progress: repairProgress(frozen('progress.v1.json'), NOW).value,
      settings: frozen('settings.v1.json'),
    };
    expect(describeChanges(current, incoming)).toEqual([
      '6.431x: 0 runs now, 1 run after ',
      '14.310x: 0 runs now, 1 run after (with credit carried over)',
      '18.6501x: 0 runs now, 0 runs after ',
      '6.86x: 0 runs now, 0 runs after ',
      'Your settings will be replaced.',
    ]);
    const general = {
      ...incoming.progress,
      track: {
        name: 'general' as const,
        courses: ['18.6501x', '6.419x'] as ['18.6501x', '6.419x'],
        by: 'learner' as const,
      },
    };
    expect(describeChanges(current, { ...incoming, progress: general })).toContain(
      'Track: Social Sciences (14.310x, 18.6501x) now, General (18.6501x, 6.419x) after',
    );
    expect(describeChanges(current, current)).toEqual(['The backup holds the same data as now.']);
  });
});

describe('calendar export (.ics)', () => {
  const now = Date.parse(NOW);
  const steps = programStandings(
    progressWith({
      '6.431x': [
        run(
          '6.431x',
          {
            start: '2026-11-10T15:00:00Z',
            mode: 'audit',
            upgradeDeadline: '2026-12-22T23:59:00Z',
            end: '2027-03-02T23:30:00Z',
          },
          { id: 'p', runKey: 'course-v1:MITx+6.431x+3T2026' },
        ),
      ],
    }),
    settingsWith(),
    now,
    'Europe/Paris',
  );

  it('is valid iCalendar: every deadline an all-day event with alarms and a stable UID', () => {
    const result = deadlinesToIcs(steps, settingsWith(), now);
    if (!result.ok) throw new Error(result.error);
    const calendar = new ICAL.Component(ICAL.parse(result.text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.uid, e.summary, e.startDate.toString(), e.startDate.isDate])).toEqual([
      [
        'p/program-target@micromasters-companion',
        'MITx 6.431x: pay and verify within the first four weeks',
        '2026-12-08',
        true,
      ],
      ['p/edx-upgrade@micromasters-companion', 'MITx 6.431x: edX upgrade deadline', '2026-12-23', true],
      ['p/course-end@micromasters-companion', 'MITx 6.431x: the course ends', '2027-03-03', true],
    ]);
    const alarms = calendar
      .getAllSubcomponents('vevent')[0]
      ?.getAllSubcomponents('valarm')
      .map((a) => a.getFirstPropertyValue('trigger')?.toString());
    // 7, 3, 1 days before at 09:00 (6 calendar days and 15 hours before midnight), and 09:00 on the day.
    expect(alarms).toEqual(['-P6DT15H', '-P2DT15H', '-PT15H', 'PT9H']);
  });

  it('alarms keep the local hour across a daylight-saving change (Paris, 25 October 2026)', () => {
    // A deadline on 1 November with the 7-day reminder at 09:00: the clocks go back on 25 October.
    const text = deadlinesToIcs(
      steps,
      settingsWith((s) => ((s.reminders.leadDays = [7]), (s.reminders.dayOf = false), (s.reminders.hour = 0))),
      now,
    );
    if (!text.ok) throw new Error(text.error);
    expect(text.text).toMatch(/TRIGGER:-P7D\r\n/);
    const start = ICAL.Time.fromData({ year: 2026, month: 11, day: 1, hour: 0, minute: 0 });
    for (const [hour, trigger] of [
      [9, '-P6DT15H'],
      [0, '-P7D'],
    ] as const) {
      const at = start.clone();
      at.addDuration(ICAL.Duration.fromString(trigger));
      // Calendar arithmetic on local time: 25 October at the reminder hour, whatever the offset that day.
      expect([at.month, at.day, at.hour]).toEqual([10, 25, hour]);
    }
  });

  it('a second export updates the same events: same UIDs, a higher SEQUENCE', () => {
    const a = deadlinesToIcs(steps, settingsWith(), now);
    const b = deadlinesToIcs(steps, settingsWith(), now + 3_600_000);
    if (!a.ok || !b.ok) throw new Error('export failed');
    const uids = (text: string) =>
      new ICAL.Component(ICAL.parse(text))
        .getAllSubcomponents('vevent')
        .map((v) => [v.getFirstPropertyValue('uid'), Number(v.getFirstPropertyValue('sequence'))] as const);
    const [first, second] = [uids(a.text), uids(b.text)];
    expect(second.map((x) => x[0])).toEqual(first.map((x) => x[0]));
    for (let i = 0; i < first.length; i++) expect(second[i]?.[1]).toBeGreaterThan(first[i]?.[1] ?? Infinity);
  });

  it('alarms follow the lead times; none when reminders are off; nothing to export says so', () => {
    expect(
      alarmsFor(
        settingsWith((s) => ((s.reminders.leadDays = [14]), (s.reminders.dayOf = false), (s.reminders.hour = 8))),
      ).map((a) => a.trigger),
    ).toEqual([{ days: 13, hours: 16, before: true }]);
    expect(alarmsFor(settingsWith((s) => (s.reminders.enabled = false)))).toEqual([]);
    expect(deadlinesToIcs(programStandings(progressWith({}), settingsWith(), now, 'UTC'), settingsWith(), now)).toEqual(
      { ok: false, error: "There are no deadlines to export yet: add a run's start date first." },
    );
  });
});
