import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modeFromEdx, parseEdx } from '../../lib/edx-parse';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(resolve(__dirname, `../fixtures/edx/${name}.json`), 'utf8'));

describe('parseEdx on real-shaped responses', () => {
  it('an audit learner before the deadline', () => {
    const { facts, problems } = parseEdx({
      metadata: fixture('metadata.audit'),
      courseware: fixture('courseware.audit'),
      dates: fixture('dates.audit'),
      progress: fixture('progress.audit'),
    });
    expect(facts).toEqual({
      mode: 'audit',
      start: '2026-11-10T15:00:00Z',
      end: '2027-03-02T23:30:00Z',
      upgradeDeadline: '2026-12-22T23:59:00Z',
      upgradeUrl: 'https://ecommerce.edx.org/basket/add/?sku=8CF08E5',
      verificationStatus: 'none',
      grade: 0.05,
      passMark: 0.6,
      passing: false,
      certificate: 'audit_passing',
    });
    expect(problems).toEqual([]);
  });

  it('a verified learner with a grade: the pass mark is the lowest cutoff', () => {
    const { facts } = parseEdx({ courseware: fixture('courseware.verified'), progress: fixture('progress.verified') });
    expect(facts).toMatchObject({
      mode: 'verified',
      grade: 0.72,
      passMark: 0.6,
      passing: true,
      certificate: 'requesting',
      verificationStatus: 'approved',
    });
    expect(facts.upgradeDeadline).toBeUndefined();
  });

  it('passed with a certificate', () => {
    const { facts } = parseEdx({ courseware: fixture('courseware.passed'), progress: fixture('progress.passed') });
    expect(facts).toMatchObject({
      mode: 'verified',
      certificate: 'downloadable',
      grade: 0.88,
      end: '2026-05-20T23:30:00Z',
    });
  });

  it('only some endpoints answered: what they say is kept', () => {
    expect(parseEdx({ dates: fixture('dates.audit') }).facts).toEqual({
      start: '2026-11-10T15:00:00Z',
      end: '2027-03-02T23:30:00Z',
      upgradeDeadline: '2026-12-22T23:59:00Z',
      upgradeUrl: 'https://ecommerce.edx.org/basket/add/?sku=8CF08E5',
    });
    expect(parseEdx({ metadata: fixture('metadata.audit') }).facts).toEqual({
      start: '2026-11-10T15:00:00Z',
      upgradeDeadline: '2026-12-22T23:59:00Z',
      upgradeUrl: 'https://ecommerce.edx.org/basket/add/?sku=8CF08E5',
    });
  });

  it('fields of the wrong type are dropped one by one and named; a non-edX link is never kept', () => {
    const bad = fixture('malformed');
    const { facts, problems } = parseEdx({ courseware: bad, progress: bad, dates: bad, metadata: bad });
    expect(facts).toEqual({ upgradeDeadline: '2026-12-22T23:59:00Z' });
    expect(problems).toEqual(
      expect.arrayContaining([
        'courseware.enrollment.mode: unexpected array',
        'courseware.start: unexpected number',
        'courseware.end: unexpected string',
        'progress.course_grade.percent: unexpected string',
        'progress.grading_policy.grade_range: unexpected array',
        'progress.certificate_data.cert_status: unexpected number',
        'courseware.verification_status: unexpected string',
        'dates.course_date_blocks[0]: unexpected shape',
      ]),
    );
  });

  it.each([null, undefined, 42, 'text', [], '<html>'])('never throws on %j', (junk) => {
    expect(parseEdx({ metadata: junk, courseware: junk, dates: junk, progress: junk }).facts).toEqual({});
  });
});

describe('vocabularies', () => {
  it.each([
    ['audit', 'audit'],
    ['honor', 'audit'],
    ['verified', 'verified'],
    [null, 'none'],
    ['professional', undefined],
    ['no-id-professional', undefined],
    ['credit', undefined],
    ['masters', undefined],
  ] as const)('enrolment mode %j is %j', (mode, expected) => {
    expect(modeFromEdx(mode)).toBe(expected);
  });

  it('a learner not enrolled: metadata says so and the mode is none', () => {
    expect(parseEdx({ metadata: { is_enrolled: false } }).facts.mode).toBe('none');
    expect(parseEdx({ courseware: { enrollment: { mode: null, is_active: false } } }).facts.mode).toBe('none');
  });

  it.each([
    'audit_passing',
    'honor_passing',
    'requesting',
    'generating',
    'unverified',
    'downloadable',
    'earned_but_not_available',
    'invalidated',
    'unavailable',
  ])('certificate status %s is kept as edX says it', (status) =>
    expect(parseEdx({ progress: { certificate_data: { cert_status: status } } }).facts.certificate).toBe(status),
  );

  it.each(['none', 'pending', 'approved', 'expired', 'must_reverify'])('verification status %s', (status) => {
    expect(parseEdx({ courseware: { verification_status: status } }).facts.verificationStatus).toBe(status);
  });

  it.each([
    ['course-start-date', { start: '2026-12-01T00:00:00Z' }],
    ['course-end-date', { end: '2026-12-01T00:00:00Z' }],
    [
      'verified-upgrade-deadline',
      { upgradeDeadline: '2026-12-01T00:00:00Z', upgradeUrl: 'https://ecommerce.edx.org/basket/add/?sku=X' },
    ],
    ['verification-deadline-date', { verificationDeadline: '2026-12-01T00:00:00Z' }],
    ['assignment-due-date', {}],
    ['certificate-available-date', {}],
    ['course-expired-date', {}],
    ['event', {}],
  ])('date block %s', (dateType, expected) => {
    const dates = {
      course_date_blocks: [
        { date_type: dateType, date: '2026-12-01T00:00:00Z', link: 'https://ecommerce.edx.org/basket/add/?sku=X' },
      ],
    };
    expect(parseEdx({ dates }).facts).toEqual(expected);
  });
});
