import { describe, expect, it } from 'vitest';
import { addDays, calendarDaysBetween, endOfDay, parseDateOrInstant, zonedDate, zonedInstant } from '../../lib/time';

describe('zonedDate', () => {
  it.each([
    ['2025-09-02T15:00:00Z', 'UTC', '2025-09-02'],
    ['2025-09-02T03:00:00Z', 'America/Los_Angeles', '2025-09-01'],
    ['2025-09-02T20:00:00Z', 'Asia/Tokyo', '2025-09-03'],
    ['2025-12-31T23:30:00Z', 'Europe/Paris', '2026-01-01'],
    ['2026-01-01T02:00:00Z', 'America/New_York', '2025-12-31'],
    ['2025-03-09T10:30:00Z', 'Asia/Kathmandu', '2025-03-09'],
  ])('%s in %s is %s', (instant, tz, date) => {
    expect(zonedDate(Date.parse(instant), tz)).toBe(date);
  });
});

describe('zonedInstant and endOfDay across daylight-saving changes and year ends', () => {
  it.each([
    // [date, hour, minute, tz, expected UTC]
    ['2025-03-09', 9, 0, 'America/New_York', '2025-03-09T13:00:00.000Z'], // first day of EDT
    ['2025-03-08', 9, 0, 'America/New_York', '2025-03-08T14:00:00.000Z'], // last day of EST
    ['2025-03-30', 9, 0, 'Europe/Paris', '2025-03-30T07:00:00.000Z'], // CEST starts
    ['2025-10-26', 9, 0, 'Europe/Paris', '2025-10-26T08:00:00.000Z'], // CET again
    ['2025-04-06', 9, 0, 'Australia/Sydney', '2025-04-05T23:00:00.000Z'], // AEST again
    ['2025-12-31', 23, 59, 'Pacific/Kiritimati', '2025-12-31T09:59:00.000Z'], // UTC+14
    ['2026-01-01', 0, 0, 'Pacific/Pago_Pago', '2026-01-01T11:00:00.000Z'], // UTC-11
    ['2025-06-15', 9, 0, 'Asia/Kolkata', '2025-06-15T03:30:00.000Z'],
  ])('%s %d:%d in %s', (date, h, m, tz, expected) => {
    expect(new Date(zonedInstant(date, h, m, tz)).toISOString()).toBe(expected);
  });

  it('a local time that does not exist (spring forward) moves forward, never back', () => {
    // 02:30 on 2025-03-09 does not exist in New York: 03:30 EDT is 07:30Z.
    expect(new Date(zonedInstant('2025-03-09', 2, 30, 'America/New_York')).toISOString()).toBe(
      '2025-03-09T07:30:00.000Z',
    );
  });

  it.each([
    ['2025-03-09', 'America/New_York', '2025-03-10T03:59:59.999Z'], // a 23-hour day
    ['2025-11-02', 'America/New_York', '2025-11-03T04:59:59.999Z'], // a 25-hour day
    ['2025-12-31', 'Europe/Paris', '2025-12-31T22:59:59.999Z'],
    ['2025-12-31', 'UTC', '2025-12-31T23:59:59.999Z'],
  ])('end of %s in %s', (date, tz, expected) => {
    expect(new Date(endOfDay(date, tz)).toISOString()).toBe(expected);
  });
});

describe('calendar days', () => {
  it.each([
    ['2025-12-20', 28, '2026-01-17'],
    ['2024-02-01', 28, '2024-02-29'],
    ['2025-02-01', 28, '2025-03-01'],
    ['2025-03-01', -1, '2025-02-28'],
  ])('%s + %d days = %s', (date, n, expected) => expect(addDays(date, n)).toBe(expected));

  it.each([
    ['2025-12-31', '2026-01-01', 1],
    ['2025-03-08', '2025-03-10', 2], // across spring forward
    ['2025-11-01', '2025-11-03', 2], // across fall back
    ['2025-06-10', '2025-06-10', 0],
    ['2025-06-10', '2025-06-01', -9],
  ])('%s to %s is %d days', (a, b, n) => expect(calendarDaysBetween(a, b)).toBe(n));
});

describe('parseDateOrInstant', () => {
  it('reads date-only values as that calendar date, instants in the zone', () => {
    expect(parseDateOrInstant('2025-09-02', 'Asia/Tokyo')).toBe('2025-09-02');
    expect(parseDateOrInstant('2025-09-02T20:00:00Z', 'Asia/Tokyo')).toBe('2025-09-03');
    expect(parseDateOrInstant('garbage', 'UTC')).toBeUndefined();
    expect(parseDateOrInstant('2025-02-30', 'UTC')).toBeUndefined();
  });
});
