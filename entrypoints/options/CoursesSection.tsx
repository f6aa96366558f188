/**
 * Edit every course of the track, and any other course with runs: its runs (dates, status, grade), credit
 * carried over and the planned term.
 */
import { DateInput } from '../../components/DateInput';
import { useState } from 'preact/hooks';
import { courseTitle, CREDIT_LABEL_KEYS, STATUS_KEYS, stepDomId, stepPlace } from '../../components/labels';
import { StatusPill } from '../../components/StatusPill';
import { COURSES, creditRouteFor, STEP_IDS, stepOf, type StepId } from '../../lib/catalog';
import type { Command, Mark } from '../../lib/commands';
import { resolveFact } from '../../lib/state/facts';
import type { FactName, Progress, Run, Settings } from '../../lib/state/schema';
import { programStandings, stepStanding } from '../../lib/status';
import { t, type MessageKey } from '../../lib/i18n';
import { localTimeZone, parseDateOrInstant } from '../../lib/time';

type Send = (command: Command) => void;

const MARK_LABELS: Record<Mark, MessageKey> = {
  planned: 'status_planned',
  enrolled: 'markEnrolled',
  verified: 'markVerified',
  passed: 'status_passed',
  'not-passed': 'status_not_passed',
};

/** Terms from this year on, for the planned-term menu. */
function terms(now: Date): string[] {
  const year = now.getFullYear();
  return [0, 1, 2].flatMap((d) => ['spring', 'summer', 'fall'].map((s) => `${year + d}-${s}`));
}

function termLabel(term: string): string {
  const [year, season] = term.split('-');
  return t(`term_${season}` as MessageKey, year ?? '');
}

function markOfRun(run: Run, preferEdx: boolean): Mark {
  const status = resolveFact(run, 'status', preferEdx)?.value;
  if (status === 'passed' || status === 'not-passed') return status;
  const mode = resolveFact(run, 'mode', preferEdx)?.value;
  return mode === 'verified' ? 'verified' : mode === 'audit' ? 'enrolled' : 'planned';
}

function RunEditor({ run, settings, send }: { run: Run; settings: Settings; send: Send }) {
  const tz = localTimeZone();
  const id = `run-${run.id.replace(/[^A-Za-z0-9]/g, '-')}`;
  const edxOf = (name: FactName) => {
    const edx = (run.facts[name] as { edx?: { value: unknown } } | undefined)?.edx?.value;
    return edx === undefined ? undefined : String(edx);
  };
  const dateOf = (name: 'start' | 'end') => {
    const mine = run.facts[name]?.learner?.value;
    return mine ? (parseDateOrInstant(mine, tz) ?? '') : '';
  };
  const edxDate = (name: 'start' | 'end') => {
    const v = edxOf(name);
    return v ? parseDateOrInstant(v, tz) : undefined;
  };
  const grade = run.facts.grade?.learner?.value;
  const setFact = (name: FactName, value: unknown) => send({ type: 'setFact', runId: run.id, name, value });
  return (
    <fieldset class="run" data-run={run.id}>
      <legend>
        {run.course} {run.runKey ? <span class="muted">{run.runKey}</span> : null}
      </legend>
      <div class="grid">
        <div class="field">
          <label for={`${id}-status`}>{t('stepEditStatus')}</label>
          <select
            id={`${id}-status`}
            value={markOfRun(run, settings.preferEdx)}
            onChange={(e) => send({ type: 'markRun', runId: run.id, mark: e.currentTarget.value as Mark })}
          >
            {(Object.keys(MARK_LABELS) as Mark[]).map((m) => (
              <option key={m} value={m}>
                {t(MARK_LABELS[m])}
              </option>
            ))}
          </select>
        </div>
        {(['start', 'end'] as const).map((name) => (
          <div class="field" key={name}>
            <label for={`${id}-${name}`}>{t(name === 'start' ? 'stepEditStart' : 'optionsRunEnd')}</label>
            <DateInput id={`${id}-${name}`} value={dateOf(name)} onCommit={(value) => setFact(name, value)} />
            {edxDate(name) && <span class="muted small">{t('optionsFromEdx', edxDate(name) ?? '')}</span>}
          </div>
        ))}
        <div class="field">
          <label for={`${id}-grade`}>{t('optionsGrade')}</label>
          <input
            id={`${id}-grade`}
            type="number"
            min="0"
            max="100"
            step="1"
            value={grade === undefined ? '' : Math.round(grade * 100)}
            onChange={(e) =>
              setFact(
                'grade',
                e.currentTarget.value === '' ? null : Math.min(100, Math.max(0, Number(e.currentTarget.value))) / 100,
              )
            }
          />
          {edxOf('grade') && (
            <span class="muted small">{t('optionsFromEdx', `${Math.round(Number(edxOf('grade')) * 100)}%`)}</span>
          )}
        </div>
      </div>
      <button type="button" class="action--quiet" onClick={() => send({ type: 'removeRun', runId: run.id })}>
        {t('optionsRemoveRun')}
      </button>
    </fieldset>
  );
}

