/** Reminders: on or off, lead times (add and remove), the hour, quiet hours, a test notification. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Command } from '../../lib/commands';
import { t, tn, type MessageKey } from '../../lib/i18n';
import { GRADED_KINDS, type Settings } from '../../lib/state/schema';

type Send = (command: Command) => void;

const GRADED_LABELS = {
  assignments: 'optionsGradedAssignments',
  exams: 'optionsGradedExams',
} as const satisfies Record<(typeof GRADED_KINDS)[number], MessageKey>;

/** Chrome can tell whether the user blocked the extension's notifications; Firefox cannot. */
function useNotificationsBlocked(): boolean {
  const [blocked, setBlocked] = useState(false);
  useEffect(() => {
    const api = browser.notifications as unknown as { getPermissionLevel?: () => Promise<string> };
    try {
      void api.getPermissionLevel?.().then(
        (level) => setBlocked(level === 'denied'),
        () => undefined,
      );
    } catch {
      // Not available here (Firefox): no warning rather than a wrong one.
    }
  }, []);
  return blocked;
}

export function RemindersSection({ settings, send }: { settings: Settings; send: Send }) {
  const r = settings.reminders;
  const q = settings.quietHours;
  const [lead, setLead] = useState('14');
  const blocked = useNotificationsBlocked();
  const patch = (reminders: Partial<Settings['reminders']>) => send({ type: 'updateSettings', patch: { reminders } });
  const quiet = (quietHours: Partial<Settings['quietHours']>) =>
    send({ type: 'updateSettings', patch: { quietHours } });
  const leadValue = Number(lead);
  const leadValid = Number.isInteger(leadValue) && leadValue >= 1 && leadValue <= 60 && !r.leadDays.includes(leadValue);
  return (
    <section aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{t('optionsRemindersHeading')}</h2>
      {blocked && (
        <p class="note note--warn" role="alert" data-testid="notifications-blocked">
          {t('optionsNotificationsBlocked')}
        </p>
      )}
      <label class="check">
        <input type="checkbox" checked={r.enabled} onChange={(e) => patch({ enabled: e.currentTarget.checked })} />
        {t('optionsRemindersOn')}
      </label>
      <fieldset disabled={!r.enabled}>
        <legend>{t('optionsLeadTimes')}</legend>
        <ul class="chips" data-testid="lead-days">
          {r.leadDays.map((days) => (
            <li key={days}>
              {tn('optionsDaysBefore', days)}{' '}
              <button
                type="button"
                aria-label={tn('optionsRemoveLead', days)}
                onClick={() => patch({ leadDays: r.leadDays.filter((d) => d !== days) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <div class="add-lead">
          <label for="lead-new">{t('optionsAddLeadLabel')}</label>
          <input
            id="lead-new"
            type="number"
            min="1"
            max="60"
            value={lead}
            onInput={(e) => setLead(e.currentTarget.value)}
          />
          <button type="button" disabled={!leadValid} onClick={() => patch({ leadDays: [...r.leadDays, leadValue] })}>
            {t('optionsAddLead')}
          </button>
        </div>
        <label class="check">
          <input type="checkbox" checked={r.dayOf} onChange={(e) => patch({ dayOf: e.currentTarget.checked })} />
          {t('optionsDayOf')}
        </label>
        <div class="field inline">
          <label for="reminder-hour">{t('optionsReminderHour')}</label>
          <select
            id="reminder-hour"
            value={String(r.hour)}
            onChange={(e) => patch({ hour: Number(e.currentTarget.value) })}
          >
            {Array.from({ length: 24 }, (_, h) => (
              <option key={h} value={String(h)}>{`${String(h).padStart(2, '0')}:00`}</option>
            ))}
          </select>
        </div>
      </fieldset>
      <fieldset disabled={!r.enabled} data-testid="graded-reminders">
        <legend>{t('optionsGradedReminders')}</legend>
        {GRADED_KINDS.map((kind) => {
          const g = r.graded[kind];
          const set = (next: Partial<typeof g>) =>
            patch({ graded: { [kind]: next } } as Partial<Settings['reminders']>);
          const lead = g.leadDays[0] ?? 0;
          return (
            <div class="graded-kind" key={kind}>
              <label class="check">
                <input
                  type="checkbox"
                  checked={g.enabled}
                  onChange={(e) => set({ enabled: e.currentTarget.checked })}
                />
                {t(GRADED_LABELS[kind])}
              </label>
              <div class="field inline">
                <label for={`graded-${kind}-lead`}>{t('optionsGradedLead')}</label>
                <select
                  id={`graded-${kind}-lead`}
                  value={String(lead)}
                  disabled={!g.enabled}
                  onChange={(e) => {
                    const days = Number(e.currentTarget.value);
                    set({ leadDays: days ? [days] : [] });
                  }}
                >
                  <option value="0">{t('optionsGradedNoLead')}</option>
                  {[1, 2, 3, 7].map((d) => (
                    <option key={d} value={String(d)}>
                      {tn('optionsDaysBefore', d)}
                    </option>
                  ))}
                </select>
                <label class="check">
                  <input
                    type="checkbox"
                    checked={g.dayOf}
                    disabled={!g.enabled}
                    onChange={(e) => set({ dayOf: e.currentTarget.checked })}
                  />
                  {t('optionsDayOf')}
                </label>
              </div>
            </div>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>{t('labelQuietHours')}</legend>
        <label class="check">
          <input type="checkbox" checked={q.enabled} onChange={(e) => quiet({ enabled: e.currentTarget.checked })} />
          {t('optionsQuietOn')}
        </label>
        <div class="field inline">
          <label for="quiet-start">{t('optionsQuietFrom')}</label>
          <input
            id="quiet-start"
            type="time"
            value={q.start}
            disabled={!q.enabled}
            onChange={(e) => e.currentTarget.value && quiet({ start: e.currentTarget.value })}
          />
          <label for="quiet-end">{t('optionsQuietTo')}</label>
          <input
            id="quiet-end"
            type="time"
            value={q.end}
            disabled={!q.enabled}
            onChange={(e) => e.currentTarget.value && quiet({ end: e.currentTarget.value })}
          />
        </div>
      </fieldset>
      <button type="button" onClick={() => send({ type: 'testNotification' })}>
        {t('optionsTestNotification')}
      </button>
    </section>
  );
}
