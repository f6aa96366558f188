/** The vocabularies of the state, free of any schema code so the content script can use them cheaply. */
export const MODES = ['none', 'audit', 'verified'] as const;
export type Mode = (typeof MODES)[number];

/** The MicroMasters vocabulary for where a learner stands in one course. */
export const STATUSES = [
  'planned',
  'audit-can-upgrade',
  'missed-upgrade',
  'verified-in-progress',
  'passed',
  'not-passed',
] as const;
export type Status = (typeof STATUSES)[number];

/** Not paid yet and still able to: the payment deadlines are the ones that matter. */
export function beforePaying(status: Status): boolean {
  return status === 'planned' || status === 'audit-can-upgrade';
}

export const VERIFICATION_STATUSES = ['none', 'pending', 'approved', 'expired', 'must_reverify'] as const;

export const DEADLINE_KINDS = ['program-target', 'edx-upgrade', 'id-verification', 'course-end'] as const;

/** Who supplied a fact: the learner, or the platform (its slot is still called `edx`). */
export const FACT_SOURCES = ['learner', 'edx'] as const;
export type FactSource = (typeof FACT_SOURCES)[number];

/** Who says a deadline is so: the program's rule, the platform, or the learner (a date they typed). */
export const DEADLINE_SOURCES = ['program', 'edx', 'learner'] as const;
export type DeadlineSource = (typeof DEADLINE_SOURCES)[number];

/** The platforms SDS runs on (lib/platform.ts says which a run is on). */
export const PLATFORMS = ['edx', 'mitxonline'] as const;
export type Platform = (typeof PLATFORMS)[number];
