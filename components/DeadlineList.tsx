/** The deadlines of a run as a list: kind, date, days left, which one to act on, and where each date came from. */
import { formatDate, relativeDays, sourceText } from '../lib/format';
import type { DeadlineRow } from '../lib/hint-model';
import { t } from '../lib/i18n';
import { urgency } from '../lib/deadlines';
import { onPlatform } from '../lib/platform-words';
import { DEADLINE_KEYS } from './labels';

/** Deadlines with their labels (program target or edX), dates and days left; the one to act on stands out. */
export function DeadlineList({
  rows,
  timeZone,
  now = Date.now(),
}: {
  rows: readonly DeadlineRow[];
  timeZone: string;
  now?: number;
}) {
  if (!rows.length) return null;
  return (
    <ul class="deadlines" data-testid="deadlines">
      {rows.map((row) => (
        <li
          key={row.deadline.id}
          class={`deadline deadline--${urgency(row.days)}${row.actOn ? ' deadline--act' : ''}`}
          data-kind={row.deadline.kind}
          data-act={row.actOn ? 'true' : undefined}
        >
          <span class="deadline__label">{t(onPlatform(DEADLINE_KEYS[row.deadline.kind], row.deadline.platform))}</span>
          <span class="deadline__when">
            <time dateTime={new Date(row.deadline.at).toISOString()}>
              {t('deadlineWhen', formatDate(row.deadline.at, timeZone), relativeDays(row.days))}
            </time>
            {row.actOn && <strong class="deadline__act"> · {t('deadlineActOn')}</strong>}
          </span>
          {row.deadline.basis && (
            <span class="deadline__source" data-testid="deadline-source">
              {sourceText(
                row.deadline.basis,
                now,
                row.deadline.kind === 'program-target' ? 'start' : 'value',
                row.deadline.platform,
              )}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
