/** The options page. Reads the stored state live and changes it only through commands to the background. */
import { useEffect, useState } from 'preact/hooks';
import { ErrorNote } from '../../components/ErrorNote';
import { courseCode, courseTitle } from '../../components/labels';
import type { Command, CommandResult } from '../../lib/commands';
import { t } from '../../lib/i18n';
import { RepairNotice } from '../../components/RepairNotice';
import { sendCommand } from '../../lib/send-command';
import type { Settings } from '../../lib/state/schema';
import { BackupSection } from './BackupSection';
import { TermsSection } from './TermsSection';
import { CoursesSection } from './CoursesSection';
import { TrackSection } from './TrackSection';
import { RemindersSection } from './RemindersSection';
import { useHealth, useStoredState } from './use-stored';

type HintKind = keyof Pick<Settings['hints'], 'coursePages' | 'catalogPages' | 'dashboards'>;
const HINT_KINDS: readonly [HintKind, 'optionsHintsCourse' | 'optionsHintsCatalog' | 'optionsHintsDashboards'][] = [
  ['coursePages', 'optionsHintsCourse'],
  ['catalogPages', 'optionsHintsCatalog'],
  ['dashboards', 'optionsHintsDashboards'],
];

export function HintsSection({ settings, send }: { settings: Settings; send: (c: Command) => void }) {
  const hidden = settings.hints.hiddenCourses;
  return (
    <section aria-labelledby="hints-heading">
      <h2 id="hints-heading">{t('optionsHintsHeading')}</h2>
      <fieldset>
        <legend>{t('optionsHintsWhere')}</legend>
        {HINT_KINDS.map(([kind, label]) => (
          <label class="check" key={kind}>
            <input
              type="checkbox"
              checked={settings.hints[kind]}
              onChange={(e) => send({ type: 'updateSettings', patch: { hints: { [kind]: e.currentTarget.checked } } })}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <h3 class="muted">{t('optionsHiddenHeading')}</h3>
      {hidden.length === 0 ? (
        <p class="muted" data-testid="no-hidden">
          {t('optionsHiddenNone')}
        </p>
      ) : (
        <ul class="hidden-list" data-testid="hidden-list">
          {hidden.map((course) => (
            <li key={course}>
              <span>
                {courseTitle(course)} <span class="muted">{courseCode(course)}</span>
              </span>
              <button type="button" onClick={() => send({ type: 'hideHint', course, hidden: false })}>
                {t('optionsShowAgain')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <fieldset>
        <legend>{t('optionsEdxHeading')}</legend>
        <label class="check">
          <input
            type="checkbox"
            checked={settings.syncFromEdx}
            onChange={(e) => send({ type: 'updateSettings', patch: { syncFromEdx: e.currentTarget.checked } })}
          />
          {t('optionsSyncFromEdx')}
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={settings.preferEdx}
            onChange={(e) => send({ type: 'updateSettings', patch: { preferEdx: e.currentTarget.checked } })}
          />
          {t('optionsPreferEdx')}
        </label>
      </fieldset>
    </section>
  );
}

/** `onFirstState`: called once, after the first render with the stored state (the benchmark's mark). */
export function OptionsApp({ onFirstState }: { onFirstState?: () => void } = {}) {
  const state = useStoredState();
  const loaded = state !== undefined;
  useEffect(() => {
    if (loaded) onFirstState?.();
  }, [loaded]);
  const { health, recovered } = useHealth();
  const [error, setError] = useState<string>();
  const run = async (command: Command): Promise<CommandResult> => {
    const answer = await sendCommand(command);
    setError(answer.ok ? undefined : answer.error);
    return answer;
  };
  const send = (command: Command) => void run(command);
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p class="lede">{t('programName')}</p>
      <nav aria-label={t('optionsSections')} class="toc">
        {(['track', 'plan', 'planner', 'reminders', 'hints', 'backup'] as const).map((id) => (
          <a key={id} href={`#${id}-heading`}>
            {t(`optionsNav_${id}`)}
          </a>
        ))}
      </nav>
      <ErrorNote error={error} />
      {health.syncQuotaError && (
        <p class="note note--warn" role="alert" data-testid="sync-quota">
          {t('optionsSyncQuota')}
        </p>
      )}
      <RepairNotice copies={recovered} onDismiss={() => send({ type: 'dismissRepairs' })} />
      {state ? (
        <>
          <TrackSection progress={state.progress} send={run} />
          <CoursesSection progress={state.progress} settings={state.settings} send={send} />
          <TermsSection progress={state.progress} settings={state.settings} />
          <RemindersSection settings={state.settings} send={send} />
          <HintsSection settings={state.settings} send={send} />
          <BackupSection progress={state.progress} settings={state.settings} send={run} />
        </>
      ) : (
        <p aria-busy="true">{t('loading')}</p>
      )}
    </main>
  );
}
