/** The planner: fees, projected completion, and the weekly load of each planned term. */
import { ProgramSummary } from '../../components/ProgramSummary';
import { stepCourse } from '../../components/labels';
import { stepOf } from '../../lib/catalog';
import { t } from '../../lib/i18n';
import { termLoad } from '../../lib/plan';
import type { Progress, Settings } from '../../lib/state/schema';
import { summariseProgram } from '../../lib/status';
import { localTimeZone } from '../../lib/time';
import { termLabel } from './PlanSection';

export function PlannerSection({ progress, settings }: { progress: Progress; settings: Settings }) {
  const now = Date.now();
  const timeZone = localTimeZone();
  const steps = summariseProgram(progress, settings, now, timeZone);
  const planned = Object.fromEntries(Object.entries(progress.steps).map(([k, s]) => [Number(k), s.plannedTerm]));
  const load = termLoad(planned, steps);
  return (
    <section aria-labelledby="planner-heading">
      <h2 id="planner-heading">{t('optionsPlannerHeading')}</h2>
      <ProgramSummary steps={steps} now={now} timeZone={timeZone} />
      {load.length ? (
        <table class="load" data-testid="term-load">
          <caption>{t('optionsLoadCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('optionsTermColumn')}</th>
              <th scope="col">{t('summaryCourses')}</th>
              <th scope="col">{t('optionsHoursWeek')}</th>
            </tr>
          </thead>
          <tbody>
            {load.map((row) => (
              <tr key={row.term}>
                <th scope="row">{termLabel(row.term)}</th>
                <td>
                  {row.steps.map((s) => stepCourse(s)).join(' + ')}
                  {row.sequentialClash && <p class="note note--warn">{t('optionsClash', stepOf(2).primary)}</p>}
                </td>
                <td>{t('optionsHoursRange', row.hours.min, row.hours.max)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">{t('optionsNoPlannedTerms')}</p>
      )}
    </section>
  );
}
