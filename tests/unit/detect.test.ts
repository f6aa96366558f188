import { describe, expect, it } from 'vitest';
import { DETECTORS, detectPage, EXAMPLES, type PageMatch } from '../../lib/detect';
import { courseByNumber } from '../../lib/catalog';

describe('cross-matrix: every predicate accepts its own examples and rejects every other one', () => {
  for (const detector of DETECTORS) {
    it(`${detector.kind}: own examples`, () => {
      expect(EXAMPLES[detector.kind].length).toBeGreaterThan(0);
      for (const url of EXAMPLES[detector.kind]) expect(detectPage(url)?.kind, url).toBe(detector.kind);
    });
    it(`${detector.kind}: no other predicate claims its examples`, () => {
      for (const other of DETECTORS) {
        if (other === detector) continue;
        for (const url of EXAMPLES[detector.kind]) {
          const u = new URL(url);
          const path = u.pathname.split('/').filter(Boolean).map(decodeURIComponent);
          expect(other.match(u, path), `${other.kind} claims ${url}`).toBeNull();
        }
      }
    });
  }
});

type Expected = Partial<PageMatch> & Pick<PageMatch, 'kind'>;

// Positive cases: URL -> the match detectPage must return, field by field.
const POSITIVES: readonly (readonly [string, Expected])[] = [
  // www.edx.org, three course URL forms, locale prefixes, query strings, fragments, case
  [
    'https://www.edx.org/course/probability-the-science-of-uncertainty-and-data',
    { kind: 'catalog', course: '6.431x', step: '6.431x' },
  ],
  [
    'https://www.edx.org/course/probability-the-science-of-uncertainty-and-data/',
    { kind: 'catalog', course: '6.431x', step: '6.431x' },
  ],
  ['https://www.edx.org/course/fundamentals-of-statistics', { kind: 'catalog', course: '18.6501x', step: '18.6501x' }],
  [
    'https://www.edx.org/course/data-analysis-for-social-scientists',
    { kind: 'catalog', course: '14.310x', step: '14.310x' },
  ],
  [
    'https://www.edx.org/course/machine-learning-with-python-from-linear-models-to',
    { kind: 'catalog', course: '6.86x', step: '6.86x' },
  ],
  [
    'https://www.edx.org/course/machine-learning-with-python-from-linear-models-to-deep-learning',
    { kind: 'catalog', course: '6.86x', step: '6.86x' },
  ],
  [
    'https://www.edx.org/course/machine-learning-with-python-from-linear',
    { kind: 'catalog', course: '6.86x', step: '6.86x' },
  ],
  ['https://www.edx.org/es/course/fundamentals-of-statistics', { kind: 'catalog', course: '18.6501x' }],
  ['https://www.edx.org/pt-br/course/fundamentals-of-statistics', { kind: 'catalog', course: '18.6501x' }],
  [
    'https://www.edx.org/course/Fundamentals-Of-Statistics?utm_campaign=x&y=2#reviews',
    { kind: 'catalog', course: '18.6501x' },
  ],
  [
    'https://www.edx.org/course/probability-the-science-of-uncertainty-and-data-course-v1-mitx-6-431x-2t2023',
    { kind: 'catalog', course: '6.431x', step: '6.431x', runKey: 'course-v1:MITx+6.431x+2T2023' },
  ],
  [
    'https://www.edx.org/course/data-analysis-for-social-scientists-course-v1-mitx-14-310fx-3t2022',
    { kind: 'catalog', course: '14.310Fx', step: '14.310x', runKey: 'course-v1:MITx+14.310Fx+3T2022' },
  ],
  [
    'https://www.edx.org/course/fundamentals-of-statistics-course-v1-mitx-18-6501x-1t2024',
    { kind: 'catalog', course: '18.6501x', runKey: 'course-v1:MITx+18.6501x+1T2024' },
  ],
  [
    'https://www.edx.org/course/capstone-exam-in-statistics-and-data-science-course-v1-mitx-ds-cfx-1t2025',
    { kind: 'catalog', course: 'DS.CFx', step: 'DS.CFx', runKey: 'course-v1:MITx+DS.CFx+1T2025' },
  ],
  [
    'https://www.edx.org/course/probability-course-v1-mitx-6-041x_4-1t2017a',
    { kind: 'catalog', course: '6.041x', step: '6.431x', runKey: 'course-v1:MITx+6.041x_4+1T2017a' },
  ],
  [
    'https://www.edx.org/learn/probability/massachusetts-institute-of-technology-probability-the-science-of-uncertainty-and-data',
    { kind: 'catalog', course: '6.431x', step: '6.431x' },
  ],
  [
    'https://www.edx.org/learn/statistics/massachusetts-institute-of-technology-fundamentals-of-statistics',
    { kind: 'catalog', course: '18.6501x', step: '18.6501x' },
  ],
  [
    'https://www.edx.org/learn/social-science/massachusetts-institute-of-technology-data-analysis-for-social-scientists?index=product',
    { kind: 'catalog', course: '14.310x' },
  ],
  [
    'https://www.edx.org/fr/learn/machine-learning/massachusetts-institute-of-technology-machine-learning-with-python-from-linear-models-to-deep-learning',
    { kind: 'catalog', course: '6.86x', step: '6.86x' },
  ],
  // Program page, both forms
  ['https://www.edx.org/micromasters/mitx-statistics-and-data-science', { kind: 'program' }],
  ['https://www.edx.org/masters/micromasters/mitx-statistics-and-data-science', { kind: 'program' }],
  ['https://www.edx.org/masters/micromasters/mitx-statistics-and-data-science/?tab=faq#x', { kind: 'program' }],
  ['https://www.edx.org/es/micromasters/mitx-statistics-and-data-science', { kind: 'program' }],
  // learning.edx.org routes
  [
    'https://learning.edx.org/course/course-v1:MITx+6.431x+2T2025/home',
    { kind: 'course-home', course: '6.431x', step: '6.431x', runKey: 'course-v1:MITx+6.431x+2T2025' },
  ],
  [
    'https://learning.edx.org/course/course-v1%3AMITx%2B6.431x%2B1T2024/home',
    { kind: 'course-home', course: '6.431x', runKey: 'course-v1:MITx+6.431x+1T2024' },
  ],
  [
    'https://learning.edx.org/course/course-v1:MITx+14.310x+2T2025/home',
    { kind: 'course-home', course: '14.310x', step: '14.310x' },
  ],
  [
    'https://learning.edx.org/course/course-v1:MITx+14.310Fx+2T2025/home',
    { kind: 'course-home', course: '14.310Fx', step: '14.310x' },
  ],
  [
    'https://learning.edx.org/course/course-v1:mitx+14.310fx+2t2025/home',
    { kind: 'course-home', course: '14.310Fx', runKey: 'course-v1:mitx+14.310fx+2t2025' },
  ],
  [
    'https://learning.edx.org/course/course-v1:MITx+DS.CFx+1T2026/home',
    { kind: 'course-home', course: 'DS.CFx', step: 'DS.CFx' },
  ],
  [
    'https://learning.edx.org/course/course-v1:MITx+DS-CFX+1T2026/home',
    { kind: 'course-home', course: 'DS.CFx', step: 'DS.CFx' },
  ],
  [
    'https://learning.edx.org/course/course-v1:MITx+ds-cfx+1T2026/HOME/',
    { kind: 'course-home', course: 'DS.CFx', step: 'DS.CFx' },
  ],
  [
    'https://learning.edx.org/course/course-v1:MITx+6.86x+3T2025/dates',
    { kind: 'dates', course: '6.86x', step: '6.86x' },
  ],
  [
    'https://learning.edx.org/course/course-v1:MITx+18.6501x+1T2026/progress',
    { kind: 'progress', course: '18.6501x', step: '18.6501x' },
  ],
  [
    'https://learning.edx.org/course/course-v1:MITx+18.6501x+1T2026/progress/',
    { kind: 'progress', course: '18.6501x' },
  ],
  ['https://learning.edx.org/course/course-v1:MITx+6.431x+1T2025/course-end', { kind: 'course-end', course: '6.431x' }],
  ['https://learning.edx.org/course/course-v1:MITx+6.431x+2T2025/live', { kind: 'course-tab', course: '6.431x' }],
  [
    'https://learning.edx.org/course/course-v1:MITx+6.86x+3T2025/discussion/posts/abc',
    { kind: 'course-tab', course: '6.86x' },
  ],
  [
    'https://learning.edx.org/course/course-v1:MITx+6.86x+3T2025/access-denied',
    { kind: 'course-tab', course: '6.86x' },
  ],
  [
    'https://learning.edx.org/course/course-v1:MITx+6.431x+2T2025',
    { kind: 'courseware', course: '6.431x', runKey: 'course-v1:MITx+6.431x+2T2025' },
  ],
  [
    'https://learning.edx.org/course/course-v1:MITx+6.431x+2T2025/block-v1:MITx+6.431x+2T2025+type@sequential+block@Unit_1',
    { kind: 'unit', course: '6.431x', step: '6.431x' },
  ],
  [
    'https://learning.edx.org/course/course-v1:MITx+6.431x+2T2025/block-v1:MITx+6.431x+2T2025+type@sequential+block@Unit_1/block-v1:MITx+6.431x+2T2025+type@vertical+block@lec1',
    { kind: 'unit', course: '6.431x' },
  ],
  [
    'https://learning.edx.org/preview/course/course-v1:MITx+6.86x+3T2025/home',
    { kind: 'course-home', course: '6.86x' },
  ],
  [
    'https://learning.edx.org/course/course-v1:MITx+6.041x+1T2016/home',
    { kind: 'course-home', course: '6.041x', step: '6.431x' },
  ],
  [
    'https://learning.edx.org/course/course-v1:MITx+6.041x_4+1T2017/home',
    { kind: 'course-home', course: '6.041x', step: '6.431x', runKey: 'course-v1:MITx+6.041x_4+1T2017' },
  ],
  [
    'https://learning.edx.org/course/course-v1:MITx+6.041.1x+1T2017/home',
    { kind: 'course-home', course: '6.041.1x', step: '6.431x' },
  ],
  [
    'https://learning.edx.org/course/course-v1:MITx+6.041.2x+1T2017/home',
    { kind: 'course-home', course: '6.041.2x', step: '6.431x' },
  ],
  // courses.edx.org legacy pages and dashboards, home.edx.org
  [
    'https://courses.edx.org/courses/course-v1:MITx+6.431x+2T2025/course/',
    { kind: 'legacy-course', course: '6.431x', step: '6.431x' },
  ],
  [
    'https://courses.edx.org/courses/course-v1:MITx+18.6501x+1T2026/progress',
    { kind: 'legacy-course', course: '18.6501x' },
  ],
  ['https://courses.edx.org/courses/course-v1:MITx+6.86x+3T2025/about', { kind: 'legacy-course', course: '6.86x' }],
  [
    'https://courses.edx.org/courses/MITx/6.041x/1T2014/courseware',
    { kind: 'legacy-course', course: '6.041x', runKey: 'course-v1:MITx+6.041x+1T2014' },
  ],
  ['https://courses.edx.org/courses/MITx%2F6.041x%2F1T2014/info', { kind: 'legacy-course', course: '6.041x' }],
  [
    'https://courses.edx.org/courses/course-v1:MITx+14.310Fx+2T2025/jump_to/block-v1:MITx+14.310Fx+2T2025+type@vertical+block@x',
    { kind: 'legacy-course', course: '14.310Fx' },
  ],
  ['https://courses.edx.org/dashboard', { kind: 'dashboard' }],
  ['https://home.edx.org/', { kind: 'dashboard' }],
  // The track courses 6.419x and IDS.S24x, on every surface the other courses are on
  [
    'https://learning.edx.org/course/course-v1:MITx+6.419x+1T2026/home',
    { kind: 'course-home', course: '6.419x', step: '6.419x', runKey: 'course-v1:MITx+6.419x+1T2026' },
  ],
  [
    'https://learning.edx.org/course/course-v1:MITx+IDS.S24x+1T2026/home',
    { kind: 'course-home', course: 'IDS.S24x', step: 'IDS.S24x', runKey: 'course-v1:MITx+IDS.S24x+1T2026' },
  ],
  [
    'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+6.419x+1T2027/home',
    { kind: 'course-home', course: '6.419x', step: '6.419x', runKey: 'course-v1:MITxT+6.419x+1T2027' },
  ],
  [
    'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+IDS.S24x+1T2027/block-v1:MITxT+IDS.S24x+1T2027+type@sequential+block@s1',
    { kind: 'unit', course: 'IDS.S24x', step: 'IDS.S24x', runKey: 'course-v1:MITxT+IDS.S24x+1T2027' },
  ],
  ['https://learn.mit.edu/courses/course-v1:MITxT+6.419x', { kind: 'product', course: '6.419x', step: '6.419x' }],
  [
    'https://mitxonline.mit.edu/courses/course-v1:MITxT+IDS.S24x/',
    { kind: 'product', course: 'IDS.S24x', step: 'IDS.S24x' },
  ],
  [
    'https://www.edx.org/learn/data-analysis/massachusetts-institute-of-technology-data-analysis-statistical-modeling-and-computation-in-applications',
    { kind: 'catalog', course: '6.419x', step: '6.419x' },
  ],
  [
    'https://www.edx.org/course/learning-time-series-with-interventions',
    { kind: 'catalog', course: 'IDS.S24x', step: 'IDS.S24x' },
  ],
  // MIT's course app on courses.learn.mit.edu and its older host, under /learn (MITx Online runs: org MITxT)
  [
    'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+6.431x+3T2026/home',
    { kind: 'course-home', course: '6.431x', step: '6.431x', runKey: 'course-v1:MITxT+6.431x+3T2026' },
  ],
  [
    'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+6.431x+3T2026/home/',
    { kind: 'course-home', course: '6.431x', step: '6.431x' },
  ],
  [
    'https://courses.learn.mit.edu/learn/course/course-v1%3AMITxT%2B6.431x%2B3T2026/home',
    { kind: 'course-home', course: '6.431x', runKey: 'course-v1:MITxT+6.431x+3T2026' },
  ],
  [
    'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+14.310Fx+2T2026/home?utm_source=mail#x',
    { kind: 'course-home', course: '14.310Fx', step: '14.310x' },
  ],
  [
    'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+14.310x+3T2024/dates',
    { kind: 'dates', course: '14.310x', step: '14.310x' },
  ],
  [
    'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+18.6501x+3T2026/progress',
    { kind: 'progress', course: '18.6501x', step: '18.6501x' },
  ],
  [
    'https://courses.learn.mit.edu/learn/course/course-v1:mitxt+6.86x+1t2027/home',
    { kind: 'course-home', course: '6.86x', step: '6.86x', runKey: 'course-v1:mitxt+6.86x+1t2027' },
  ],
  [
    'https://COURSES.LEARN.MIT.EDU/LEARN/course/course-v1:MITxT+6.86x+1T2027/HOME',
    { kind: 'course-home', course: '6.86x' },
  ],
  [
    'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+6.431x+3T2026',
    { kind: 'courseware', course: '6.431x' },
  ],
  [
    'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+6.431x+3T2026/block-v1:MITxT+6.431x+3T2026+type@sequential+block@u1',
    { kind: 'unit', course: '6.431x', runKey: 'course-v1:MITxT+6.431x+3T2026' },
  ],
  [
    'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+6.431x+3T2026/block-v1:MITxT+6.431x+3T2026+type@sequential+block@u1/block-v1:MITxT+6.431x+3T2026+type@vertical+block@v2',
    { kind: 'unit', course: '6.431x' },
  ],
  [
    'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+6.431x+3T2026/discussion/posts',
    { kind: 'course-tab', course: '6.431x' },
  ],
  [
    'https://courses.learn.mit.edu/learn/preview/course/course-v1:MITxT+6.431x+3T2026/home',
    { kind: 'course-home', course: '6.431x' },
  ],
  [
    'https://courses.mitxonline.mit.edu/learn/course/course-v1:MITxT+14.310x+3T2023/home',
    { kind: 'course-home', course: '14.310x', step: '14.310x' },
  ],
  [
    'https://courses.mitxonline.mit.edu/learn/course/course-v1:MITxT+14.310Fx+2T2026/progress',
    { kind: 'progress', course: '14.310Fx' },
  ],
  [
    'https://courses.learn.mit.edu/learn/course/course-v1:MITx+6.431x+3T2026/home',
    { kind: 'course-home', course: '6.431x', runKey: 'course-v1:MITx+6.431x+3T2026' },
  ],
  // Product pages: MIT Learn and MITx Online, by readable id (no run) or by run
  ['https://learn.mit.edu/courses/course-v1:MITxT+6.431x', { kind: 'product', course: '6.431x', step: '6.431x' }],
  ['https://learn.mit.edu/courses/course-v1:MITxT+6.431x/', { kind: 'product', course: '6.431x' }],
  [
    'https://learn.mit.edu/courses/course-v1%3AMITxT%2B18.6501x',
    { kind: 'product', course: '18.6501x', step: '18.6501x' },
  ],
  ['https://learn.mit.edu/courses/course-v1:mitxt+6.86X?x=1', { kind: 'product', course: '6.86x', step: '6.86x' }],
  [
    'https://learn.mit.edu/courses/course-v1:MITxT+14.310Fx+2T2026',
    { kind: 'product', course: '14.310Fx', runKey: 'course-v1:MITxT+14.310Fx+2T2026' },
  ],
  [
    'https://mitxonline.mit.edu/courses/course-v1:MITxT+14.310x/',
    { kind: 'product', course: '14.310x', step: '14.310x' },
  ],
  [
    'https://mitxonline.mit.edu/courses/course-v1:MITxT+14.310Fx/',
    { kind: 'product', course: '14.310Fx', step: '14.310x' },
  ],
  // Dashboards
  ['https://mitxonline.mit.edu/dashboard/', { kind: 'dashboard' }],
  ['https://learn.mit.edu/dashboard', { kind: 'dashboard' }],
  ['https://learn.mit.edu/dashboard/program/12', { kind: 'dashboard' }],
  [
    'https://courses.edx.org/dashboard/programs/a015ce08-a727-46c8-92d1-679b23338bc1/',
    { kind: 'program-dashboard', needsContentCheck: true },
  ],
];

