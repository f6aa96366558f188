import { describe, expect, it } from 'vitest';
import { agenda } from '../../lib/agenda';
import { afterQuietHours, inQuietHours, nextMidnight, planReminders, reminderOccurrences } from '../../lib/reminders';
import type { Settings } from '../../lib/state/schema';
import { programStandings } from '../../lib/status';
import { progressWith, run, settingsWith } from '../support/builders';

const iso = (ms: number) => new Date(ms).toISOString();
const tz = 'Europe/Paris';
// 6.431x in audit, started 2025-09-02: program target 2025-09-30 (end of day, Paris), edX date 2025-10-14.
const progress = progressWith({
  '6.431x': [
    run(
      '6.431x',
      { start: '2025-09-02T15:00:00Z', mode: 'audit', upgradeDeadline: '2025-10-14T21:59:00Z' },
      { id: 'r1' },
    ),
  ],
});

function itemsAt(now: number, settings: Settings = settingsWith()) {
  return agenda(programStandings(progress, settings, now, tz), now);
}

describe('reminder occurrences', () => {
  it('7, 3, 1 days before and the morning of the day, at 09:00 local', () => {
    const now = Date.parse('2025-09-05T00:00:00Z');
    const target = reminderOccurrences(itemsAt(now), settingsWith(), tz).filter(
      (r) => r.item.deadline.kind === 'program-target',
    );
    expect(target.map((r) => [r.lead, iso(r.fireAt)])).toEqual([
      [7, '2025-09-23T07:00:00.000Z'],
      [3, '2025-09-27T07:00:00.000Z'],
      [1, '2025-09-29T07:00:00.000Z'],
      [0, '2025-09-30T07:00:00.000Z'],
    ]);
    expect(target[0]?.id).toBe('r1:program-target:2025-09-30@7d');
  });

  it('follows custom lead times and turns off entirely', () => {
    const now = Date.parse('2025-09-05T00:00:00Z');
    const s = settingsWith((x) => {
      x.reminders.leadDays = [14];
      x.reminders.dayOf = false;
    });
    expect(reminderOccurrences(itemsAt(now, s), s, tz).map((r) => r.lead)).toEqual([14, 14]);
    const off = settingsWith((x) => (x.reminders.enabled = false));
    expect(reminderOccurrences(itemsAt(now, off), off, tz)).toEqual([]);
  });

  it('moves reminders out of quiet hours', () => {
    const s = settingsWith((x) => {
      x.reminders.hour = 7;
      x.quietHours = { enabled: true, start: '22:00', end: '08:30' };
    });
    const now = Date.parse('2025-09-05T00:00:00Z');
    const first = reminderOccurrences(itemsAt(now, s), s, tz)[0];
    expect(iso(first?.fireAt ?? 0)).toBe('2025-09-23T06:30:00.000Z'); // 08:30 Paris
  });

  it('quiet hours across midnight and within a day', () => {
    const wrap = settingsWith((x) => (x.quietHours = { enabled: true, start: '22:00', end: '07:00' }));
    expect(inQuietHours(Date.parse('2025-09-10T21:30:00Z'), wrap, tz)).toBe(true); // 23:30 Paris
    expect(inQuietHours(Date.parse('2025-09-10T06:00:00Z'), wrap, tz)).toBe(false); // 08:00 Paris
    expect(iso(afterQuietHours(Date.parse('2025-09-10T21:30:00Z'), wrap, tz))).toBe('2025-09-11T05:00:00.000Z');
    const day = settingsWith((x) => (x.quietHours = { enabled: true, start: '12:00', end: '14:00' }));
    expect(inQuietHours(Date.parse('2025-09-10T11:00:00Z'), day, tz)).toBe(true); // 13:00 Paris
  });
});

describe('planReminders: alarms, catch-up and exactly once', () => {
  it('before every reminder: one alarm each, nothing due', () => {
    const now = Date.parse('2025-09-05T00:00:00Z');
    const plan = planReminders(itemsAt(now), settingsWith(), {}, now, tz);
    expect(plan.due).toEqual([]);
    expect(plan.alarms.size).toBe(8);
    expect(plan.alarms.get('reminder:r1:program-target:2025-09-30@3d')).toBe(Date.parse('2025-09-27T07:00:00Z'));
  });

  it('after a week away: only the latest missed reminder per deadline is due, the rest superseded', () => {
    const now = Date.parse('2025-09-29T12:00:00Z'); // 7d and 3d and 1d of the target have passed
    const plan = planReminders(itemsAt(now), settingsWith(), {}, now, tz);
    expect(plan.due.map((r) => r.id)).toEqual(['r1:program-target:2025-09-30@1d']);
    expect(plan.superseded).toEqual(['r1:program-target:2025-09-30@7d', 'r1:program-target:2025-09-30@3d']);
    expect([...plan.alarms.keys()]).toContain('reminder:r1:program-target:2025-09-30@0d');
  });

  it('a delivered reminder is never due again', () => {
    const now = Date.parse('2025-09-29T12:00:00Z');
    const fired = {
      'r1:program-target:2025-09-30@1d': '2025-09-29T07:00:01.000Z',
      'r1:program-target:2025-09-30@7d': 'x',
      'r1:program-target:2025-09-30@3d': 'x',
    };
    const plan = planReminders(itemsAt(now), settingsWith(), fired, now, tz);
    expect(plan.due).toEqual([]);
    expect(plan.superseded).toEqual([]);
  });

  it('due during quiet hours: postponed to their end', () => {
    const s = settingsWith((x) => (x.quietHours = { enabled: true, start: '22:00', end: '08:00' }));
    const now = Date.parse('2025-09-29T21:00:00Z'); // 23:00 Paris
    const plan = planReminders(itemsAt(now, s), s, {}, now, tz);
    expect(plan.due).toEqual([]);
    expect(iso(plan.alarms.get('reminder:r1:program-target:2025-09-30@1d') ?? 0)).toBe('2025-09-30T06:00:00.000Z');
  });

  it('after the deadline: nothing for it', () => {
    const now = Date.parse('2025-10-20T00:00:00Z');
    expect(planReminders(itemsAt(now), settingsWith(), {}, now, tz)).toEqual({
      alarms: new Map(),
      due: [],
      superseded: [],
    });
  });

  it('next local midnight', () => {
    // 23:30Z on 25 Oct is 01:30 on 26 Oct in Paris (CEST); the next midnight, 27 Oct 00:00 CET, is 23:00Z.
    expect(iso(nextMidnight(Date.parse('2025-10-25T23:30:00Z'), tz))).toBe('2025-10-26T23:00:00.000Z');
  });
});
