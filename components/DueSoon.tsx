/** The popup's "Due soon": graded work across the track's runs, the next 7 days first, then a few later. */
import { t } from '../lib/i18n';
import type { StepStanding } from '../lib/status';
import type { SummaryGradedItem } from '../lib/summary';
import { itemDays } from '../lib/deadlines';
import { GradedRow, LockedNote } from './GradedWork';

const LATER_SHOWN = 5;

export function DueSoon({ steps, now, timeZone }: { steps: readonly StepStanding[]; now: number; timeZone: string }) {
  const runs = steps.flatMap((s) => s.runs).filter((r) => r.graded);
  if (!runs.length) return null;
  const items: { item: SummaryGradedItem; course: string; runId: string }[] = runs
    .flatMap((r) => (r.graded?.upcoming ?? []).map((item) => ({ item, course: r.view.course, runId: r.view.id })))
    .sort((a, b) => Date.parse(a.item.due ?? '') - Date.parse(b.item.due ?? ''));
  const soon = items.filter((i) => itemDays(i.item, now, timeZone) <= 7);
  const later = items.filter((i) => itemDays(i.item, now, timeZone) > 7).slice(0, LATER_SHOWN);
  const row = (i: (typeof items)[number]) => (
    <GradedRow key={`${i.runId}:${i.item.id}`} item={i.item} course={i.course} now={now} timeZone={timeZone} />
  );
  return (
    <section aria-labelledby="due-soon-heading" data-testid="due-soon">
      <h2 id="due-soon-heading">{t('dueSoonHeading')}</h2>
      {soon.length ? <ul class="graded-list">{soon.map(row)}</ul> : <p class="muted">{t('dueSoonNone')}</p>}
      {runs.map((r) => r.graded && <LockedNote key={r.view.id} graded={r.graded} timeZone={timeZone} />)}
      {later.length > 0 && (
        <>
          <h3 class="muted">{t('dueLaterHeading')}</h3>
          <ul class="graded-list" data-testid="due-later">
            {later.map(row)}
          </ul>
        </>
      )}
    </section>
  );
}
