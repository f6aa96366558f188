/**
 * Planning reminders, pure. Each pending deadline gets one reminder per lead time (default 7, 3 and 1 days
 * before) and one on the morning of the day, at `settings.reminders.hour` in the learner's zone, moved out of
 * quiet hours. The background turns the plan into browser alarms and delivers what is due.
 *
 * Exactly once: a reminder's id names its deadline (run, kind, date) and lead; delivered ids are kept in
 * progress.fired. After downtime (browser closed, worker stopped), reminders whose time passed while the
 * deadline is still ahead are due at once, but only the latest of them per deadline: the others are marked
 * superseded, so a learner back after a week gets one notification, not three.
 */
import type { AgendaItem } from './agenda';
import type { Settings } from './state/schema';
import { addDays, zonedDate, zonedInstant, type CalendarDate } from './time';

/** Anything a reminder can be for: a program deadline (an agenda item) or a graded item (lib/graded-reminders.ts). */
export interface ReminderTarget {
  readonly deadline: { readonly id: string; readonly date: CalendarDate; readonly at: number };
  /** Its own days before (0: the morning of the day); else the settings' lead days and day-of choice. */
  readonly leads?: readonly number[];
}

export const REMINDER_ALARM_PREFIX = 'reminder:';
export const BADGE_ALARM = 'badge-refresh';

export interface Reminder<T extends ReminderTarget = AgendaItem> {
  readonly id: string;
  readonly item: T;
  /** Days before the deadline's date; 0 is the morning of the day. */
  readonly lead: number;
  readonly fireAt: number;
}

export interface ReminderPlan<T extends ReminderTarget = AgendaItem> {
  /** Alarms to keep: name -> when. Every other reminder alarm is to be cleared. */
  readonly alarms: ReadonlyMap<string, number>;
  /** Reminders to deliver now. */
  readonly due: readonly Reminder<T>[];
  /** Reminders that will never be shown because a later one for the same deadline is due. */
  readonly superseded: readonly string[];
}

const toMinutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

function localMinutes(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(ms);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return get('hour') * 60 + get('minute');
}

export function inQuietHours(ms: number, settings: Settings, timeZone: string): boolean {
  const q = settings.quietHours;
  if (!q.enabled) return false;
  const [start, end, m] = [toMinutes(q.start), toMinutes(q.end), localMinutes(ms, timeZone)];
  if (start === end) return false;
  return start < end ? m >= start && m < end : m >= start || m < end;
}

/** The first moment at or after `ms` outside quiet hours. */
export function afterQuietHours(ms: number, settings: Settings, timeZone: string): number {
  if (!inQuietHours(ms, settings, timeZone)) return ms;
  const end = settings.quietHours.end;
  const today = zonedDate(ms, timeZone);
  const candidate = zonedInstant(today, Number(end.slice(0, 2)), Number(end.slice(3, 5)), timeZone);
  return candidate > ms
    ? candidate
    : zonedInstant(addDays(today, 1), Number(end.slice(0, 2)), Number(end.slice(3, 5)), timeZone);
}

/** Every reminder the agenda calls for, past ones included, in time order. */
export function reminderOccurrences<T extends ReminderTarget>(
  items: readonly T[],
  settings: Settings,
  timeZone: string,
): Reminder<T>[] {
  const r = settings.reminders;
  if (!r.enabled) return [];
  const ordered = (days: readonly number[]) => [...new Set(days)].sort((a, b) => b - a);
  const leads = ordered([...r.leadDays, ...(r.dayOf ? [0] : [])]);
  const out: Reminder<T>[] = [];
  for (const item of items) {
    for (const lead of item.leads ? ordered(item.leads) : leads) {
      const planned = zonedInstant(addDays(item.deadline.date, -lead), r.hour, 0, timeZone);
      const fireAt = afterQuietHours(planned, settings, timeZone);
      // A reminder pushed past its deadline (by quiet hours, or a deadline early in the day) would be
      // useless: keep the planned time if that is still before the deadline, else drop it.
      const when = fireAt < item.deadline.at ? fireAt : planned < item.deadline.at ? planned : undefined;
      if (when === undefined) continue;
      out.push({ id: `${item.deadline.id}@${lead}d`, item, lead, fireAt: when });
    }
  }
  return out.sort((a, b) => a.fireAt - b.fireAt);
}

export function planReminders<T extends ReminderTarget>(
  items: readonly T[],
  settings: Settings,
  fired: Readonly<Record<string, string>>,
  now: number,
  timeZone: string,
): ReminderPlan<T> {
  const alarms = new Map<string, number>();
  const dueByDeadline = new Map<string, Reminder<T>[]>();
  for (const reminder of reminderOccurrences(items, settings, timeZone)) {
    if (fired[reminder.id]) continue;
    if (reminder.fireAt > now) {
      alarms.set(REMINDER_ALARM_PREFIX + reminder.id, reminder.fireAt);
      continue;
    }
    const list = dueByDeadline.get(reminder.item.deadline.id) ?? [];
    list.push(reminder);
    dueByDeadline.set(reminder.item.deadline.id, list);
  }
  const due: Reminder<T>[] = [];
  const superseded: string[] = [];
  for (const list of dueByDeadline.values()) {
    const latest = list.at(-1);
    if (!latest) continue;
    superseded.push(...list.slice(0, -1).map((r) => r.id));
    // Due during quiet hours: wait for their end, unless the deadline passes first.
    const later = afterQuietHours(now, settings, timeZone);
    if (later > now && later < latest.item.deadline.at) alarms.set(REMINDER_ALARM_PREFIX + latest.id, later);
    else due.push(latest);
  }
  return { alarms, due, superseded };
}

/** The next local midnight, when "days left" changes. */
export function nextMidnight(now: number, timeZone: string): number {
  return zonedInstant(addDays(zonedDate(now, timeZone), 1), 0, 0, timeZone);
}
