/**
 * A date field for the learner's own dates. A date the program could have is passed on at once; one outside
 * 2012 to two years ahead (a typo such as 9999) is held, and the field asks before passing it on.
 */
import { useState } from 'preact/hooks';
import { formatDate } from '../lib/format';
import { t } from '../lib/i18n';
import { isPlausibleDate, localTimeZone, zonedDate } from '../lib/time';

export interface DateInputProps {
  readonly id: string;
  readonly value: string;
  /** A date to save, or null when the field was cleared. */
  readonly onCommit: (value: string | null) => void;
  readonly disabled?: boolean;
  readonly required?: boolean;
}

export function DateInput({ id, value, onCommit, disabled, required }: DateInputProps) {
  const [held, setHeld] = useState<string>();
  const warningId = `${id}-confirm`;
  return (
    <>
      <input
        id={id}
        type="date"
        value={held ?? value}
        disabled={disabled}
        required={required}
        {...(held && { 'aria-describedby': warningId, 'aria-invalid': true })}
        onChange={(e) => {
          const next = e.currentTarget.value;
          if (!next) return (setHeld(undefined), onCommit(null));
          if (isPlausibleDate(next, zonedDate(Date.now(), localTimeZone())))
            return (setHeld(undefined), onCommit(next));
          setHeld(next);
        }}
      />
      {held && (
        <span class="note note--warn confirm-date" role="alert" id={warningId} data-testid="date-confirm">
          {t('dateImplausible', formatDate(Date.parse(`${held}T12:00:00Z`), 'UTC'))}{' '}
          <button type="button" onClick={() => (onCommit(held), setHeld(undefined))}>
            {t('dateUseAnyway')}
          </button>{' '}
          <button type="button" class="action--quiet" onClick={() => setHeld(undefined)}>
            {t('dateCancel')}
          </button>
        </span>
      )}
    </>
  );
}
