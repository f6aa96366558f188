/** The program's five steps in order, each with its status, this page's step marked. */
import { mayRunTogether, stepOf, type StepNumber } from '../lib/catalog';
import { t } from '../lib/i18n';
import type { StepStanding } from '../lib/status';
import { courseTitle, STATUS_KEYS } from './labels';

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
  readonly highlight?: StepNumber;
  readonly compact?: boolean;
}

/**
 * The five steps in the recommended order. Step 2 (14.310x) is drawn with a marker that it may run alongside
 * steps 3 and 4; each step is a list item whose accessible name says its course and status.
 */
export function SequenceTrack({ steps, highlight, compact = false }: SequenceTrackProps) {
  const parallel = ([3, 4] as const).filter((s) => mayRunTogether(2, s));
  return (
    <div class={`track${compact ? ' track--compact' : ''}`}>
      <ol class="track__steps" aria-label={t('trackLabel')} data-testid="track">
        {steps.map((s) => {
          const number = stepOf(s.step).primary;
          const label = t('trackStep', s.step, `${number} ${courseTitle(number)}`, t(STATUS_KEYS[s.status]));
          const current = s.step === highlight;
          return (
            <li
              key={s.step}
              class={`track__step track__step--${s.status}${current ? ' track__step--current' : ''}${s.step === 2 ? ' track__step--parallel' : ''}`}
              aria-label={label}
              aria-current={current ? 'step' : undefined}
              data-step={s.step}
              data-status={s.status}
            >
              <span class="track__dot" aria-hidden="true">
                {SYMBOLS[s.status]}
              </span>
              <span class="track__digit" aria-hidden="true">
                {s.step}
              </span>
              <span class="track__number" aria-hidden="true">
                {number}
              </span>
            </li>
          );
        })}
      </ol>
      {!compact && parallel.length === 2 && (
        <p class="track__legend">{t('trackAlongside', stepOf(2).primary, parallel[0] ?? 3, parallel[1] ?? 4)}</p>
      )}
    </div>
  );
}
