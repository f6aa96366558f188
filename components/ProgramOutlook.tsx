/** The program at a glance: courses passed, fees paid and still to pay, and when the four courses could be done. */
import { CAPSTONE_STEP } from '../lib/catalog';
import { passedCourses } from '../lib/hint-model';
import { formatDate } from '../lib/format';
import { t } from '../lib/i18n';
import { money, projectCompletion } from '../lib/projection';
import type { StepStanding } from '../lib/status';

const usd = (n: number) => `US $${n.toLocaleString('en-US')}`;

/** The track's courses passed, money spent and still to spend of its fees, and when its four courses could be done. */
export function ProgramOutlook({
  steps,
  now,
  timeZone,
}: {
  steps: readonly StepStanding[];
  now: number;
  timeZone: string;
}) {
  const passed = passedCourses(steps);
  const m = money(steps);
  const projection = projectCompletion(steps, now);
  const credentialEarned = passed === 4 && steps.find((s) => s.step === CAPSTONE_STEP)?.status === 'passed';
  return (
    <dl class="summary" data-testid="program-summary">
      <div>
        <dt>{t('summaryCourses')}</dt>
        <dd data-testid="summary-passed">{t('programPassed', passed)}</dd>
      </div>
      <div>
        <dt>{t('summaryMoney')}</dt>
        <dd data-testid="summary-money">{t('summaryMoneyValue', usd(m.spent), usd(m.toSpend), usd(m.total))}</dd>
      </div>
      <div>
        <dt>{t('summaryFinish')}</dt>
        <dd data-testid="summary-finish">
          {credentialEarned
            ? t('next_done')
            : projection.capstoneOpen
              ? t('summaryCapstoneOpen')
              : t(
                  'summaryFinishRange',
                  formatDate(projection.earliest ?? now, timeZone),
                  formatDate(projection.latest ?? now, timeZone),
                )}
        </dd>
      </div>
    </dl>
  );
}
