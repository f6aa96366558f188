/**
 * Graded work where the learner looks: items due with days left and a link, the locked ones counted, and
 * the grade standing. Shared by the popup's "Due soon" list and the hint on a course home.
 */
import { daysLeft, urgency } from '../lib/deadlines';
import { formatDate, relativeDays } from '../lib/format';
import type { GradedView } from '../lib/graded';
import { t } from '../lib/i18n';
import type { StoredGradedItem } from '../lib/state/graded-schema';
import { zonedDate } from '../lib/time';

const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** Days from today to an item's due date, in the learner's time zone. */
export function itemDays(item: StoredGradedItem, now: number, timeZone: string): number {
  return daysLeft({ date: zonedDate(Date.parse(item.due ?? ''), timeZone) }, now, timeZone);
}

/** One item: its title (a link into the course app when known), its course, due date and days left. */
export function GradedRow({
  item,
  course,
  now,
  timeZone,
}: {
  item: StoredGradedItem;
  course?: string;
  now: number;
  timeZone: string;
}) {
  const days = itemDays(item, now, timeZone);
  const due = Date.parse(item.due ?? '');
  return (
    <li class={`graded deadline--${urgency(days)}`} data-testid="graded-item" data-item={item.id}>
      <span class="graded__title">
        {course && <span class="graded__course">{course} · </span>}
        {item.link ? (
          <a href={item.link} target="_blank" rel="noreferrer">
            {item.title}
          </a>
        ) : (
          item.title
        )}
        {item.locked && <span class="graded__locked"> · {t('gradedLocked')}</span>}
      </span>{' '}
      <time class="graded__when" dateTime={new Date(due).toISOString()}>
        {t('deadlineWhen', formatDate(due, timeZone), relativeDays(days))}
      </time>
    </li>
  );
}

/** "5 graded items are locked until you upgrade; the first is due …" */
export function LockedNote({ graded, timeZone }: { graded: GradedView; timeZone: string }) {
  const { count, firstDue } = graded.locked;
  if (!count) return null;
  const first = firstDue ? formatDate(Date.parse(firstDue), timeZone) : '';
  return (
    <p class="note" data-testid="graded-locked">
      {count === 1 ? t('gradedLockedOne', first) : t('gradedLockedMany', count, first)}
    </p>
  );
}

/** The grade now, the share still to come, and what average on it reaches the pass mark. */
export function StandingLine({ graded }: { graded: GradedView }) {
  const s = graded.standing;
  if (!s) return null;
  const head = t('standingNow', percent(s.current), percent(s.toCome));
  const tail =
    s.kind === 'passed'
      ? t('standingPassed', percent(s.passMark))
      : s.kind === 'unreachable'
        ? t('standingUnreachable', percent(s.passMark))
        : t('standingNeeds', percent(s.passMark), `${Math.round((s.needed ?? 0) * 100)}%`);
  return (
    <p class="row" data-testid="grade-standing" data-kind={s.kind}>
      {head} {tail}
    </p>
  );
}
