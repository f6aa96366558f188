/**
 * The learner's deadlines as an iCalendar file (RFC 5545), written by the `ics` library: one all-day event
 * per deadline (and, when asked, per graded item still to do) on its date in the learner's zone, with alarms matching their reminder settings. Each event's
 * UID names its run and kind (not its date), so importing a newer export updates the event instead of
 * adding a second one; SEQUENCE grows with each export.
 */
import { createEvents, type Alarm, type EventAttributes } from 'ics';
import { deadlineTitle } from './deadline-titles';
import type { Deadline } from './deadlines';
import { courseHomeUrl, PROGRAM_PAGE_URL } from './edx-urls';
import { t } from './i18n';
import type { Settings } from './state/schema';
import type { StepStanding } from './status';
import { PROGRAM } from './catalog';
import { gradedKind } from './graded-reminders';
import { addDays, zonedDate } from './time';

const dateArray = (date: string): [number, number, number] => {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 1970, m ?? 1, d ?? 1];
};

/**
 * Alarms relative to the event's start (00:00 of the deadline's day): N days before at `hour`, and the day
 * itself. The offset is written in days and hours (`-P6DT15H` for 7 days before 09:00), not hours alone:
 * RFC 5545 days are calendar days, so the alarm keeps the learner's local hour across a daylight-saving
 * change, where `-PT159H` would land an hour off.
 */
export function alarmsFor(
  settings: Settings,
  when: { readonly leadDays: readonly number[]; readonly dayOf: boolean } = settings.reminders,
): Alarm[] {
  const r = settings.reminders;
  if (!r.enabled) return [];
  const alarms: Alarm[] = when.leadDays.map((days) => {
    const trigger = r.hour === 0 ? { days, before: true } : { days: days - 1, hours: 24 - r.hour, before: true };
    return { action: 'display', description: t('icsAlarm'), trigger };
  });
  if (when.dayOf)
    alarms.push({
      action: 'display',
      description: t('icsAlarm'),
      trigger: { hours: r.hour, minutes: 0, before: false },
    });
  return alarms;
}

export function deadlineEvents(steps: readonly StepStanding[], settings: Settings, now: number): EventAttributes[] {
  const events: EventAttributes[] = [];
  const alarms = alarmsFor(settings);
  for (const step of steps) {
    for (const run of step.runs) {
      const d = run.deadlines;
      const dated = [d.programTarget, d.edxUpgrade, d.idVerification, d.courseEnd, d.programTargetOther].filter(
        (x): x is Deadline => !!x,
      );
      for (const deadline of dated) {
        const url = run.view.runKey ? courseHomeUrl(run.view.runKey) : PROGRAM_PAGE_URL;
        // The target from the other start date (the two disagree) is an event of its own.
        const kind = deadline === d.programTargetOther ? 'program-target-other' : deadline.kind;
        events.push({
          uid: `${run.view.id}/${kind}@micromasters-companion`,
          sequence: Math.floor(now / 60_000),
          title: deadlineTitle(deadline.kind, deadline.course, deadline.platform),
          description: t('icsDescription', t('programName'), new Date(deadline.at).toISOString()),
          start: dateArray(deadline.date),
          end: dateArray(addDays(deadline.date, 1)),
          url,
          categories: [t('extName')],
          transp: 'TRANSPARENT',
          ...(alarms.length && { alarms }),
        });
      }
    }
  }
  return events;
}

/**
 * Graded items still to do, each an all-day event on its due date in the learner's zone (the due time in its
 * description), with the alarms of its kind when the learner has opted in to them. The UID names the run
 * and the item, not the date, so a moved due date updates the event when imported again.
 */
export function gradedEvents(
  steps: readonly StepStanding[],
  settings: Settings,
  now: number,
  timeZone: string,
): EventAttributes[] {
  const events: EventAttributes[] = [];
  for (const step of steps)
    for (const run of step.runs)
      for (const item of run.graded?.upcoming ?? []) {
        if (!item.due) continue;
        const at = Date.parse(item.due);
        const date = zonedDate(at, timeZone);
        const kind = settings.reminders.graded[gradedKind(item)];
        const alarms = kind.enabled && !item.locked ? alarmsFor(settings, kind) : [];
        events.push({
          uid: `${run.view.id}/graded/${item.id}@micromasters-companion`,
          sequence: Math.floor(now / 60_000),
          title: t('notifyTitleGraded', `${PROGRAM.org} ${run.view.course}`, item.title),
          description: t('icsDescription', t('programName'), item.due),
          start: dateArray(date),
          end: dateArray(addDays(date, 1)),
          ...(item.link && { url: item.link }),
          categories: [t('extName')],
          transp: 'TRANSPARENT',
          ...(alarms.length && { alarms }),
        });
      }
  return events;
}

export function deadlinesToIcs(
  steps: readonly StepStanding[],
  settings: Settings,
  now: number,
  graded?: { readonly timeZone: string },
): { ok: true; text: string } | { ok: false; error: string } {
  const events = [
    ...deadlineEvents(steps, settings, now),
    ...(graded ? gradedEvents(steps, settings, now, graded.timeZone) : []),
  ];
  if (!events.length) return { ok: false, error: t('icsNothing') };
  const { error, value } = createEvents(events, { productId: 'micromasters-companion', calName: t('extName') });
  if (error || !value) return { ok: false, error: String(error) };
  // The library writes a whole-day duration as `-P7DT`; the RFC's grammar wants `-P7D`.
  return { ok: true, text: value.replace(/(TRIGGER[^:\r\n]*:-?P\d+D)T(\r?\n)/g, '$1$2') };
}
