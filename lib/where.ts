/**
 * A place in the learner's data in words ("Progress, step 2, run 1, start date, your value"), for refused
 * backups and for repairs of stored data.
 */
import { t, type MessageKey } from './i18n';

const FIELD_KEYS: Readonly<Record<string, MessageKey>> = {
  start: 'field_start',
  end: 'field_end',
  mode: 'field_mode',
  status: 'field_status',
  grade: 'field_grade',
  passMark: 'field_passMark',
  passing: 'field_passing',
  certificate: 'field_certificate',
  upgradeDeadline: 'field_upgradeDeadline',
  upgradeUrl: 'field_upgradeUrl',
  verificationDeadline: 'field_verificationDeadline',
  verificationStatus: 'field_verificationStatus',
  price: 'field_price',
  reminders: 'field_reminders',
  quietHours: 'field_quietHours',
  hints: 'field_hints',
  credit: 'field_credit',
  plannedTerm: 'field_plannedTerm',
  course: 'field_course',
  runKey: 'field_runKey',
};

/** A validation path in words: "Step 2, run 1, start date (your value)". */
export function where(root: 'progress' | 'settings', path: readonly PropertyKey[]): string {
  const parts: string[] = [t(root === 'progress' ? 'where_progress' : 'where_settings')];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const previous = path[i - 1];
    if (previous === 'steps') parts.push(t('where_step', String(key)));
    else if (previous === 'runs' && typeof key === 'number') parts.push(t('where_run', key + 1));
    else if (key === 'learner') parts.push(t('where_yours'));
    else if (key === 'edx') parts.push(t('where_edx'));
    else if (typeof key === 'string' && FIELD_KEYS[key]) parts.push(t(FIELD_KEYS[key]));
  }
  return parts.join(', ');
}
