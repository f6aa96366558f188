/** The options page. Reads the stored state live and changes it only through commands to the background. */
import { useEffect, useState } from 'preact/hooks';
import { courseCode, courseTitle } from '../../components/labels';
import type { Command } from '../../lib/commands';
import { t } from '../../lib/i18n';
import { liveState } from '../../lib/live-state';
import { sendCommand } from '../../lib/send-command';
import type { Settings } from '../../lib/state/schema';
import type { StoredState } from '../../lib/storage';

function useStoredState(): StoredState | undefined {
  const [state, setState] = useState<StoredState>();
  useEffect(() => {
    const live = liveState();
    void live.ready.then(setState);
    const unsubscribe = live.subscribe(setState);
    return () => {
      unsubscribe();
      live.stop();
    };
  }, []);
  return state;
}

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
    </section>
  );
}

export function OptionsApp() {
  const state = useStoredState();
  const [error, setError] = useState<string>();
  const send = (command: Command) =>
    void sendCommand(command).then((answer) => setError(answer.ok ? undefined : answer.error));
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p class="lede">{t('programName')}</p>
      {error && (
        <p class="note note--error" role="alert">
          {t('actionFailed', error)}
        </p>
      )}
      {state ? <HintsSection settings={state.settings} send={send} /> : <p aria-busy="true">{t('loading')}</p>}
    </main>
  );
}
