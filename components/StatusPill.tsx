/** A step's or run's status as a labelled pill (planned, audit, verified, passed...). */
import { t } from '../lib/i18n';
import type { Status } from '../lib/state/schema';
import { STATUS_KEYS } from './labels';

/** A course's status in the MicroMasters vocabulary, coloured by what it asks of the learner. */
export function StatusPill({ status, credited = false }: { status: Status; credited?: boolean }) {
  return (
    <span class={`pill pill--${status}`} data-testid="status-pill" data-status={status}>
      {credited ? t('statusCredited') : t(STATUS_KEYS[status])}
    </span>
  );
}
