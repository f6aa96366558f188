/**
 * The toolbar popup: where am I, what's next, what's due, in two seconds. It reads the program summary and
 * the active tab's page; every edit is a command to the background.
 */
import { useSignal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { DeadlineList } from '../../components/DeadlineList';
import { DueSoon } from '../../components/DueSoon';
import { ErrorNote } from '../../components/ErrorNote';
import { ProgramOutlook } from '../../components/ProgramOutlook';
import { RepairNotice } from '../../components/RepairNotice';
import { SequenceTrack } from '../../components/SequenceTrack';
import { SetupForm } from '../../components/SetupForm';
import { StepList } from '../../components/StepList';
import { agenda } from '../../lib/agenda';
import type { Command } from '../../lib/commands';
import { daysLeft } from '../../lib/deadlines';
import { nextToTake } from '../../lib/hint-model';
import { stepCourse, TRACK_NAME_KEYS } from '../../components/labels';
import { faqTrack, trackCourseSteps } from '../../lib/track';
import { t } from '../../lib/i18n';
import { sendCommand } from '../../lib/send-command';
import { emptySteps } from '../../lib/summary';
import { localTimeZone } from '../../lib/time';
import type { PopupState } from './popup-state';

export function PopupApp({ state }: { state: PopupState }) {
  const error = useSignal<string | undefined>(undefined);
  const send = (command: Command) => void sendCommand(command).then((a) => (error.value = a.ok ? undefined : a.error));
  if (!state.loaded.value) return <p aria-busy="true">{t('loading')}</p>;
  const summary = state.summary.value;
  const steps = summary?.steps ?? emptySteps();
  const now = Date.now();
  const timeZone = localTimeZone();
  const track = summary?.track ?? faqTrack();
  const tabStep = state.tabPage.value?.step;
  const tabInTrack = tabStep && steps.some((s) => s.step === tabStep) ? tabStep : undefined;
  const next = nextToTake(steps);
  const nextStep = next.kind === 'next' ? next.step : undefined;
  // A tab showing a course outside the track highlights nothing: the reason line says why.
  const highlight = tabStep ? tabInTrack : nextStep;
  const items = agenda(steps, now);
  const rows = items.map((i) => ({ deadline: i.deadline, days: daysLeft(i.deadline, now, timeZone), actOn: i.actOn }));
  const nextRow = rows.find((r) => r.actOn);
  return (
    <main class="popup">
      <header class="popup__head">
        <h1>{t('extName')}</h1>
        <p class="muted">{t('programName')}</p>
      </header>
      <ErrorNote error={error.value} />
      <RepairNotice copies={state.recovered.value} />
      {/* No summary yet is a fresh install whose background has not written one: set up first. */}
      {!summary?.onboarded ? (
        <SetupForm steps={steps} track={track} onSubmit={send} />
      ) : (
        <>
          <section aria-labelledby="next-heading" class="next-deadline" data-testid="next-deadline">
            <h2 id="next-heading">{t('popupNextDeadline')}</h2>
            {nextRow ? (
              <DeadlineList rows={[nextRow]} timeZone={timeZone} />
            ) : (
              <p class="muted">{t('popupNothingDue')}</p>
            )}
          </section>
          <DueSoon steps={steps} now={now} timeZone={timeZone} />
          <p class="muted" data-testid="popup-track">
            {t('popupTrack', t(TRACK_NAME_KEYS[track.name]), trackCourseSteps(track).join(t('listSeparator')))}
          </p>
          <SequenceTrack steps={steps} {...(highlight && { highlight })} compact />
          <p class="muted" data-testid="highlight-reason">
            {tabInTrack
              ? t('popupThisTab', stepCourse(tabInTrack))
              : tabStep
                ? t('outsideTitle', tabStep)
                : next.kind === 'next'
                  ? t('popupNextStep', next.position)
                  : next.kind === 'remaining'
                    ? t('next_remaining', next.steps.join(t('listSeparator')))
                    : t('next_done')}
          </p>
          <StepList
            steps={steps}
            sync={summary?.sync ?? []}
            {...(highlight && { highlight })}
            timeZone={timeZone}
            send={send}
          />
          {rows.length > 1 && (
            <section aria-labelledby="pending-heading">
              <h2 id="pending-heading">{t('popupPending')}</h2>
              <DeadlineList rows={rows} timeZone={timeZone} />
            </section>
          )}
          <ProgramOutlook steps={steps} now={now} timeZone={timeZone} />
        </>
      )}
      <footer class="popup__foot">
        <button type="button" onClick={() => send({ type: 'refreshFromEdx' })}>
          {t('popupRefresh')}
        </button>{' '}
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOpenOptions')}
        </button>
      </footer>
    </main>
  );
}
