/**
 * Reading the learner's track from MITx Online's program enrolments. The fixtures follow
 * mitodl/mitxonline's UserProgramEnrollmentDetailSerializer and ProgramSerializer
 * (courses/serializers/v2/programs.py): `[{program, enrollments, certificate}]`, the program with
 * `requirements.courses.required/electives` and `req_tree`. The SDS programs' readable ids and titles in them
 * are made up: no source gives them, and the reader depends on neither.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyTrackSuggestion } from '../../lib/edx-apply';
import { parseProgramTrack } from '../../lib/mitx-programs-parse';
import { ProgressSchema } from '../../lib/state/schema';
import { progressWith } from '../support/builders';

const fixture = (name: string) =>
  JSON.parse(readFileSync(resolve(__dirname, `../fixtures/mitx-online/${name}`), 'utf8')) as unknown;
const NOW = '2027-01-15T12:00:00.000Z';

describe("MITx Online's program requirements as a track suggestion", () => {
  it('a program that settles all four courses suggests them, with its title and id; the DEDP program beside it is ignored', () => {
    expect(parseProgramTrack(fixture('program-enrollments.settled.json'))).toEqual({
      courses: ['18.6501x', '6.419x'],
      name: 'general',
      programTitle: 'Statistics and Data Science (General Track)',
      programId: 'program-v1:MITxT+SDS+General',
    });
  });

  it('a program that leaves a choice among electives suggests nothing', () => {
    expect(parseProgramTrack(fixture('program-enrollments.choice.json'))).toBeUndefined();
  });

  const program = (required: string[], title = 'SDS') => [
    {
      program: {
        title,
        readable_id: 'program-v1:MITxT+X',
        requirements: { courses: { required: required.map((n) => ({ id: 1, readable_id: `course-v1:MITxT+${n}` })) } },
      },
    },
  ];
  it.each([
    [
      'a DRF page of results',
      { results: program(['6.431x', '6.86x', '14.310x', 'IDS.S24x']) },
      ['14.310x', 'IDS.S24x'],
    ],
    [
      'edX org spelling accepted',
      [
        {
          program: {
            ...program([])[0]!.program,
            requirements: {
              courses: {
                required: ['6.431x', '6.86x', '6.419x', 'IDS.S24x'].map((n) => ({
                  readable_id: `course-v1:MITx+${n}`,
                })),
              },
            },
          },
        },
      ],
      ['6.419x', 'IDS.S24x'],
    ],
    ['three track courses required', program(['6.431x', '6.86x', '14.310x', '6.419x', 'IDS.S24x']), undefined],
    ['a core course missing', program(['6.431x', '14.310x', '18.6501x']), undefined],
    ['not a list', { detail: 'Authentication credentials were not provided.' }, undefined],
    ['null', null, undefined],
    ['items of the wrong shape', [1, 'x', { program: 'SDS' }, { program: { title: 5 } }], undefined],
    ['requirements missing', [{ program: { title: 'SDS', readable_id: 'p' } }], undefined],
    ['readable ids that are not courses', program(['', 'junk+more+stuff', '6.431x']), undefined],
  ] as const)('%s', (_, body, courses) => {
    expect(parseProgramTrack(body)?.courses).toEqual(courses);
  });

  it('names a track only when the title says "track" and names one', () => {
    const body = (title: string) => program(['6.431x', '6.86x', '14.310x', 'IDS.S24x'], title);
    expect(parseProgramTrack(body('SDS: Time Series and Social Sciences Track'))?.name).toBe(
      'time-series-social-sciences',
    );
    expect(parseProgramTrack(body('SDS Social Sciences track'))?.name).toBe('social-sciences');
    expect(parseProgramTrack(body('General Statistics'))?.name).toBeUndefined();
  });

  it('is stored as a suggestion, never as the track, and only when it changes', () => {
    const found = parseProgramTrack(fixture('program-enrollments.settled.json'))!;
    const before = progressWith({});
    const after = applyTrackSuggestion(before, found, NOW)!;
    expect(after.track).toEqual(before.track);
    expect(after.trackSuggestion).toEqual({ ...found, at: NOW });
    expect(ProgressSchema.safeParse(after).success).toBe(true);
    expect(applyTrackSuggestion(after, found, '2027-02-01T00:00:00.000Z')).toBeUndefined();
  });
});