function AddRun({ step, send }: { step: StepId; send: Send }) {
  const choices = COURSES.filter((c) => c.step === step && c.role !== 'legacy');
  const [course, setCourse] = useState(choices[0]?.number ?? '');
  const [start, setStart] = useState('');
  const id = `add-${stepDomId(step)}`;
  return (
    <div class="add-run">
      {choices.length > 1 && (
        <div class="field">
          <label for={`${id}-course`}>{t('labelCourse')}</label>
          <select id={`${id}-course`} value={course} onChange={(e) => setCourse(e.currentTarget.value)}>
            {choices.map((c) => (
              <option key={c.number} value={c.number}>
                {c.number} {courseTitle(c.number)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="field">
        <label for={`${id}-start`}>{t('stepEditStart')}</label>
        <DateInput id={`${id}-start`} value={start} onCommit={(value) => setStart(value ?? '')} />
      </div>
      <button type="button" onClick={() => send({ type: 'addRun', course, ...(start && { start }) })}>
        {t('optionsAddRun')}
      </button>
    </div>
  );
}

export function CoursesSection({ progress, settings, send }: { progress: Progress; settings: Settings; send: Send }) {
  const now = Date.now();
  const timeZone = localTimeZone();
  const summaries = programStandings(progress, settings, now, timeZone);
  // Courses outside the track keep their runs; they are listed after the track's, for the learner to see.
  const outside = STEP_IDS.filter(
    (id) => !summaries.some((s) => s.step === id) && progress.steps[id].runs.length > 0,
  ).map((id) => stepStanding(progress, settings, id, now, timeZone));
  return (
    <section aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t('optionsPlanHeading')}</h2>
      {[...summaries, ...outside].map((summary) => {
        const key = stepDomId(summary.step);
        const step = progress.steps[summary.step];
        const credit = creditRouteFor(summary.step)?.id;
        const place = summary.role ? stepPlace(summary) : t('outsideShort');
        return (
          <article
            class={`course${summary.role ? '' : ' course--outside'}`}
            key={key}
            aria-labelledby={`course-${key}`}
            data-step={summary.step}
          >
            <h3 id={`course-${key}`}>
              {t(
                'trackStep',
                place,
                `${stepOf(summary.step).primary} ${courseTitle(stepOf(summary.step).primary)}`,
                t(STATUS_KEYS[summary.status]),
              )}
            </h3>
            <p>
              <StatusPill status={summary.status} credited={summary.credited} />
            </p>
            {credit && (
              <label class="check">
                <input
                  type="checkbox"
                  checked={step.credit?.route === credit}
                  onChange={(e) =>
                    send({ type: 'setCredit', step: summary.step, route: e.currentTarget.checked ? credit : null })
                  }
                />
                {t(CREDIT_LABEL_KEYS[credit])}
              </label>
            )}
            <div class="field inline">
              <label for={`term-${key}`}>{t('labelPlannedTerm')}</label>
              <select
                id={`term-${key}`}
                value={step.plannedTerm ?? ''}
                onChange={(e) =>
                  send({ type: 'setPlannedTerm', step: summary.step, term: e.currentTarget.value || null })
                }
              >
                <option value="">{t('optionsNoTerm')}</option>
                {terms(new Date(now)).map((term) => (
                  <option key={term} value={term}>
                    {termLabel(term)}
                  </option>
                ))}
              </select>
            </div>
            {step.runs.map((run) => (
              <RunEditor key={run.id} run={run} settings={settings} send={send} />
            ))}
            <AddRun step={summary.step} send={send} />
          </article>
        );
      })}
    </section>
  );
}

export { termLabel };
