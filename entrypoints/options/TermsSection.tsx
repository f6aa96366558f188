/** The planner: fees, projected completion, and the weekly load of each planned term. */
import { ProgramOutlook } from '../../components/ProgramOutlook';
import { stepCourse } from '../../components/labels';
import { RUNS_ALONGSIDE, STEP_IDS } from '../../lib/catalog';
import { t } from '../../lib/i18n';
import { termLoad } from '../../lib/projection';
import type { Progress, Settings } from '../../lib/state/schema';
import { programStandings } from '../../lib/status';
import { localTimeZone } from '../../lib/time';
import { termLabel } from './CoursesSection';

export function TermsSection({ progress, settings }: { progress: Progress; settings: Settings }) {
  const now = Date.now();
  const timeZone = localTimeZone();
  const steps = programStandings(progress, settings, now, timeZone);
  const planned = Object.fromEntries(STEP_IDS.map((id) => [id, progress.steps[id].plannedTerm]));
  const load = termLoad(planned, steps);
  return (
    <section aria-labelledby="planner-heading">
      <h2 id="planner-heading">{t('optionsPlannerHeading')}</h2>
      <ProgramOutlook steps={steps} now={now} timeZone={timeZone} />
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
                  {row.sequentialClash && <p class="note note--warn">{t('optionsClash', RUNS_ALONGSIDE)}</p>}
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
