/** A command's failure in plain words, announced to screen readers; nothing when there is none. */
import { t } from '../lib/i18n';

/** A command the background refused or never answered, said once the same way on every surface. */
export function ErrorNote({ error }: { error: string | undefined }) {
  if (!error) return null;
  return (
    <p class="note note--error" role="alert">
      {t('actionFailed', error)}
    </p>
  );
}