// Negative cases: detectPage must return null.
const NEGATIVES: readonly string[] = [
  // other MITx courses and other orgs
  'https://learning.edx.org/course/course-v1:MITx+6.00.1x+2T2025/home',
  'https://learning.edx.org/course/course-v1:MITx+18.01x+1T2025/home',
  'https://learning.edx.org/course/course-v1:MITx+CTL.SC0x+3T2025/home',
  'https://learning.edx.org/course/course-v1:MITx+14.100x+1T2025/home',
  'https://learning.edx.org/course/course-v1:MITx+6.419+1T2026/home',
  'https://learning.edx.org/course/course-v1:HarvardX+IDS.S24x+1T2026/home',
  'https://learn.mit.edu/courses/course-v1:MITxT+6.4190x',
  'https://www.edx.org/course/learning-time-series',
  'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+IDS.S24+1T2027/home',
  'https://learning.edx.org/course/course-v1:HarvardX+6.431x+2T2025/home',
  'https://learning.edx.org/course/course-v1:MITxx+6.431x+2T2025/home',
  // lookalike numbers
  'https://learning.edx.org/course/course-v1:MITx+6.431+2T2025/home',
  'https://learning.edx.org/course/course-v1:MITx+6.4310x+2T2025/home',
  'https://learning.edx.org/course/course-v1:MITx+16.431x+2T2025/home',
  'https://learning.edx.org/course/course-v1:MITx+6.431xx+2T2025/home',
  'https://learning.edx.org/course/course-v1:MITx+6.860x+2T2025/home',
  'https://learning.edx.org/course/course-v1:MITx+6.686x+2T2025/home',
  'https://learning.edx.org/course/course-v1:MITx+14.310Gx+2T2025/home',
  'https://learning.edx.org/course/course-v1:MITx+DS.CF+2T2025/home',
  'https://learning.edx.org/course/course-v1:MITx+6.041x_+1T2017/home',
  // lookalike hosts, schemes, credentials
  'https://learning.edx.org.example.com/course/course-v1:MITx+6.431x+2T2025/home',
  'https://myedx.org/course/fundamentals-of-statistics',
  'https://edx.org.evil.test/course/fundamentals-of-statistics',
  'https://notlearning.edx.org/course/course-v1:MITx+6.431x+2T2025/home',
  'http://learning.edx.org/course/course-v1:MITx+6.431x+2T2025/home',
  'https://user:pw@learning.edx.org/course/course-v1:MITx+6.431x+2T2025/home',
  'https://learning.edx.org:8443/course/course-v1:MITx+6.431x+2T2025/home',
  'https://example.com/?u=https://learning.edx.org/course/course-v1:MITx+6.431x+2T2025/home',
  'file:///course/course-v1:MITx+6.431x+2T2025/home',
  // generic words and unknown slugs on www.edx.org
  'https://www.edx.org/course/probability',
  'https://www.edx.org/course/statistics',
  'https://www.edx.org/course/machine-learning',
  'https://www.edx.org/course/fundamentals-of',
  'https://www.edx.org/course/introduction-to-computer-science-and-programming-using-python',
  'https://www.edx.org/course/some-course-course-v1-harvardx-6-431x-2t2025',
  'https://www.edx.org/course/intro-course-v1-mitx-6-00-1x-2t2025',
  'https://www.edx.org/learn/statistics/harvard-university-fundamentals-of-statistics',
  'https://www.edx.org/learn/probability',
  'https://www.edx.org/course/fundamentals-of-statistics/reviews',
  'https://www.edx.org/micromasters/mitx-supply-chain-management',
  'https://www.edx.org/masters/micromasters/mitx-statistics-and-data-science/extra',
  'https://www.edx.org/',
  'https://www.edx.org/es',
  // edX pages that are not about an SDS course
  'https://learning.edx.org/',
  'https://learning.edx.org/course/',
  'https://learning.edx.org/course/not-a-key/home',
  'https://courses.edx.org/courses/course-v1:MITx+6.00.1x+2T2025/course/',
  'https://courses.edx.org/courses/',
  'https://courses.edx.org/xblock/block-v1:MITx+6.431x+2T2025+type@vertical+block@v1',
  'https://courses.edx.org/dashboard/programs/not-a-uuid/',
  'https://courses.edx.org/api/course_home/course_metadata/course-v1:MITx+6.431x+2T2025',
  'https://home.edx.org/some/other/page',
  // MIT hosts: other MITx and DEDP courses, lookalikes, wrong prefixes, other pages
  'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+JPAL102x+1T2026/home',
  'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+14.100x+3T2026/home',
  'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+14.740x+3T2026/home',
  'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+6.00.1x+3T2026/home',
  'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+18.01x+3T2026/home',
  'https://courses.learn.mit.edu/learn/course/course-v1:HarvardX+6.431x+3T2026/home',
  'https://courses.learn.mit.edu/learn/course/course-v1:MITxTT+6.431x+3T2026/home',
  'https://courses.learn.mit.edu/course/course-v1:MITxT+6.431x+3T2026/home',
  'https://courses.learn.mit.edu/learning/course/course-v1:MITxT+6.431x+3T2026/home',
  'https://courses.learn.mit.edu/learn/',
  'https://courses.learn.mit.edu/learn/course/not-a-key/home',
  'https://courses.learn.mit.edu.example.com/learn/course/course-v1:MITxT+6.431x+3T2026/home',
  'https://courseslearn.mit.edu/learn/course/course-v1:MITxT+6.431x+3T2026/home',
  'https://courses.learn.mit.edu.evil.test/learn/course/course-v1:MITxT+6.431x+3T2026/home',
  'http://courses.learn.mit.edu/learn/course/course-v1:MITxT+6.431x+3T2026/home',
  'https://learn.mit.edu/courses/course-v1:MITxT+14.100x',
  'https://learn.mit.edu/courses/course-v1:MITxT+JPAL102x',
  'https://learn.mit.edu/courses/6.431x',
  'https://learn.mit.edu/courses/course-v1:MITxT+6.431x/reviews',
  'https://learn.mit.edu/search?q=6.431x',
  'https://learn.mit.edu/',
  'https://learn.mit.edu/programs/program-v1:MITx+DEDP',
  'https://learn.mit.edu.example.com/courses/course-v1:MITxT+6.431x',
  'https://mitxonline.mit.edu/courses/course-v1:MITxT+14.100x/',
  'https://mitxonline.mit.edu/catalog/',
  'https://mitxonline.mit.edu/api/v3/enrollments/',
  'https://mitxonline.mit.edu/dashboard/extra/page',
  'https://mitxonline.mit.edu.attacker.io/courses/course-v1:MITxT+14.310x/',
  'https://mit.edu/courses/course-v1:MITxT+6.431x',
  'https://learn.mit.edu/dashboard/settings',
  'https://learn.mit.edu/dashboard/my-lists/4',
  'https://learn.mit.edu/dashboard/organization/acme/contract/x',
  'https://ecommerce.edx.org/basket/add/?sku=ABC',
  // not URLs, or broken ones
  '',
  'not a url',
  'learning.edx.org/course/course-v1:MITx+6.431x+2T2025/home',
  'https://learning.edx.org/course/course-v1%3AMITx%2B6.431x%E0%A4%A/home',
  'javascript:alert(1)',
];

describe('detectPage table', () => {
  it('has at least 80 URLs, half of them negatives', () => {
    expect(POSITIVES.length + NEGATIVES.length).toBeGreaterThanOrEqual(80);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual((POSITIVES.length + NEGATIVES.length) / 2);
  });
  it.each(POSITIVES)('%s', (url, expected) => {
    const found = detectPage(url);
    expect(found).not.toBeNull();
    expect(found).toMatchObject(expected);
  });
  it.each(NEGATIVES.map((u) => [u]))('null for %j', (url) => {
    expect(detectPage(url)).toBeNull();
  });
  it('never throws on odd input', () => {
    for (const odd of [undefined, null, 42, {}, '%', 'https://', 'https://learning.edx.org/%%%'] as unknown as string[])
      expect(() => detectPage(odd)).not.toThrow();
  });
  it('a course page reports a step that agrees with its course', () => {
    for (const [url] of POSITIVES) {
      const found = detectPage(url);
      if (found?.course) expect(found.step).toBe(courseByNumber(found.course)?.step);
    }
  });
});
