#!/usr/bin/env node
// `npm run bench:cpu`: the work our content script adds to an SDS page, as main-thread CPU time rather than
// the load event's wall time, split into the two parts a load of the bench's SDS rows holds:
// - the new document, from the navigation's start to its load event, entered from about:blank so that no
//   earlier document is torn down in it. It is read while the page's main thread waits, without running, in
//   a load listener that every browser's pages get from the harness: a synchronous request to the local
//   server, which reads the CPU times before it answers. Our own load listener only queues a task, which
//   cannot run before the load event's listeners have returned, so none of the hint's work falls into it;
// - the teardown of the document left: the SDS page, with its hint drawn, navigated to about:blank.
// Three browsers per session: the shipped extension, the floor (lab.mjs) and the floor again, which shows
// what the run resolves. One tab per SDS page (learning.edx.org, courses.learn.mit.edu) in each; rounds in a
// Williams order (lab.mjs). CPU time is read from Linux's /proc (process-cpu.mjs), so this runs on Linux only.
//
// SESSIONS (8) × ROUNDS (8); BENCH_QUICK=1 runs a few loads to check the script itself.
import {
  COURSE_URL,
  formatFigure,
  launch,
  loadEventAfter,
  loadRatioFigure,
  MIT_COURSE_URL,
  orderOf,
  round,
  runSize,
  SETTLE_MS,
  SHIPPED,
  startPlatformServer,
  temporaryDirs,
  trimmedMean,
  writeControlExtension,
} from './lab.mjs';
import { mainThreadMsBetween, rendererMainThreads } from './process-cpu.mjs';

const { sessions: SESSIONS, rounds: ROUNDS } = runSize(8, 8);
const PAGES = [
  { id: 'learning.edx.org', url: COURSE_URL },
  { id: 'courses.learn.mit.edu', url: MIT_COURSE_URL },
];
const MEASURES = {
  loadEvent: 'load event, entered from about:blank',
  loadCpu: 'main thread to the load event, entered from about:blank',
  teardownCpu: 'main thread leaving the page (hint drawn) for about:blank',
};

/** The harness's load listener for the tab `id`, in the page's world (see above). */
const loadAnchor = (id) =>
  `addEventListener('load', () => { const request = new XMLHttpRequest(); ` +
  `request.open('GET', '/__bench/at-load?tab=${id}', false); request.send(); });`;

/** Per tab (its anchor's id), what to read when its page's load listener calls, during a measured turn. */
const atLoadReaders = new Map();

/** Answers a load listener's request once its tab's reading is taken. */
function answerAtLoad(url, res) {
  atLoadReaders.get(url.searchParams.get('tab'))?.();
  res.writeHead(204, { 'cache-control': 'no-store' });
  res.end();
}

/**
 * One turn of a tab (`anchorId` its load listener's) that shows about:blank: the SDS page's load, then its
 * teardown back to about:blank.
 */
async function turn({ tab, anchorId }, url, profile, waitForHint) {
  await tab.waitForTimeout(SETTLE_MS);
  let atLoad;
  atLoadReaders.set(anchorId, () => (atLoad ??= rendererMainThreads(profile)));
  const before = rendererMainThreads(profile);
  await tab.goto(url, { waitUntil: 'load' });
  atLoadReaders.delete(anchorId);
  if (!atLoad) throw new Error(`${url}: no request from the page's load listener`);
  const loadEvent = await loadEventAfter(tab, waitForHint ? 'hint' : undefined);
  await tab.waitForTimeout(SETTLE_MS);
  const left = rendererMainThreads(profile);
  await tab.goto('about:blank');
  // Until about:blank has painted two frames.
  await loadEventAfter(tab);
  return {
    loadEvent,
    loadCpu: mainThreadMsBetween(before, atLoad),
    teardownCpu: mainThreadMsBetween(left, rendererMainThreads(profile)),
  };
}

async function main() {
  const server = await startPlatformServer(answerAtLoad);
  const port = server.address().port;
  const dirs = temporaryDirs('mmc-cpu');
  const floor = writeControlExtension(dirs.make('floor-ext'));
  const builds = [
    { name: 'with', dir: SHIPPED, hint: true },
    { name: 'floor', dir: floor, hint: false },
    { name: 'floorAgain', dir: floor, hint: false },
  ];
  const results = Object.fromEntries(PAGES.map((p) => [p.id, Object.fromEntries(builds.map((b) => [b.name, []]))]));
  const sessionOf = [];
  try {
    for (let s = 0; s < SESSIONS; s++) {
      const browsers = {};
      for (const build of orderOf(builds, s)) {
        const profile = dirs.make(build.name);
        const context = await launch(build.dir, profile, port);
        const tabs = {};
        for (const page of PAGES) {
          const tab = await context.newPage();
          const anchorId = `${build.name}-${page.id}`;
          await tab.addInitScript(loadAnchor(anchorId));
          for (let i = 0; i < 3; i++) await tab.goto(page.url);
          await tab.goto('about:blank');
          tabs[page.id] = { tab, anchorId };
        }
        browsers[build.name] = { build, context, profile, tabs };
      }
      for (let i = 0; i < ROUNDS; i++) {
        sessionOf.push(s);
        const order = orderOf(builds, i);
        for (const page of PAGES)
          for (const { name, hint } of order) {
            const { tabs, profile } = browsers[name];
            results[page.id][name].push(await turn(tabs[page.id], page.url, profile, hint));
          }
      }
      await Promise.all(Object.values(browsers).map((b) => b.context.close()));
    }
  } finally {
    server.close();
    dirs.removeAll();
  }
  console.log(`${SESSIONS} sessions × ${ROUNDS} rounds; trimmed means, 95% intervals resampling sessions`);
  for (const page of PAGES) {
    console.log(`\n${page.id}`);
    for (const [measure, label] of Object.entries(MEASURES)) {
      const of = (name) => results[page.id][name].map((r) => r[measure]);
      const mean = (name) => round(trimmedMean(of(name)), 2);
      const shipped = formatFigure(loadRatioFigure(of('with'), of('floor'), sessionOf));
      const again = formatFigure(loadRatioFigure(of('floorAgain'), of('floor'), sessionOf));
      console.log(
        `  ${label}: with / floor ${shipped}; floor again / floor ${again} ` +
          `(trimmed means ${mean('with')} / ${mean('floor')} / ${mean('floorAgain')} ms)`,
      );
    }
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
