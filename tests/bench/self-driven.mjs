#!/usr/bin/env node
// `npm run bench:self-driven`: the bench's load-event rounds with no DevTools session on any page, as in a
// learner's browser. Playwright attaches a session to every page it drives, and Chromium restyles a page whose
// session closes at a navigation (a `blink.mojom.DevToolsSessionHost` endpoint closing in the old document),
// which costs more on a page that carries the hint (docs/decisions.md). Here no page is ever attached to:
// - each browser is started with the DevTools protocol on a pipe, used only to open one window per page;
// - every course page carries a driver script first in its head (the same in every browser): after the load
//   event, and the hint where one is expected, and two frames, it reports its load event to the local server
//   and navigates to the URL the server answers with;
// - the server holds each tab's report until that tab's next turn, so one load runs at a time on the
//   machine, each after the previous one's pause, in the bench's rounds (page-major, browsers in Williams
//   orders, sessions of freshly launched browsers launched in turning orders).
// The four browsers are the bench's: the shipped extension, the floor twice, and none.
//
// SESSIONS (12) × ROUNDS (8); BENCH_QUICK=1 runs a few loads to check the script itself.
import { spawn } from 'node:child_process';
import {
  AFTER_WORK_LIMIT_MS,
  CHROMIUM,
  chromiumArgs,
  COURSE_URL,
  formatFigure,
  loadEventAfterWork,
  loadRatioFigure,
  MIT_COURSE_URL,
  MIT_NON_SDS_URL,
  NON_SDS_URL,
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

const { sessions: SESSIONS, rounds: ROUNDS } = runSize(12, 8);
/** Loads of each tab before its session's rounds (they compile, and fill the HTTP cache and V8's code cache). */
const WARM_LOADS = 3;
/** A tab that has not reported this long after its turn began has stalled (a crash, a driver error). */
const STALL_MS = 20_000;
const PAGES = [
  { id: 'learning.edx.org SDS course home', url: COURSE_URL, sds: true },
  { id: 'courses.learn.mit.edu SDS course home', url: MIT_COURSE_URL, sds: true },
  { id: 'learning.edx.org page of another course', url: NON_SDS_URL },
  { id: 'courses.learn.mit.edu page of another course', url: MIT_NON_SDS_URL },
];
const COMPARISONS = [
  ['with', 'floor'],
  ['floorAgain', 'floor'],
  ['with', 'without'],
  ['floor', 'without'],
];

/**
 * The driver, in every course page's main world: its tab, turn and what to wait for come in the page's query,
 * and it waits as Playwright's harness does (lab.mjs's loadEventAfterWork). A report without a load event
 * carries the reason instead.
 */
const DRIVER = `(() => {
  const query = new URLSearchParams(location.search);
  const loadEventAfterWork = ${loadEventAfterWork};
  addEventListener('load', () => setTimeout(async () => {
    const report = new URLSearchParams({ tab: query.get('tab'), turn: query.get('turn'), visible: document.visibilityState });
    try {
      report.set('load', await loadEventAfterWork({ until: query.get('until') || undefined, limitMs: ${AFTER_WORK_LIMIT_MS} }));
    } catch (error) {
      report.set('error', String(error));
    }
    const answer = await fetch('/__bench/report?' + report, { cache: 'no-store' });
    location.href = (await answer.json()).next;
  }, 0));
})();`;

/** A Chromium with the DevTools protocol on a pipe, used only to open windows and to close the browser. */
function launchUndriven(extensionDir, profile, port) {
  const args = [...chromiumArgs(extensionDir, port), '--headless', '--remote-debugging-pipe'];
  args.push(`--user-data-dir=${profile}`, '--window-size=1280,800', 'about:blank');
  const child = spawn(CHROMIUM, args, {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
    env: { ...process.env, TZ: 'UTC' },
  });
  const [toBrowser, fromBrowser] = [child.stdio[3], child.stdio[4]];
  const answers = new Map();
  let lastId = 0;
  let buffered = '';
  // The pipe carries JSON messages, each ended by a NUL.
  fromBrowser.on('data', (chunk) => {
    buffered += chunk;
    for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
      const message = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      answers.get(message.id)?.(message);
      answers.delete(message.id);
    }
  });
  const send = (method, params = {}) =>
    new Promise((resolve) => {
      answers.set(++lastId, resolve);
      toBrowser.write(`${JSON.stringify({ id: lastId, method, params })}\0`);
    });
  return {
    open: (url) => send('Target.createTarget', { url, newWindow: true }),
    close: () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      void send('Browser.close');
      return exited;
    },
    kill: () => child.kill('SIGKILL'),
  };
}

/** The turns of one session: every tab's warm-up loads, then the rounds. */
function turnsOf(builds) {
  const turns = [];
  for (let w = 0; w < WARM_LOADS; w++)
    for (const page of PAGES) for (const build of builds) turns.push({ build, page, measured: false });
  for (let i = 0; i < ROUNDS; i++)
    for (const page of PAGES) for (const build of orderOf(builds, i)) turns.push({ build, page, measured: true });
  return turns;
}

