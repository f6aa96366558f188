/** Message keys for the state vocabularies, in one place for every surface. */
import { courseByNumber, PROGRAM, stepOf, type StepId, type TrackName } from '../lib/catalog';
import type { DeadlineKind } from '../lib/deadlines';
import { t, type MessageKey } from '../lib/i18n';
import type { CreditRoute, Status } from '../lib/state/schema';
import type { StepRole } from '../lib/track';

export const STATUS_KEYS: Record<Status, MessageKey> = {
  planned: 'status_planned',
  'audit-can-upgrade': 'status_audit_can_upgrade',
  'missed-upgrade': 'status_missed_upgrade',
  'verified-in-progress': 'status_verified_in_progress',
  passed: 'status_passed',
  'not-passed': 'status_not_passed',
};

/** How each credit route is offered to the learner (the rule itself is the catalog's LEGACY_CREDIT). */
export const CREDIT_LABEL_KEYS: Record<CreditRoute, MessageKey> = {
  'legacy-6041x': 'setupLegacy',
  'dedp-14310x': 'setupDedp',
};

export const DEADLINE_KEYS: Record<DeadlineKind, MessageKey> = {
  'program-target': 'deadline_program_target',
  'edx-upgrade': 'deadline_edx_upgrade',
  'id-verification': 'deadline_id_verification',
  'course-end': 'deadline_course_end',
};

/** The one-line form of each deadline, "Pay and verify by Thu, Dec 3, 2026 (in 2 days)". */
export const COMPACT_DEADLINE_KEYS: Record<DeadlineKind, MessageKey> = {
  'program-target': 'compact_program_target',
  'edx-upgrade': 'compact_edx_upgrade',
  'id-verification': 'compact_id_verification',
  'course-end': 'compact_course_end',
};

/** "MITx 6.431x" */
export function courseCode(number: string): string {
  return `${PROGRAM.org} ${number}`;
}

export function courseTitle(number: string): string {
  const course = courseByNumber(number);
  return course ? t(course.titleMessage as MessageKey) : number;
}

export const TRACK_NAME_KEYS: Record<TrackName, MessageKey> = {
  general: 'track_general',
  methods: 'track_methods',
  'social-sciences': 'track_social_sciences',
  'time-series-social-sciences': 'track_time_series_social_sciences',
};

const ROLE_KEYS: Record<StepRole, MessageKey> = { core: 'role_core', track: 'role_track', capstone: 'role_capstone' };

/** Where a step sits for the learner: "Step 2" on the FAQ's path, else "Core course", "Track course" ... */
export function stepPlace(s: { readonly position?: number; readonly role?: StepRole }): string {
  if (s.position !== undefined) return t('stepPlace', s.position);
  return s.role ? t(ROLE_KEYS[s.role]) : '';
}

/** A step as it can appear in an element id (`6.431x` gives `6-431x`). */
export function stepDomId(step: StepId): string {
  return step.replace(/\W/g, '-');
}

/** The course a learner opens for a step, as "6.431x Probability - ...". */
export function stepCourse(step: StepId): string {
  const number = stepOf(step).primary;
  return `${number} ${courseTitle(number)}`;
}

/** Why reading edX failed, in words: `signed-out` reads syncOutcome_signed_out. */
export function syncReason(outcome: string): string {
  const key = `syncOutcome_${outcome.replace(/-/g, '_')}`;
  return t(key as MessageKey);
}
