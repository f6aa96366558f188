import { courseByNumber, PROGRAM, STEP_COUNT } from '../lib/catalog';
import type { PageMatch } from '../lib/detect';
import { t, type MessageKey } from '../lib/i18n';

export interface HintPanelProps {
  readonly page: PageMatch;
}

/** The hint shown on an SDS page: where this course sits in the program, or the program summary. */
export function HintPanel({ page }: HintPanelProps) {
  const course = page.course ? courseByNumber(page.course) : undefined;
  return (
    <section class="hint" aria-label={t('hintLabel')} data-testid="hint">
      <p class="eyebrow">{t('programName')}</p>
      {course && page.step ? (
        <p class="headline">
          <span class="step" data-testid="hint-step">
            {t('hintStep', page.step, STEP_COUNT)}
          </span>
          <span class="title" data-testid="hint-title">
            {t(course.titleMessage as MessageKey)}
          </span>
          <span class="number">
            {PROGRAM.org} {course.number}
          </span>
        </p>
      ) : (
        <p class="headline" data-testid="hint-summary">
          {t('hintProgramSummary')}
        </p>
      )}
    </section>
  );
}
