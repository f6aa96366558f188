/**
 * Calendar arithmetic in the learner's time zone, with Intl only (no library: this runs in the content
 * script too). Calendar dates are `YYYY-MM-DD` strings; instants are epoch milliseconds or ISO strings in UTC.
 */

export type CalendarDate = string; // YYYY-MM-DD

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Wall-clock fields of an instant in a zone. */
function wallClock(
  ms: number,
  timeZone: string,
): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(ms)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    y: parts.year ?? 0,
    mo: parts.month ?? 1,
    d: parts.day ?? 1,
    h: parts.hour ?? 0,
    mi: parts.minute ?? 0,
    s: parts.second ?? 0,
  };
}

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - (ms - (((ms % 1000) + 1000) % 1000));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar date of an instant in a zone. */
export function zonedDate(ms: number, timeZone: string): CalendarDate {
  const w = wallClock(ms, timeZone);
  return `${pad(w.y, 4)}-${pad(w.mo)}-${pad(w.d)}`;
}

function splitDate(date: CalendarDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
}

/**
 * The instant at which a zone's wall clock reads `date hour:minute`. A time skipped by a daylight-saving
 * change moves forward by the gap (02:30 becomes 03:30), the way calendars treat it.
 */
export function zonedInstant(date: CalendarDate, hour: number, minute: number, timeZone: string): number {
  const [y, m, d] = splitDate(date);
  const asUtc = Date.UTC(y, m - 1, d, hour, minute);
  // Two passes settle the offset on either side of a change.
  let guess = asUtc - offsetAt(asUtc, timeZone);
  guess = asUtc - offsetAt(guess, timeZone);
  const w = wallClock(guess, timeZone);
  if (w.h !== hour || w.mi !== minute) {
    // Skipped local time: take the offset from before the change, which lands after the gap.
    return asUtc - offsetAt(guess - 3 * 3600_000, timeZone);
  }
  return guess;
}

/** The last millisecond of a calendar day in a zone. */
export function endOfDay(date: CalendarDate, timeZone: string): number {
  return zonedInstant(addDays(date, 1), 0, 0, timeZone) - 1;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = splitDate(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: CalendarDate, to: CalendarDate): number {
  const [y1, m1, d1] = splitDate(from);
  const [y2, m2, d2] = splitDate(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(text: string): boolean {
  const m = DATE_ONLY.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * The calendar date a stored value means: a learner's `YYYY-MM-DD` is that date wherever they are; an
 * instant from edX is read in the learner's zone.
 */
export function parseDateOrInstant(text: string, timeZone: string): CalendarDate | undefined {
  if (DATE_ONLY.test(text)) return isCalendarDate(text) ? text : undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : zonedDate(ms, timeZone);
}

let zone: { name: string; readAt: number } | undefined;

/**
 * The zone the browser runs in. Reading it builds an Intl formatter (most of a millisecond), so it is read
 * at most once a minute: a learner who changes zone sees the change within a minute.
 */
export function localTimeZone(now = Date.now()): string {
  if (!zone || now - zone.readAt >= 60_000 || now < zone.readAt) {
    zone = { name: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC', readAt: now };
  }
  return zone.name;
}

/** The first SDS-era runs on edX began in 2012; no run of the program starts more than two years ahead. */
export const PLAUSIBLE_FROM: CalendarDate = '2012-01-01';
export const PLAUSIBLE_YEARS_AHEAD = 2;

/**
 * Whether a date the learner typed is one the program could have: from 2012 to two years after today.
 * Anything else (a typo such as 9999 or 2062) is asked about before it is saved.
 */
export function isPlausibleDate(date: string, today: CalendarDate): boolean {
  const latest = `${Number(today.slice(0, 4)) + PLAUSIBLE_YEARS_AHEAD}${today.slice(4)}`;
  return isCalendarDate(date) && date >= PLAUSIBLE_FROM && date <= latest;
}
