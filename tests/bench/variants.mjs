#!/usr/bin/env node
// `npm run bench:variants -- shipped=.output/chrome-mv3+hint loader=/tmp/loader ...`: the load event of the
// learning.edx.org SDS course home (or BENCH_URL) in one browser per named build, against the floor, in the
// same rounds: what a change to the content script costs, before the whole bench is run. A name ending the
// build with `+hint` waits for the hint after each load, as the bench does; BENCH_NO_WAIT=1 never waits
// (then the hint's work after the load event falls into the next browser's load, which measured ×0.998
// against the floor where waiting measured ×1.067: docs/decisions.md).
//
// SESSIONS (12) sessions of freshly launched browsers, launched in an order that turns from session to
// session, ROUNDS (24) rounds each, the browsers' order in a round a row of a Williams design (lab.mjs).
// Prints each build's load-event ratio to the floor, as the bench computes it (lab.mjs), with its 95% interval
// that resamples sessions, and each session's ratio. BENCH_QUICK=1 runs a few loads to check the script itself.
import { resolve } from 'node:path';
import {
  COURSE_URL,
  formatFigure,
  launch,
  loadRatio,
  loadRatioFigure,
  measuredLoad,
  orderOf,
  runSize,
  startPlatformServer,
  temporaryDirs,
  writeControlExtension,
} from './lab.mjs';

const { sessions: SESSIONS, rounds: ROUNDS } = runSize(12, 24);
const URL_MEASURED = process.env.BENCH_URL ?? COURSE_URL;
const NO_WAIT = process.env.BENCH_NO_WAIT === '1';

/** `name=dir` or `name=dir+hint`. */
function parseVariant(argument) {
  const match = /^([\w-]+)=(.+?)(\+hint)?$/.exec(argument);
  if (!match) throw new Error(`expected name=dir or name=dir+hint, got "${argument}"`);
  return { name: match[1], dir: resolve(match[2]), waitForHint: !!match[3] && !NO_WAIT };
}

async function main() {
  const variants = process.argv.slice(2).map(parseVariant);
  if (!variants.length) throw new Error('name at least one build: name=dir or name=dir+hint');
  const server = await startPlatformServer();
  const port = server.address().port;
  const dirs = temporaryDirs('mmc-variants');
  const temporary = (name) => dirs.make(name);
  const all = [{ name: 'floor', dir: writeControlExtension(temporary('floor-ext')), waitForHint: false }, ...variants];
  const loads = Object.fromEntries(all.map((v) => [v.name, []]));
  const sessionOf = [];
  const perSession = [];
  try {
    for (let s = 0; s < SESSIONS; s++) {
      const browsers = [];
      for (const variant of orderOf(all, s)) {
        const context = await launch(variant.dir, temporary(variant.name), port);
        const tab = await context.newPage();
        for (let i = 0; i < 3; i++) await tab.goto(URL_MEASURED);
        browsers.push({ ...variant, context, tab });
      }
      const first = sessionOf.length;
      for (let i = 0; i < ROUNDS; i++) {
        for (const b of orderOf(browsers, i))
          loads[b.name].push(await measuredLoad(b.tab, URL_MEASURED, b.waitForHint ? 'hint' : undefined));
        sessionOf.push(s);
      }
      const ofSession = (name) => loads[name].slice(first);
      perSession.push(variants.map((v) => `${v.name} ×${loadRatio(ofSession(v.name), ofSession('floor'))}`).join(', '));
      await Promise.all(browsers.map((b) => b.context.close()));
    }
  } finally {
    server.close();
    dirs.removeAll();
  }
  console.log(
    `${URL_MEASURED}: ${SESSIONS} sessions × ${ROUNDS} rounds${NO_WAIT ? ', never waiting for the hint' : ''}`,
  );
  for (const v of variants) {
    const figure = loadRatioFigure(loads[v.name], loads.floor, sessionOf);
    console.log(
      `${v.name}: ${formatFigure(figure)} against the floor (median of per-round ratios ×${figure.pairRatioMedian}), ${figure.pairs} rounds`,
    );
  }
  perSession.forEach((line, s) => console.log(`  session ${s + 1}: ${line}`));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
