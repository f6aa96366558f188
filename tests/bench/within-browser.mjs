#!/usr/bin/env node
// `npm run bench:within`: what the extension's content script costs an SDS page beyond the floor, measured
// inside one browser, and what the browser carrying the extension costs apart from its script.
//
// Two browsers per session, one tab per course app, each tab loading an SDS course page and another course's
// page built the same way (lab.mjs), in turn, ABBA:
// - "ours": the shipped extension, and beside it the floor registered on the other course's pages only;
//   an SDS page runs our script, the other page the floor's one line;
// - "floor": the floor alone, which runs its one line on both pages.
// Our SDS page against the other page, divided by the same ratio in the floor's browser, is our script against
// a one-line script on the same page in the same browser: a browser instance's own offset and anything the
// browser does because our extension is installed fall on both pages alike and cancel. The other page, ours
// against floor, is that browser-wide share on its own: the same one line of script in both browsers.
// The bench's own figure (SDS page, ours against floor across browsers) is printed beside them.
//
// SESSIONS (10) sessions of freshly launched browsers, PAIRS (24) ABBA pairs per tab each; intervals resample
// sessions. BENCH_QUICK=1 runs a few loads to check the script itself.
import {
  COURSE_URL,
  formatFigure,
  launch,
  loadRatioFigure,
  measuredLoad,
  MIT_COURSE_URL,
  MIT_NON_SDS_URL,
  NON_SDS_URL,
  orderOf,
  runSize,
  relativeRatioFigure,
  SHIPPED,
  startPlatformServer,
  temporaryDirs,
  writeControlExtension,
} from './lab.mjs';

const { sessions: SESSIONS, rounds: PAIRS } = runSize(10, 24, 'PAIRS');

const HOSTS = [
  { id: 'learning.edx.org', sds: COURSE_URL, other: NON_SDS_URL },
  { id: 'courses.learn.mit.edu', sds: MIT_COURSE_URL, other: MIT_NON_SDS_URL },
];

/** A match pattern for one course's pages: its origin, and its number anywhere in the path. */
function coursePattern(url) {
  const { origin, pathname } = new URL(url);
  const number = decodeURIComponent(pathname).split('+')[1];
  return `${origin}/*${number}*`;
}

async function main() {
  const server = await startPlatformServer();
  const port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  const dirs = temporaryDirs('mmc-within');
  const floorEverywhere = writeControlExtension(dirs.make('floor'));
  const floorOnOthers = writeControlExtension(
    dirs.make('floor-others'),
    HOSTS.map((h) => coursePattern(h.other)),
  );
  const browsers = [
    { name: 'ours', extensions: `${SHIPPED},${floorOnOthers}`, hint: true },
    { name: 'floor', extensions: floorEverywhere, hint: false },
  ];
  /** loads[host][browser][page][i]: the i-th pair's load of that page, from round session[i]. */
  const loads = Object.fromEntries(
    HOSTS.map((h) => [h.id, Object.fromEntries(browsers.map((b) => [b.name, { sds: [], other: [] }]))]),
  );
  const session = [];
  try {
    for (let s = 0; s < SESSIONS; s++) {
      const open = [];
      // The launch order turns from session to session: a browser's place in it can shift its loads by a few percent.
      for (const b of orderOf(browsers, s)) {
        const context = await launch(b.extensions, dirs.make(b.name), port);
        const tabs = {};
        for (const h of HOSTS) {
          tabs[h.id] = await context.newPage();
          // Warm each tab: the first loads compile, fill the HTTP cache and V8's code cache.
          for (const url of [h.sds, h.other, h.sds, h.other]) await tabs[h.id].goto(url);
        }
        open.push({ ...b, context, tabs });
      }
      for (let i = 0; i < PAIRS; i++) {
        session.push(s);
        for (const h of HOSTS) {
          for (const b of orderOf(open, i)) {
            for (const page of i % 2 ? ['other', 'sds'] : ['sds', 'other']) {
              const until = page === 'sds' && b.hint ? 'hint' : undefined;
              loads[h.id][b.name][page].push(await measuredLoad(b.tabs[h.id], h[page], until));
            }
          }
        }
      }
      await Promise.all(open.map((b) => b.context.close()));
    }
  } finally {
    server.close();
    dirs.removeAll();
  }
  console.log(`${SESSIONS} sessions × ${PAIRS} pairs per tab; ratios of 10%-trimmed load events, 95% intervals`);
  for (const h of HOSTS) {
    const { ours, floor } = loads[h.id];
    console.log(h.id);
    console.log(
      `  our script / a one-line script, same page, same browser: ${formatFigure(relativeRatioFigure(ours.sds, ours.other, floor.sds, floor.other, session))}`,
    );
    console.log(
      `  the browser carrying the extension, the same one line:   ${formatFigure(loadRatioFigure(ours.other, floor.other, session))}`,
    );
    console.log(
      `  SDS page, ours / floor across browsers (the bench's row):  ${formatFigure(loadRatioFigure(ours.sds, floor.sds, session))}`,
    );
  }
}

await main();
