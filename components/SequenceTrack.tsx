/** The five steps of the learner's track, each with its status, this page's step marked. */
import { RUNS_ALONGSIDE, stepOf, type StepId } from '../lib/catalog';
import { t } from '../lib/i18n';
import type { StepStanding } from '../lib/status';
import { partnersIn } from '../lib/track';
import { courseTitle, stepPlace, STATUS_KEYS } from './labels';

const SYMBOLS: Record<string, string> = {
  passed: '✓',
  'verified-in-progress': '●',
  'audit-can-upgrade': '◐',
  'missed-upgrade': '!',
  'not-passed': '✕',
  planned: '○',
};

export interface SequenceTrackProps {
  readonly steps: readonly StepStanding[];
  /** The step to highlight: the current page's course, or the next step to take. */
  readonly highlight?: StepId;
  readonly compact?: boolean;
}

/**
 * The track's steps in its layout: numbered on the FAQ's path, else core courses, track courses and the
 * capstone without numbers. A course that may run alongside others of the track (14.310x) is drawn with a
 * marker; each step is a list item whose accessible name says its place, course and status.
 */
export function SequenceTrack({ steps, highlight, compact = false }: SequenceTrackProps) {
  const partners = partnersIn(steps, RUNS_ALONGSIDE);
  const withPartners = partners.length && steps.some((s) => s.step === RUNS_ALONGSIDE) ? RUNS_ALONGSIDE : undefined;
  return (
    <div
      class={`track${compact ? ' track--compact' : ''}${steps.some((s) => s.position !== undefined) ? '' : ' track--unnumbered'}`}
    >
      <ol class="track__steps" aria-label={t('trackLabel')} data-testid="track">
        {steps.map((s) => {
          const number = stepOf(s.step).primary;
          const label = t('trackStep', stepPlace(s), `${number} ${courseTitle(number)}`, t(STATUS_KEYS[s.status]));
          const current = s.step === highlight;
          return (
            <li
              key={s.step}
              class={`track__step track__step--${s.status}${current ? ' track__step--current' : ''}${s.step === withPartners ? ' track__step--parallel' : ''}`}
              aria-label={label}
              aria-current={current ? 'step' : undefined}
              data-step={s.step}
              data-role={s.role}
              data-status={s.status}
            >
              <span class="track__dot" aria-hidden="true">
                {SYMBOLS[s.status]}
              </span>
              {s.position !== undefined && (
                <span class="track__digit" aria-hidden="true">
                  {s.position}
                </span>
              )}
              <span class="track__number" aria-hidden="true">
                {number}
              </span>
            </li>
          );
        })}
      </ol>
      {!compact && withPartners && (
        <p class="track__legend">{t('trackAlongside', withPartners, partners.join(t('orSeparator')))}</p>
      )}
    </div>
  );
}