const tabOf = (build, page) => `${build.name}-${PAGES.indexOf(page)}`;

function urlOf(build, page, turn) {
  const url = new URL(page.url);
  url.search = new URLSearchParams({ tab: tabOf(build, page), turn, until: build.hint && page.sds ? 'hint' : '' });
  return url.href;
}

/**
 * One session's turns, run one at a time. `report` takes each driver's report (its query, and the response
 * to hold until that tab's next turn); `done` resolves with each measured turn's load event, in turn order;
 * `dropHeld` ends the responses still held once the browsers are closed.
 */
function startSession(builds) {
  const turns = turnsOf(builds);
  const held = new Map();
  const loads = [];
  let next = 0;
  let current;
  let stall;
  let pause;
  let settle;
  const done = new Promise((resolve, reject) => (settle = { resolve, reject }));
  const release = () => {
    if (current) return;
    if (next === turns.length) return settle.resolve(loads);
    const turn = turns[next];
    const waiting = held.get(tabOf(turn.build, turn.page));
    if (!waiting) return; // its tab has not reported its first page yet
    held.delete(tabOf(turn.build, turn.page));
    current = { ...turn, id: String(next++) };
    const late = `${current.page.url} (${current.build.name}): no report`;
    stall = setTimeout(() => settle.reject(new Error(late)), STALL_MS);
    waiting.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    waiting.end(JSON.stringify({ next: urlOf(current.build, current.page, current.id) }));
  };
  const report = (query, res) => {
    held.set(query.tab, res);
    if (current && query.turn === current.id) {
      clearTimeout(stall);
      if (query.visible !== 'visible') return settle.reject(new Error(`${query.tab}: the page was not visible`));
      if (query.error) return settle.reject(new Error(`${current.page.url} (${current.build.name}): ${query.error}`));
      if (current.measured) loads.push({ page: current.page.id, build: current.build.name, load: Number(query.load) });
      current = undefined;
    }
    // One pause, from the latest report: a tab's first report must not shorten the pause after a turn.
    clearTimeout(pause);
    pause = setTimeout(release, SETTLE_MS);
  };
  const dropHeld = () => {
    for (const res of held.values()) res.destroy();
    held.clear();
  };
  // Awaited once the session's browsers are open; a failure before that is not left unhandled meanwhile.
  done.catch(() => undefined);
  return { done, report, dropHeld };
}

async function main() {
  if (!CHROMIUM) throw new Error('Chromium is not installed: apt-get install -y chromium');
  let session;
  const server = await startPlatformServer((url, res) => {
    if (url.pathname === '/__bench/driver.js') {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'public, max-age=31536000, immutable' });
      return res.end(DRIVER);
    }
    session?.report(Object.fromEntries(url.searchParams), res);
  }, '<script src="/__bench/driver.js"></script>');
  const port = server.address().port;
  const dirs = temporaryDirs('mmc-self-driven');
  const floor = writeControlExtension(dirs.make('floor-ext'));
  const builds = [
    { name: 'with', dir: SHIPPED, hint: true },
    { name: 'floor', dir: floor },
    { name: 'floorAgain', dir: floor },
    { name: 'without' },
  ];
  const loads = Object.fromEntries(PAGES.map((p) => [p.id, Object.fromEntries(builds.map((b) => [b.name, []]))]));
  const sessionOf = Object.fromEntries(PAGES.map((p) => [p.id, []]));
  const browsers = [];
  try {
    for (let s = 0; s < SESSIONS; s++) {
      session = startSession(builds);
      for (const build of orderOf(builds, s)) {
        const browser = launchUndriven(build.dir, dirs.make(build.name), port);
        browsers.push(browser);
        for (const page of PAGES) await browser.open(urlOf(build, page, 'start'));
      }
      for (const { page, build, load } of await session.done) {
        loads[page][build].push(load);
        if (build === builds[0].name) sessionOf[page].push(s);
      }
      await Promise.all(browsers.splice(0).map((b) => b.close()));
      session.dropHeld();
    }
  } finally {
    for (const browser of browsers) browser.kill();
    server.close();
    dirs.removeAll();
  }
  console.log(`${SESSIONS} sessions × ${ROUNDS} rounds, no DevTools session on any page; ratios of trimmed means`);
  console.log('[95% intervals resampling sessions]');
  for (const page of PAGES) {
    const of = (name) => loads[page.id][name];
    const figures = COMPARISONS.map(
      ([a, b]) => `${a} / ${b} ${formatFigure(loadRatioFigure(of(a), of(b), sessionOf[page.id]))}`,
    );
    const means = builds.map((b) => `${round(trimmedMean(of(b.name)), 1)}`).join(' / ');
    console.log(
      `\n${page.id}: ${figures.join('; ')}\n  trimmed means, ${builds.map((b) => b.name).join(' / ')}: ${means} ms`,
    );
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
