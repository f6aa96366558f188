// What the bench and its variant runs share: the built extensions, the served hosts and their pages, the
// browsers, the floor, one measured load, and the statistics of load-event ratios.
//
// The platform hosts are served by a local HTTPS server (a throwaway self-signed certificate, host-resolver
// rules that map the served hosts to it and nothing else anywhere), not by Playwright routes:
// routing turns off Chromium's HTTP cache and passes every byte through this process, which added ±10 ms of
// noise per load. With the server, edX's app script comes from the cache, as it does for a returning learner.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:https';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { COURSE_APPS, heavyCoursePage, PAGE_SCRIPT } from './heavy-page.mjs';
import { CHROMIUM, QUIET_CHROMIUM_FLAGS } from '../support/chromium.mjs';
import { throwAwayCertificate } from '../support/tls-certificate.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The shipped build: its sizes are reported, and its load events measured (the timing build's marks are
 * themselves work in the isolated world at document_start, docs/decisions.md).
 */
export const SHIPPED = join(ROOT, '.output/chrome-mv3');

export { CHROMIUM };

export const SETTLE_MS = 100;

export const KEY = 'course-v1:MITx+6.431x+3T2026';

export const COURSE_URL = `https://learning.edx.org/course/${KEY}/home`;

export const MIT_COURSE_URL = 'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+6.431x+3T2026/home';

/** Other courses on the two course apps, built like the SDS pages: the extension registers no content script there. */
export const NON_SDS_URL = 'https://learning.edx.org/course/course-v1:MITx+6.00.1x+3T2026/home';
export const MIT_NON_SDS_URL = 'https://courses.learn.mit.edu/learn/course/course-v1:MITxT+8.01x+3T2026/home';

