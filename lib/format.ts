/** Dates and day counts as the learner reads them: Intl in the browser's locale, words from _locales. */
import { t, uiLocale } from './i18n';

export function formatDate(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat(uiLocale(), { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(ms);
}

/** "today", "tomorrow", "in 5 days", "3 days ago", localised. */
export function relativeDays(days: number): string {
  if (days === 0) return t('daysToday');
  if (days === 1) return t('daysTomorrow');
  if (days < 0) return t('daysAgo', -days);
  return t('daysIn', days);
}
