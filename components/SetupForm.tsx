/**
 * The first-run setup: the learner's track, the courses of it already passed, credit carried over, and the
 * course the learner is taking now.
 */
import { useState } from 'preact/hooks';
import { creditRule, LEGACY_CREDIT, stepOf, type CourseStep, type StepId } from '../lib/catalog';
import type { Command } from '../lib/commands';
import { t } from '../lib/i18n';
import type { CreditRoute } from '../lib/state/schema';
import type { StepStanding } from '../lib/status';
import { DateInput } from './DateInput';
import { CREDIT_LABEL_KEYS, stepCourse } from './labels';
import { draftChoice, faqTrack, trackCourseSteps, type TrackChoice, type TrackDraft } from '../lib/track';
import { TrackPicker } from './TrackPicker';

/**
 * A run already in the plan (entered on the options page before setup) that is still under way: setup offers
 * it, with its start date, rather than adding a second run of the same course.
 */
function entered(steps: readonly StepStanding[]): { step: StepId; start: string } | undefined {
  for (const s of steps) {
    const run = s.current;
    if (s.role === 'capstone' || !run || s.status === 'passed' || s.status === 'not-passed') continue;
    return { step: s.step, start: run.view.start?.value.slice(0, 10) ?? '' };
  }
  return undefined;
}

/** First run: which courses are done (with the 6.041x and DEDP routes), and when the current one started. */
export function SetupForm({
  steps = [],
  track = faqTrack(),
  onSubmit,
}: {
  steps?: readonly StepStanding[];
  /** The track stored now (the FAQ's path until the learner chooses). */
  track?: TrackChoice;
  onSubmit: (command: Extract<Command, { type: 'finishSetup' }>) => void;
}) {
  const known = entered(steps);
  const [draft, setDraft] = useState<TrackDraft>(track);
  const choice = draftChoice(draft);
  // The courses offered are those of the track as ticked, or of the stored track while the choice is unfinished.
  const courses = trackCourseSteps(choice.ok ? choice.track : track);
  const [passedAll, setPassed] = useState<readonly CourseStep[]>(() =>
    steps.flatMap((s) => (s.role !== 'capstone' && s.status === 'passed' ? [s.step as CourseStep] : [])),
  );
  const passed = passedAll.filter((n) => courses.includes(n));
  const [credits, setCredits] = useState<readonly CreditRoute[]>([]);
  const [chosen, setCurrent] = useState<CourseStep | ''>((known?.step as CourseStep | undefined) ?? '');
  const current = chosen && courses.includes(chosen) ? chosen : '';
  const [start, setStart] = useState(known?.start ?? '');
  const toggle = <T,>(list: readonly T[], item: T, on: boolean) =>
    on ? [...list, item] : list.filter((x) => x !== item);
  // A step passed through declared credit (6.041x) is not the next to take.
  const creditedStep = (n: StepId) =>
    credits.some((route) => creditRule(route).passesStep && creditRule(route).step === n);
  const firstOpen = courses.find((n) => !passed.includes(n) && !creditedStep(n));
  const credit = LEGACY_CREDIT.filter((rule) => (courses as readonly StepId[]).includes(rule.step));
  return (
    <form
      class="setup"
      aria-labelledby="setup-heading"
      onSubmit={(e) => {
        e.preventDefault();
        if (!choice.ok) return;
        const course = current ? stepOf(current).primary : undefined;
        onSubmit({
          type: 'finishSetup',
          track: choice.track,
          passed: [...passed],
          credits: credits.filter((c) => credit.some((rule) => rule.id === c)),
          ...(course && start && { current: { course, start } }),
        });
      }}
    >
      <h2 id="setup-heading">{t('setupHeading')}</h2>
      <p class="muted">{t('setupIntro')}</p>
      <fieldset>
        <legend>{t('trackHeading')}</legend>
        <TrackPicker id="setup-track" draft={draft} onChange={setDraft} />
      </fieldset>
      <fieldset>
        <legend>{t('setupPassedLegend')}</legend>
        {courses.map((n) => (
          <label class="check" key={n}>
            <input
              type="checkbox"
              checked={passed.includes(n)}
              onChange={(e) => setPassed(toggle(passedAll, n, e.currentTarget.checked))}
            />
            {stepCourse(n)}
          </label>
        ))}
        {credit.map((rule) => (
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
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value as CourseStep | '')}
          >
            <option value="">{t('setupNone')}</option>
            {courses.map((n) => (
              <option key={n} value={n}>
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
        <button type="submit" class="primary" disabled={!choice.ok}>
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