/** The hosts the local server stands in for: the two course apps, www.edx.org, and the APIs the background reads. */
export const SERVED_HOSTS = [
  'learning.edx.org',
  'courses.edx.org',
  'courses.learn.mit.edu',
  'mitxonline.mit.edu',
  'www.edx.org',
];

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const round = (n, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

/** The mean of `xs` without its lowest and highest `share` (a stall of the machine moves it little). */
export function trimmedMean(xs, share = 0.1) {
  const sorted = [...xs].sort((a, b) => a - b);
  const cut = Math.floor(sorted.length * share);
  const kept = sorted.slice(cut, sorted.length - cut);
  return kept.reduce((sum, x) => sum + x, 0) / kept.length;
}

/**
 * A 95% bootstrap interval for `statistic(indices)` over items 0…n−1 (a fixed seed, so the same data gives
 * the same interval). With `groups` (the session of each item), whole sessions are resampled, so that a
 * browser instance sitting above or below another widens the interval instead of hiding in it.
 */
function bootstrapInterval(n, statistic, groups, rounds = 2000) {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const indices = [...Array(n).keys()];
  const clusters = groups
    ? [...new Set(groups)].map((g) => indices.filter((i) => groups[i] === g))
    : indices.map((i) => [i]);
  const values = [];
  for (let r = 0; r < rounds; r++)
    values.push(statistic(clusters.flatMap(() => clusters[Math.floor(random() * clusters.length)])));
  values.sort((a, b) => a - b);
  return [values[Math.floor(rounds * 0.025)], values[Math.floor(rounds * 0.975)]];
}

/**
 * A local HTTPS server standing in for the served hosts. `harness`, if given, answers the requests under
 * /__bench/ (a script's own signals from the page), with the response to end; `head`, markup every course
 * page carries first in its head (self-driven.mjs's driver).
 */
export async function startPlatformServer(harness, head = '') {
  const server = createServer(throwAwayCertificate(SERVED_HOSTS), (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host}`);
    if (harness && url.pathname.startsWith('/__bench/')) return harness(url, res);
    if (url.pathname.endsWith('/static/learning-app.js')) {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'public, max-age=31536000, immutable' });
      return res.end(PAGE_SCRIPT);
    }
    // The background reads edX's APIs while the learner browses: a signed-out answer, as for a visitor.
    if (url.pathname.startsWith('/api/')) {
      res.writeHead(401, { 'content-type': 'application/json' });
      return res.end('{}');
    }
    // The course app's page for the key in the path; the same heavy page, without a course, elsewhere.
    const segment = url.pathname.split('/').find((part) => decodeURIComponent(part).startsWith('course-v1:'));
    const runKey = decodeURIComponent(segment ?? '');
    const number = runKey.split('+')[1] ?? 'search';
    const app = COURSE_APPS[url.hostname] ?? COURSE_APPS['learning.edx.org'];
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
    res.end(heavyCoursePage(runKey, number, 'Probability - The Science of Uncertainty and Data', app, head));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/**
 * The floor: an extension whose only content script is one line at document_start on the two course apps.
 * What Chromium itself costs a page for running any content script (creating and later tearing down the
 * extension's isolated world on every navigation), measured in the same rounds as the real extension.
 * `matches` narrows it to some pages (within-browser.mjs runs it beside the extension on other courses only).
 */
export function writeControlExtension(
  dir,
  matches = ['https://learning.edx.org/*', 'https://courses.learn.mit.edu/*'],
) {
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'bench control',
      version: '1.0',
      content_scripts: [
        {
          matches,
          run_at: 'document_start',
          js: ['control.js'],
        },
      ],
    }),
  );
  writeFileSync(join(dir, 'control.js'), 'void 0;\n');
  return dir;
}

/**
 * The flags of every Chromium the bench starts: the served hosts mapped to the local server on `port` and
 * nothing else anywhere, its certificate accepted, and `extensionDir` (one unpacked extension, several
 * joined by commas, or undefined for none) loaded.
 */
export function chromiumArgs(extensionDir, port) {
  const args = [
    ...QUIET_CHROMIUM_FLAGS,
    `--host-resolver-rules=${[...SERVED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(', ')}`,
    '--ignore-certificate-errors',
  ];
  if (extensionDir) args.unshift(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  return args;
}

/** A Chromium driven by Playwright, with `extensionDir` as chromiumArgs takes it. */
export async function launch(extensionDir, profile, port) {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(extensionDir, port),
    viewport: { width: 1280, height: 800 },
    env: { ...process.env, TZ: 'UTC' },
  });
}

/**
 * Loads `url` in `page` after the pause and returns its load event (ms from the navigation's start), once the
 * extension's work after that event is done: `until` 'hint' waits for the hint's element, 'checked' for the
 * timing build's page-checked mark, nothing returns at once. Every browser in a round runs this same
 * evaluation in the page's main world, so the harness's own work after a load is the same in each; Playwright's
 * waitForSelector, by contrast, first evaluates its selector engine in a world of its own (24 ms of main
 * thread here), and only in the browser that waits (docs/decisions.md).
 */
export async function measuredLoad(page, url, until) {
  await page.waitForTimeout(SETTLE_MS);
  await page.goto(url, { waitUntil: 'load' });
  return loadEventAfter(page, until);
}

/** How long a page waits for the extension's work after its load event before it gives up. */
export const AFTER_WORK_LIMIT_MS = 10_000;

/**
 * Runs in the page's main world: its load event, once the extension's work `until` (as measuredLoad takes
 * it) is done and the page has painted a frame after it. Self-contained (it refers to nothing outside its
 * body), so that Playwright evaluates it and self-driven.mjs's driver embeds its source: both harnesses wait
 * alike.
 */
export async function loadEventAfterWork({ until, limitMs }) {
  const done = () =>
    until === 'hint'
      ? document.querySelector('mm-companion-hint') !== null
      : until === 'checked'
        ? performance.getEntriesByName('mm-companion:checked').length > 0
        : true;
  const deadline = performance.now() + limitMs;
  while (!done()) {
    if (performance.now() > deadline) throw new Error(`no ${until} within ${limitMs} ms of the load event`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  // Then the frame after that: in every browser the page has laid out and painted before the next load
  // starts, so no browser's load shares the machine with the previous page's first frame.
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  return performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? NaN;
}

/** The load event of the page `page` shows, read by loadEventAfterWork in the page. */
export function loadEventAfter(page, until) {
  return page.evaluate(loadEventAfterWork, { until, limitMs: AFTER_WORK_LIMIT_MS });
}

/**
 * How much the ratio of loads `a` to `b` exceeds that of `c` to `d`, the four from the same rounds: the
 * ratio of the two trimmed-mean ratios, with a 95% interval that resamples sessions (`groups`).
 */
export function relativeRatioFigure(a, b, c, d, groups) {
  const mean = (xs, indices) => trimmedMean(pick(xs, indices));
  const of = (indices) => mean(a, indices) / mean(b, indices) / (mean(c, indices) / mean(d, indices));
  return ratioFigure(a.length, of, groups);
}

/** The loads `xs` at `indices`. */
const pick = (xs, indices) => indices.map((i) => xs[i]);

/** `statistic` of all `n` rounds, with its 95% interval resampling sessions (`groups`), rounded. */
function ratioFigure(n, statistic, groups) {
  return {
    ratio: round(statistic([...Array(n).keys()]), 3),
    interval95: bootstrapInterval(n, statistic, groups).map((x) => round(x, 3)),
    pairs: n,
  };
}

/** A figure as the bench prints it: `×1.02 [0.98–1.06]`. */
export const formatFigure = (figure) => `×${figure.ratio} [${figure.interval95.join('–')}]`;

/** The ratio of loads `a` to loads `b`, as loadRatioFigure states it, without its interval (rounded). */
export const loadRatio = (a, b) => round(trimmedMean(a) / trimmedMean(b), 3);

/**
 * How much longer loads `a` take than loads `b` of the same rounds: the ratio of their 10%-trimmed means,
 * with a 95% interval that resamples sessions (`groups`), and, for comparison, the median of per-round ratios.
 * One load here is a mixture (whether Chromium's first frame lands before the load event moves it by 10–15 ms),
 * and the median of such a mixture jumps between its modes: on two floor builds the trimmed means'
 * interval was half as wide as the per-round median's (docs/decisions.md).
 */
export function loadRatioFigure(a, b, groups) {
  return {
    ...ratioFigure(a.length, (indices) => loadRatio(pick(a, indices), pick(b, indices)), groups),
    pairRatioMedian: round(median(a.map((x, i) => x / b[i])), 3),
  };
}

/**
 * Round `i`'s order of the browsers `items`, a row of a Williams design: over n rounds (2n for an odd n) each
 * browser is first, second … as often, and comes right after each other browser as often. What a load leaves
 * behind for the next one (the page's after-work, the worker's) then falls on every browser alike: with the
 * orders turned and run backwards every other turn, one floor came after the extension's browser in half its
 * rounds and its twin never did, and the twin measured faster in three runs out of three (docs/decisions.md).
 */
export function orderOf(items, i) {
  const n = items.length;
  // 0, 1, n-1, 2, n-2, …: added to the row's number modulo n, every ordered pair occurs once in n rows.
  const base = items.map((_, j) => (j === 0 ? 0 : j % 2 ? (j + 1) / 2 : n - j / 2));
  const row = i % (n % 2 ? 2 * n : n);
  const order = base.map((b) => items[(b + row) % n]);
  return row >= n ? order.reverse() : order;
}

/**
 * How many sessions and rounds a bench script runs: SESSIONS and `roundsVariable` from the environment, else
 * the script's defaults; BENCH_QUICK=1 runs one session of two rounds, to check the script itself.
 */
export function runSize(sessions, rounds, roundsVariable = 'ROUNDS') {
  if (process.env.BENCH_QUICK === '1') return { sessions: 1, rounds: 2 };
  return {
    sessions: Number(process.env.SESSIONS ?? sessions),
    rounds: Number(process.env[roundsVariable] ?? rounds),
  };
}

/** Throw-away directories named `<prefix>-<name>-…` under the system's temporary folder, removed together. */
export function temporaryDirs(prefix) {
  const made = [];
  return {
    make(name) {
      const dir = mkdtempSync(join(tmpdir(), `${prefix}-${name}-`));
      made.push(dir);
      return dir;
    },
    removeAll() {
      for (const dir of made) rmSync(dir, { recursive: true, force: true });
    },
  };
}
