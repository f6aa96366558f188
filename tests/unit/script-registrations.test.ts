/**
 * Where the content script is registered (lib/script-registrations.ts): every SDS URL of the detector's
 * example tables runs it; a page of another course, or a course-less page of the course apps and the LMS,
 * runs none; the hosts whose pages move between courses in-app run it everywhere.
 */
import { describe, expect, it } from 'vitest';
import { COURSES, PROGRAM } from '../../lib/catalog';
import { EXAMPLES, detectPage } from '../../lib/detect';
import { patternGlobs, SCRIPT_REGISTRATIONS, spellings } from '../../lib/script-registrations';
import { scriptRunsOn } from '../support/registered';

const runsOn = (url: string) => scriptRunsOn(url, SCRIPT_REGISTRATIONS, 'strict');
const mayRunOn = (url: string) => scriptRunsOn(url, SCRIPT_REGISTRATIONS, 'loose');

describe('globs from catalog numbers', () => {
  it.each([
    ['MITx', ['MITx', 'mitx', 'MITX']],
    ['6.431x', ['6.431x', '6.431X']],
    ['DS-CFx', ['DS-CFx', 'ds-cfx', 'DS-CFX']],
    ['14.310Fx', ['14.310Fx', '14.310fx', '14.310FX']],
  ])('%s is spelled %j', (text, forms) => expect(spellings(text)).toEqual(forms));

  it('turns the numbered-variant pattern into one glob per length', () => {
    expect(patternGlobs(String.raw`6\.041x_\d{1,2}`)).toEqual(['6.041x_?', '6.041x_??']);
    expect(patternGlobs(String.raw`6\.041x_\d`)).toEqual(['6.041x_?']);
  });

  it.each([String.raw`6.041x`, String.raw`6\.041x_\d+`, String.raw`(6|7)\.041x`, String.raw`6\.041[xy]`])(
    'refuses %s, which a glob cannot say',
    (pattern) => expect(() => patternGlobs(pattern)).toThrow(/cannot turn/),
  );
});

describe('every SDS URL of the detection tables runs the content script', () => {
  const urls = Object.values(EXAMPLES).flat();
  it.each(urls.map((u) => [u]))('%s', (url) => {
    expect(detectPage(url), url).not.toBeNull();
    expect(runsOn(url)).toBe(true);
  });

  it('and so does each of them with its org in upper case and its number in lower case', () => {
    const flipped = urls
      .filter((u) => /course-v1/.test(u))
      .map((u) =>
        u.replace(
          /(course-v1(?::|%3A))([^+%]+)((?:\+|%2B))([^+%]+)/,
          (_, a, org: string, plus, n: string) => `${a}${org.toUpperCase()}${plus}${n.toLowerCase()}`,
        ),
      );
    expect(flipped.length).toBeGreaterThan(20);
    for (const url of flipped) {
      expect(detectPage(url), url).not.toBeNull();
      expect(runsOn(url), url).toBe(true);
    }
  });
});

describe('every spelling of every SDS key, in every route of the course apps and the LMS', () => {
  const numbers = COURSES.flatMap((c) => [
    ...c.keyNumbers,
    ...(c.keyNumberPatterns.length ? [`${c.keyNumbers[0]}_3`] : []),
  ]);
  const routes = (org: string, n: string) => {
    const key = `course-v1:${org}+${n}+3T2026`;
    const encoded = encodeURIComponent(key);
    const block = `block-v1:${org}+${n}+3T2026+type@sequential+block@s1`;
    return [
      `https://learning.edx.org/course/${key}/home`,
      `https://learning.edx.org/course/${encoded}/dates`,
      `https://learning.edx.org/preview/course/${key}/${block}`,
      `https://courses.learn.mit.edu/learn/course/${key}/progress?x=1`,
      `https://courses.learn.mit.edu/learn/course/${encoded}/${encodeURIComponent(block)}`,
      `https://courses.mitxonline.mit.edu/learn/course/${key}`,
      `https://courses.edx.org/courses/${key}/courseware/week1/`,
      `https://courses.edx.org/courses/${encoded}/info`,
      `https://courses.edx.org/courses/${org}/${n}/2T2016/info/`,
      `https://courses.edx.org/courses/${encodeURIComponent(`${org}/${n}/2T2016`)}/about`,
    ];
  };
  it('runs the content script on each, and the detector knows each', () => {
    const orgs = [PROGRAM.org, PROGRAM.mitxOnlineOrg].flatMap(spellings);
    const urls = orgs.flatMap((org) => numbers.flatMap(spellings).flatMap((n) => routes(org, n)));
    for (const url of urls) {
      expect(detectPage(url), url).not.toBeNull();
      expect(runsOn(url), url).toBe(true);
    }
    console.log(`content script registration: ${urls.length} spellings and routes of SDS keys, each covered`);
  });
});

describe('no script where the extension has nothing to say', () => {
  it.each([
    'https://learning.edx.org/',
    'https://learning.edx.org/course/course-v1:MITx+6.00.1x+2T2025/home',
    'https://learning.edx.org/course/course-v1:HarvardX+CS50P+X/block-v1:HarvardX+CS50P+X+type@sequential+block@s1',
    'https://learning.edx.org/course/course-v1:HarvardX+6.431x+2T2025/home',
    'https://learning.edx.org/course/course-v1:MITx+6.860x+2T2025/home',
    'https://learning.edx.org/course/course-v1%3AMITx%2B18.01x%2B1T2025/dates',
    'https://courses.edx.org/courses/course-v1:MITx+18.01x+1T2025/course/',
    'https://courses.edx.org/courses/MITx/6.00x/2013_Spring/info',
    'https://courses.edx.org/account/settings',
    'https://courses.edx.org/u/learner42',
    'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+8.01x+3T2026/home',
    'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+14.100x+3T2026/home',
    'https://courses.learn.mit.edu/learn/',
    'https://courses.mitxonline.mit.edu/learn/course/course-v1:MITxT+18.01x+1T2025/progress',
  ])('%s', (url) => {
    expect(detectPage(url)).toBeNull();
    expect(mayRunOn(url)).toBe(false);
  });
});

describe('host-wide where pages move between courses in-app, or show the program', () => {
  it.each([
    'https://www.edx.org/search?q=statistics',
    'https://www.edx.org/',
    'https://learn.mit.edu/search?topic=data',
    'https://mitxonline.mit.edu/catalog/',
    'https://home.edx.org/',
    'https://courses.edx.org/dashboard',
    'https://courses.edx.org/dashboard/programs/a015ce08-a727-46c8-92d1-679b23338bc1/',
  ])('%s', (url) => expect(runsOn(url)).toBe(true));
});

describe('the manifest entries', () => {
  it('keep the two kinds apart: one host-wide entry without globs, one per-course entry with them', () => {
    expect(SCRIPT_REGISTRATIONS.map((r) => !!r.include_globs)).toEqual([false, true]);
    const { matches = [], include_globs: globs = [] } = SCRIPT_REGISTRATIONS[1] ?? {};
    expect(new Set(globs).size).toBe(globs.length);
    expect(new Set(matches).size).toBe(matches.length);
    console.log(
      `content script on the course apps and the LMS: ${matches.length} match patterns, ${globs.length} globs`,
    );
  });
});
