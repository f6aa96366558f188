/**
 * Graded work where the learner looks: items due with days left and a link, the locked ones counted, and
 * the grade standing. Shared by the popup's "Due soon" list and the hint on a course home.
 */
import { itemDays, urgency } from '../lib/deadlines';
import { formatDate, relativeDays } from '../lib/format';
import { t } from '../lib/i18n';
import type { SummaryGraded, SummaryGradedItem } from '../lib/summary';

const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** "Wed, Dec 2, 2026, today": an item's due date and its days left, as the deadlines read. */
export function dueWhen(item: SummaryGradedItem, days: number, timeZone: string): string {
  return t('deadlineWhen', formatDate(Date.parse(item.due ?? ''), timeZone), relativeDays(days));
}

/**
 * One item: its title (a link into the course app when known), its course, due date and days left. The
 * popup opens the link in a tab; the hint, on the course's own pages, follows it in place.
 */
export function GradedRow({
  item,
  course,
  now,
  timeZone,
  inPlace,
}: {
  item: SummaryGradedItem;
  course?: string;
  now: number;
  timeZone: string;
  inPlace?: boolean;
}) {
  const days = itemDays(item, now, timeZone);
  const due = Date.parse(item.due ?? '');
  return (
    <li class={`graded deadline--${urgency(days)}`} data-testid="graded-item" data-item={item.id}>
      <span class="graded__title">
        {course && <span class="graded__course">{course} · </span>}
        {item.link ? (
          <a href={item.link} {...(!inPlace && { target: '_blank', rel: 'noreferrer' })}>
            {item.title}
          </a>
        ) : (
          item.title
        )}
        {item.locked && <span class="graded__locked"> · {t('gradedLocked')}</span>}
      </span>{' '}
      <time class="graded__when" dateTime={new Date(due).toISOString()}>
        {dueWhen(item, days, timeZone)}
      </time>
    </li>
  );
}

/** "5 graded items are locked until you upgrade; the first is due …" */
export function LockedNote({ graded, timeZone }: { graded: Pick<SummaryGraded, 'locked'>; timeZone: string }) {
  const { count, firstDue } = graded.locked;
  if (!count) return null;
  const first = firstDue ? formatDate(Date.parse(firstDue), timeZone) : '';
  return (
    <p class="note" data-testid="graded-locked">
      {count === 1 ? t('gradedLockedOne', first) : t('gradedLockedMany', count, first)}
    </p>
  );
}

/** A course's graded work on its hint: the next items, the locked ones counted, and the grade standing. */
export function CourseGraded({ graded, now, timeZone }: { graded: SummaryGraded; now: number; timeZone: string }) {
  return (
    <div data-testid="hint-graded">
      {graded.upcoming.length > 0 && (
        <>
          <p class="row__label">{t('gradedNextHeading')}</p>
          <ul class="graded-list">
            {graded.upcoming.map((item) => (
              <GradedRow key={item.id} item={item} now={now} timeZone={timeZone} inPlace />
            ))}
          </ul>
        </>
      )}
      <LockedNote graded={graded} timeZone={timeZone} />
      <StandingLine graded={graded} />
    </div>
  );
}

/** The grade now, the share still to come, and what average on it reaches the pass mark. */
export function StandingLine({ graded }: { graded: Pick<SummaryGraded, 'standing'> }) {
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
