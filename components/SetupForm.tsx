/** The first-run setup: courses already passed, credit carried over, and the course the learner is taking now. */
import { useState } from 'preact/hooks';
import { COURSE_STEPS, creditRule, LEGACY_CREDIT, stepOf, type CourseStep, type StepNumber } from '../lib/catalog';
import type { Command } from '../lib/commands';
import { t } from '../lib/i18n';
import type { CreditRoute } from '../lib/state/schema';
import type { StepStanding } from '../lib/status';
import { DateInput } from './DateInput';
import { CREDIT_LABEL_KEYS, stepCourse } from './labels';

/**
 * A run already in the plan (entered on the options page before setup) that is still under way: setup offers
 * it, with its start date, rather than adding a second run of the same course.
 */
function entered(steps: readonly StepStanding[]): { step: StepNumber; start: string } | undefined {
  for (const s of steps) {
    const run = s.current;
    if (s.step === 5 || !run || s.status === 'passed' || s.status === 'not-passed') continue;
    return { step: s.step, start: run.view.start?.value.slice(0, 10) ?? '' };
  }
  return undefined;
}

/** First run: which courses are done (with the 6.041x and DEDP routes), and when the current one started. */
export function SetupForm({
  steps = [],
  onSubmit,
}: {
  steps?: readonly StepStanding[];
  onSubmit: (command: Extract<Command, { type: 'finishSetup' }>) => void;
}) {
  const known = entered(steps);
  const [passed, setPassed] = useState<readonly CourseStep[]>(() =>
    COURSE_STEPS.filter((n) => steps.find((s) => s.step === n)?.status === 'passed'),
  );
  const [credits, setCredits] = useState<readonly CreditRoute[]>([]);
  const [current, setCurrent] = useState<StepNumber | 0>(known?.step ?? 0);
  const [start, setStart] = useState(known?.start ?? '');
  const toggle = <T,>(list: readonly T[], item: T, on: boolean) =>
    on ? [...list, item] : list.filter((x) => x !== item);
  // A step passed through declared credit (6.041x) is not the next to take.
  const creditedStep = (n: StepNumber) =>
    credits.some((route) => creditRule(route).passesStep && creditRule(route).step === n);
  const firstOpen = COURSE_STEPS.find((n) => !passed.includes(n) && !creditedStep(n));
  return (
    <form
      class="setup"
      aria-labelledby="setup-heading"
      onSubmit={(e) => {
        e.preventDefault();
        const course = current ? stepOf(current).primary : undefined;
        onSubmit({
          type: 'finishSetup',
          passed: [...passed],
          credits: [...credits],
          ...(course && start && { current: { course, start } }),
        });
      }}
    >
      <h2 id="setup-heading">{t('setupHeading')}</h2>
      <p class="muted">{t('setupIntro')}</p>
      <fieldset>
        <legend>{t('setupPassedLegend')}</legend>
        {COURSE_STEPS.map((n) => (
          <label class="check" key={n}>
            <input
              type="checkbox"
              checked={passed.includes(n)}
              onChange={(e) => setPassed(toggle(passed, n, e.currentTarget.checked))}
            />
            {t('trackStep', n, stepCourse(n), t('status_passed'))}
          </label>
        ))}
        {LEGACY_CREDIT.map((rule) => (
          <label class="check" key={rule.id}>
            <input
              type="checkbox"
              checked={credits.includes(rule.id)}
              onChange={(e) => setCredits(toggle(credits, rule.id, e.currentTarget.checked))}
            />
            {t(CREDIT_LABEL_KEYS[rule.id])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('setupCurrentLegend')}</legend>
        {known && known.step === current && (
          <p class="muted" data-testid="setup-entered">
            {t('setupAlreadyEntered', stepCourse(known.step))}
          </p>
        )}
        <div class="field">
          <label for="setup-course">{t('setupCurrentCourse')}</label>
          <select
            id="setup-course"
            value={String(current)}
            onChange={(e) => setCurrent(Number(e.currentTarget.value) as StepNumber | 0)}
          >
            <option value="0">{t('setupNone')}</option>
            {COURSE_STEPS.map((n) => (
              <option key={n} value={String(n)}>
                {stepCourse(n)}
                {n === firstOpen ? ` (${t('setupSuggested')})` : ''}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="setup-start">{t('setupStarted')}</label>
          <DateInput
            id="setup-start"
            value={start}
            disabled={!current}
            required={!!current}
            onCommit={(v) => setStart(v ?? '')}
          />
        </div>
      </fieldset>
      <p class="muted">{t('setupOneAccount')}</p>
      <div class="actions">
        <button type="submit" class="primary">
          {t('setupSave')}
        </button>
        <button
          type="button"
          class="action--quiet"
          onClick={() => onSubmit({ type: 'finishSetup', passed: [], credits: [] })}
        >
          {t('setupSkip')}
        </button>
      </div>
    </form>
  );
}
