/** Back up and restore everything (a versioned JSON file), and export the deadlines as an .ics calendar. */
import { useState } from 'preact/hooks';
import { download } from '../../components/download';
import { describeChanges, makeBackup, readBackup, tooLarge } from '../../lib/backup';
import type { Command } from '../../lib/commands';
import { t } from '../../lib/i18n';
import { deadlinesToIcs } from '../../lib/ics';
import type { Progress, Settings } from '../../lib/state/schema';
import { programStandings } from '../../lib/status';
import { localTimeZone } from '../../lib/time';

type Send = (command: Command) => Promise<{ ok: boolean; error?: string }>;

type Pending = { text: string; changes: string[] } | { errors: string[] } | { done: true } | undefined;

export function BackupSection({ progress, settings, send }: { progress: Progress; settings: Settings; send: Send }) {
  const [pending, setPending] = useState<Pending>();
  const [icsError, setIcsError] = useState<string>();
  const [withGraded, setWithGraded] = useState(true);
  const today = new Date().toISOString().slice(0, 10);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    // Refused before it is read: a file this large would only freeze the page on its way to being refused.
    const size = tooLarge(file.size);
    if (size) return setPending({ errors: [size] });
    const text = await file.text();
    const read = readBackup(text);
    setPending(read.ok ? { text, changes: describeChanges({ progress, settings }, read) } : { errors: read.errors });
  };
  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('optionsBackupHeading')}</h2>
      <p class="muted">{t('optionsBackupIntro')}</p>
      <div class="actions">
        <button
          type="button"
          onClick={() =>
            download(
              `micromasters-companion-${today}.json`,
              'application/json',
              JSON.stringify(makeBackup(progress, settings, new Date().toISOString()), null, 2),
            )
          }
        >
          {t('optionsExportBackup')}
        </button>
        <label class="file">
          {t('optionsImportBackup')}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => void onFile(e.currentTarget.files?.[0])}
          />
        </label>
      </div>
      {pending && 'errors' in pending && (
        <div class="note note--error" role="alert" data-testid="import-errors">
          <p>{t('optionsImportRefused')}</p>
          <ul>
            {pending.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {pending && 'changes' in pending && (
        <div class="note" data-testid="import-preview">
          <p>{t('optionsImportPreview')}</p>
          <ul>
            {pending.changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <div class="actions">
            <button
              type="button"
              class="primary"
              onClick={() =>
                void send({ type: 'importBackup', text: pending.text }).then((a) =>
                  setPending(a.ok ? { done: true } : { errors: (a.error ?? '').split('\n') }),
                )
              }
            >
              {t('optionsImportConfirm')}
            </button>
            <button type="button" onClick={() => setPending(undefined)}>
              {t('optionsImportCancel')}
            </button>
          </div>
        </div>
      )}
      {pending && 'done' in pending && (
        <p class="note" role="status" data-testid="import-done">
          {t('optionsImportDone')}
        </p>
      )}
      <h3>{t('optionsCalendarHeading')}</h3>
      <p class="muted">{t('optionsCalendarIntro')}</p>
      <label class="check">
        <input type="checkbox" checked={withGraded} onChange={(e) => setWithGraded(e.currentTarget.checked)} />
        {t('optionsIcsGraded')}
      </label>
      <button
        type="button"
        onClick={() => {
          const now = Date.now();
          const timeZone = localTimeZone();
          const steps = programStandings(progress, settings, now, timeZone);
          const result = deadlinesToIcs(steps, settings, now, withGraded ? { timeZone } : undefined);
          if (result.ok) download(`micromasters-deadlines-${today}.ics`, 'text/calendar', result.text);
          setIcsError(result.ok ? undefined : result.error);
        }}
      >
        {t('optionsExportIcs')}
      </button>
      {icsError && (
        <p class="note" role="alert">
          {icsError}
        </p>
      )}
    </section>
  );
}
