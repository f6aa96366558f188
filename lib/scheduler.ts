/**
 * Turns the reminder plan into browser alarms, notifications and the toolbar badge. Called by the writer
 * after every change and on install, start-up, update and every alarm. Idempotent: running it twice in a
 * row changes nothing the second time.
 */
import { browser } from 'wxt/browser';
import { notificationTargetsItem } from './storage';
import { agenda, nextActionable, type AgendaItem } from './agenda';
import { courseByNumber, PROGRAM } from './catalog';
import { deadlineTitle } from './deadline-titles';
import { daysLeft, urgency } from './deadlines';
import { actionUrl, courseDatesUrl } from './edx-urls';
import { gradedTargets, type GradedTarget } from './graded-reminders';
import { formatDate, relativeDays } from './format';
import { t, type MessageKey } from './i18n';
import { BADGE_ALARM, nextMidnight, planReminders, REMINDER_ALARM_PREFIX, type Reminder } from './reminders';
import type { Progress, Settings } from './state/schema';
import type { StepStanding } from './status';

export const BADGE_COLORS = { urgent: '#B00020', soon: '#8A4B00', later: '#1E6B34' } as const;

export function notificationText(item: AgendaItem, now: number, timeZone: string): { title: string; message: string } {
  const course = courseByNumber(item.deadline.course);
  const title = deadlineTitle(item.deadline.kind, item.deadline.course, item.deadline.platform);
  const name = course ? t(course.titleMessage as MessageKey) : item.deadline.course;
  const when = `${formatDate(item.deadline.at, timeZone)} (${relativeDays(daysLeft(item.deadline, now, timeZone))})`;
  return { title, message: t('notifyBody', name, when) };
}

/** "MITx 6.431x: Problem Set 5 is due", "Thu, Feb 12, 2026 (in 2 days)". */
export function gradedNotificationText(
  target: GradedTarget,
  now: number,
  timeZone: string,
): { title: string; message: string } {
  const days = daysLeft(target.deadline, now, timeZone);
  return {
    title: t('notifyTitleGraded', `${PROGRAM.org} ${target.course}`, target.item.title),
    message: t('notifyBodyGraded', formatDate(target.deadline.at, timeZone), relativeDays(days)),
  };
}

async function deliver(reminder: Reminder<AgendaItem | GradedTarget>, now: number, timeZone: string): Promise<void> {
  const target = reminder.item;
  const { title, message } =
    'graded' in target ? gradedNotificationText(target, now, timeZone) : notificationText(target, now, timeZone);
  const url =
    'graded' in target
      ? (target.item.link ?? (target.runKey ? courseDatesUrl(target.runKey) : actionUrl({ kind: 'course-end' })))
      : actionUrl({ ...target, kind: target.deadline.kind });
  // The notification id is the reminder id: delivering twice (a worker killed between notifying and
  // recording) replaces the notification instead of showing a second one.
  await notificationTargetsItem.setValue({ ...(await notificationTargetsItem.getValue()), [reminder.id]: url });
  await browser.notifications.create(reminder.id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
  });
}

async function syncAlarms(wanted: ReadonlyMap<string, number>, wake: number): Promise<void> {
  const existing = await browser.alarms.getAll();
  const seen = new Set<string>();
  for (const alarm of existing) {
    if (alarm.name === BADGE_ALARM) continue;
    const when = wanted.get(alarm.name);
    if (
      alarm.name.startsWith(REMINDER_ALARM_PREFIX) &&
      when !== undefined &&
      Math.abs(alarm.scheduledTime - when) < 1000
    )
      seen.add(alarm.name);
    else await browser.alarms.clear(alarm.name);
  }
  for (const [name, when] of wanted) if (!seen.has(name)) await browser.alarms.create(name, { when });
  const badge = existing.find((a) => a.name === BADGE_ALARM);
  if (!badge || Math.abs(badge.scheduledTime - wake) >= 1000) await browser.alarms.create(BADGE_ALARM, { when: wake });
}

/** `browser.action` in MV3, `browserAction` in Firefox's MV2 build. */
function toolbarButton() {
  const b = browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action };
  return b.action ?? b.browserAction;
}

async function updateBadge(items: readonly AgendaItem[], now: number, timeZone: string): Promise<void> {
  const button = toolbarButton();
  if (!button) return;
  const next = nextActionable(items);
  if (!next) {
    await button.setBadgeText({ text: '' });
    await button.setTitle({ title: t('extName') });
    return;
  }
  const days = Math.max(0, daysLeft(next.deadline, now, timeZone));
  await button.setBadgeText({ text: t('badgeDays', days) });
  await button.setBadgeBackgroundColor({ color: BADGE_COLORS[urgency(days)] });
  await button.setTitle({
    title: `${t('extName')}: ${notificationText(next, now, timeZone).title}, ${relativeDays(days)}`,
  });
}

/**
 * Brings alarms, the badge and due notifications in line with the state. Returns the reminder ids newly
 * delivered or superseded, for the caller to record in progress.fired.
 */
/**
 * When the summary next changes by itself: the next local midnight (days left), the moment a deadline
 * passes (a status such as "missed the upgrade deadline") or a graded item falls due, whichever is first.
 */
export function nextWake(steps: readonly StepStanding[], now: number, timeZone: string): number {
  let wake = nextMidnight(now, timeZone);
  for (const step of steps)
    for (const run of step.runs)
      for (const d of [
        run.deadlines.programTarget,
        run.deadlines.programTargetOther,
        run.deadlines.edxUpgrade,
        run.deadlines.idVerification,
        run.deadlines.courseEnd,
      ])
        if (d && d.at > now && d.at + 1000 < wake) wake = d.at + 1000;
  // A graded item falling due leaves the lists: the summary is derived again then.
  for (const step of steps)
    for (const run of step.runs) {
      const due = Date.parse(run.graded?.upcoming[0]?.due ?? '');
      if (due > now && due + 1000 < wake) wake = due + 1000;
    }
  return wake;
}

export async function reconcile(
  progress: Progress,
  steps: readonly StepStanding[],
  settings: Settings,
  now: number,
  timeZone: string,
): Promise<Record<string, string>> {
  const items = agenda(steps, now);
  // The badge counts the program's deadlines; graded work, when opted in, adds reminders only.
  const targets: (AgendaItem | GradedTarget)[] = [...items, ...gradedTargets(steps, settings, timeZone)];
  const plan = planReminders(targets, settings, progress.fired, now, timeZone);
  await syncAlarms(plan.alarms, nextWake(steps, now, timeZone));
  await updateBadge(items, now, timeZone);
  const stamp = new Date(now).toISOString();
  const fired: Record<string, string> = {};
  for (const id of plan.superseded) fired[id] = stamp;
  for (const reminder of plan.due) {
    await deliver(reminder, now, timeZone);
    fired[reminder.id] = stamp;
  }
  return fired;
}

/** A sample reminder, from the options page, so the learner can see that notifications reach them. */
export async function showTestNotification(): Promise<void> {
  await browser.notifications.create('mm-companion-test', {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('testNotificationTitle'),
    message: t('testNotificationBody'),
  });
}
