/** How a deadline is named to the learner, the same in a notification, the badge's tooltip and the calendar. */
import { PROGRAM } from './catalog';
import type { DeadlineKind } from './deadlines';
import { t, type MessageKey } from './i18n';
import type { Platform } from './platform';
import { onPlatform } from './platform-words';

const TITLE_KEYS: Record<DeadlineKind, MessageKey> = {
  'program-target': 'notifyTitleProgramTarget',
  'edx-upgrade': 'notifyTitleEdxUpgrade',
  'id-verification': 'notifyTitleIdVerification',
  'course-end': 'notifyTitleCourseEnd',
};

/** "MITx 6.431x: pay and verify within the first four weeks" */
export function deadlineTitle(kind: DeadlineKind, course: string, platform?: Platform): string {
  return t(onPlatform(TITLE_KEYS[kind], platform), `${PROGRAM.org} ${course}`);
}
