/** Dates and day counts as the learner reads them: Intl in the browser's locale, words from _locales. */
import { t, tn, uiLocale } from './i18n';
import type { Platform } from './platform';
import { onPlatform } from './platform-words';

// Building an Intl formatter costs far more than using one: keep one per time zone.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(ms: number, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat(uiLocale(), {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone,
    });
    dateFormats.set(timeZone, format);
  }
  return format.format(ms);
}

/** "today", "tomorrow", "in 5 days", "3 days ago", localised. */
export function relativeDays(days: number): string {
  if (days === 0) return t('daysToday');
  if (days === 1) return t('daysTomorrow');
  if (days < 0) return tn('daysAgo', -days);
  return tn('daysIn', days);
}

/** "2 minutes ago", "il y a 3 heures": how long ago an instant was, in the browser's language. */
export function timeAgo(at: number, now: number): string {
  const seconds = Math.round((at - now) / 1000);
  const format = new Intl.RelativeTimeFormat(uiLocale(), { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return format.format(0, 'minute');
  if (abs < 3600) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return format.format(Math.round(seconds / 3600), 'hour');
  return format.format(Math.round(seconds / 86_400), 'day');
}

/** Where a value came from: "from edX, 2 minutes ago", "from MITx Online, …" or "entered by you". */
export function sourceText(
  basis: { by: 'learner' | 'edx'; at: string } | undefined,
  now: number,
  what: 'value' | 'start' = 'value',
  platform?: Platform,
): string | undefined {
  if (!basis) return undefined;
  if (basis.by === 'learner') return t(what === 'start' ? 'sourceStartLearner' : 'sourceLearner');
  return t(onPlatform(what === 'start' ? 'sourceStartEdx' : 'sourceEdx', platform), timeAgo(Date.parse(basis.at), now));
}

let usd: Intl.NumberFormat | undefined;

/** "US $300" / "300 $US", in the browser's language. */
export function formatUsd(amount: number): string {
  usd ??= new Intl.NumberFormat(uiLocale(), {
    style: 'currency',
    currency: 'USD',
    currencyDisplay: 'symbol',
    maximumFractionDigits: 2,
    minimumFractionDigits: 0,
  });
  return usd.format(amount);
}
