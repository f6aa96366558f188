/** The popup's steps: each step's status, its current run and deadlines, and a menu to say where the learner stands. */
import { RUNS_ALONGSIDE, stepOf, type StepId } from '../lib/catalog';
import type { Command, Mark } from '../lib/commands';
import { sourceText } from '../lib/format';
import { DateInput } from './DateInput';
import { onPlatform } from '../lib/platform-words';
import { t, type MessageKey } from '../lib/i18n';
import type { StepStanding } from '../lib/status';
import { partnersIn } from '../lib/track';
import { syncOf, type Summary } from '../lib/summary';
import { beforePaying } from '../lib/state/vocab';
import { parseDateOrInstant } from '../lib/time';
import { courseCode, courseTitle, stepDomId, stepPlace, syncReason } from './labels';
import { StartsDiffer, startsOf } from './StartsDiffer';
import { StatusPill } from './StatusPill';
import { StandingLine } from './GradedWork';

const MARK_KEYS: Record<Mark, MessageKey> = {
  planned: 'status_planned',
  enrolled: 'markEnrolled',
  verified: 'markVerified',
  passed: 'status_passed',
  'not-passed': 'status_not_passed',
};

function markOf(step: StepStanding): Mark {
  switch (step.status) {
    case 'passed':
      return 'passed';
    case 'not-passed':
      return 'not-passed';
    case 'verified-in-progress':
      return 'verified';
    case 'audit-can-upgrade':
    case 'missed-upgrade':
      return step.current?.view.mode?.value === 'audit' ? 'enrolled' : 'planned';
    default:
      return 'planned';
  }
}

export interface StepListProps {
  readonly steps: readonly StepStanding[];
  /** The last reading of edX per run, to say when it failed. */
  readonly sync?: Summary['sync'];
  readonly highlight?: StepId;
  readonly timeZone: string;
  readonly send: (command: Command) => void;
}

/** Each step with its status, grade and run, and quick edits of status and start date. */
export function StepList({ steps, sync = [], highlight, timeZone, send }: StepListProps) {
  const now = Date.now();
  return (
    <ol class="steps" aria-label={t('trackLabel')}>
      {steps.map((s) => {
        const number = s.current?.view.course ?? stepOf(s.step).counts;
        const run = s.current?.view;
        const grade = run?.grade?.value;
        const start = run?.start ? parseDateOrInstant(run.start.value, timeZone) : undefined;
        const runName = run?.runKey?.split('+').at(-1);
        const source = sourceText(run?.status ?? run?.mode, now, 'value', run?.platform);
        const failed = syncOf({ sync }, run?.runKey)?.outcome;
        const current = s.step === highlight;
        // The concurrency note belongs to the course the rule is about (14.310x), with its partners here.
        const partners = s.step === RUNS_ALONGSIDE ? partnersIn(steps, s.step) : [];
        const id = `step-${stepDomId(s.step)}`;
        return (
          <li
            key={s.step}
            class={`step${current ? ' step--current' : ''}${partners.length ? ' step--parallel' : ''}`}
            aria-current={current ? 'step' : undefined}
            data-step={s.step}
          >
            <div class="step__head">
              {s.position !== undefined ? (
                <span class="step__num" aria-hidden="true">
                  {s.position}
                </span>
              ) : (
                <span class="step__role" data-testid="step-role">
                  {stepPlace(s)}
                </span>
              )}
              <span class="step__title">
                {courseTitle(stepOf(s.step).primary)} <span class="muted">{courseCode(stepOf(s.step).primary)}</span>
              </span>
              <StatusPill status={s.status} credited={s.credited} />
            </div>
            <p class="step__facts muted">
              {[
                runName && t('stepRun', runName),
                start && t('stepStarted', start),
                grade !== undefined && t('stepGrade', Math.round(grade * 100)),
                source,
              ]
                .filter(Boolean)
                .join(' · ')}
              {failed && failed !== 'ok' && (
                <span class="step__sync" data-testid="step-sync-failed">
                  {t(onPlatform('syncFailed', run?.platform), syncReason(failed))}
                </span>
              )}
              {partners.length > 0 && (
                <span class="step__alongside">{t('trackAlongside', s.step, partners.join(t('orSeparator')))}</span>
              )}
            </p>
            {s.current?.graded && <StandingLine graded={s.current.graded} />}
            {beforePaying(s.status) && (
              <StartsDiffer
                starts={startsOf(run, !!s.current?.deadlines.startsDiffer)}
                timeZone={timeZone}
                platform={run?.platform}
              />
            )}
            {!s.credited && (
              <details class="edit">
                <summary>{t('stepEdit', stepOf(s.step).primary)}</summary>
                <div class="edit__fields">
                  <div class="field">
                    <label for={`${id}-status`}>{t('stepEditStatus')}</label>
                    <select
                      id={`${id}-status`}
                      value={markOf(s)}
                      onChange={(e) =>
                        send({
                          type: 'mark',
                          course: number,
                          mark: e.currentTarget.value as Mark,
                          ...(run?.runKey && { runKey: run.runKey }),
                        })
                      }
                    >
                      {(Object.keys(MARK_KEYS) as Mark[]).map((m) => (
                        <option key={m} value={m}>
                          {t(MARK_KEYS[m])}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div class="field">
                    <label for={`${id}-start`}>{t('stepEditStart')}</label>
                    <DateInput
                      id={`${id}-start`}
                      value={start ?? ''}
                      onCommit={(value) =>
                        send({
                          type: 'setCourseFact',
                          course: number,
                          name: 'start',
                          value,
                          ...(run?.runKey && { runKey: run.runKey }),
                        })
                      }
                    />
                  </div>
                </div>
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}
