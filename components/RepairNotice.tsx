/**
 * Stored data that was damaged and repaired, said in plain words: what was lost, where. On the options page
 * each kept original can be downloaded, and the learner can say they have seen it; the popup points there.
 */
import { t } from '../lib/i18n';
import { describeRepairs, type RecoveredCopy } from '../lib/recovered';
import { download } from './download';

export interface RepairNoticeProps {
  readonly copies: readonly RecoveredCopy[];
  /** The options page: downloads and a dismiss button. Without it, a short notice (the popup). */
  readonly onDismiss?: () => void;
}

const POPUP_LINES = 3;

export function RepairNotice({ copies, onDismiss }: RepairNoticeProps) {
  if (!copies.length) return null;
  const lines = describeRepairs(copies);
  const shown = onDismiss ? lines : lines.slice(0, POPUP_LINES);
  return (
    <section class="note note--warn" role="status" aria-labelledby="repair-heading" data-testid="recovered">
      <p id="repair-heading">
        <strong>{t('repairHeading')}</strong>
      </p>
      <ul>
        {shown.map((line) => (
          <li key={line}>{line}</li>
        ))}
        {shown.length < lines.length && <li>…</li>}
      </ul>
      {onDismiss ? (
        <div class="actions">
          {copies.map((copy, i) => (
            <button
              key={`${copy.at}-${i}`}
              type="button"
              onClick={() =>
                download(
                  `micromasters-companion-original-${copy.key}-${copy.at.slice(0, 10)}.json`,
                  'application/json',
                  JSON.stringify(copy.raw, null, 2),
                )
              }
            >
              {t('repairDownload', `${copy.key}, ${copy.at.slice(0, 16).replace('T', ' ')} UTC`)}
            </button>
          ))}
          <button type="button" class="action--quiet" onClick={onDismiss}>
            {t('repairDismiss')}
          </button>
        </div>
      ) : (
        <p class="muted">{t('popupRepaired')}</p>
      )}
    </section>
  );
}
