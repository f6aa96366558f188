#!/usr/bin/env node
// `npm run bench:carry`: does the document a tab leaves decide what the next load of the SDS page costs?
//
// Two browsers per session, the shipped extension and the floor (lab.mjs), each with one tab per "previous
// document": in every turn a tab loads the measured SDS page (learning.edx.org, or BENCH_URL), then at once
// the page its next measured load will leave, so that document sits for a whole round before it is left:
// - sds: the same SDS page again (with the extension, its hint drawn): what the bench's SDS rows measure;
// - other: another course's page, where the extension registers no script;
// - young: nothing after the measured load; instead the SDS page is loaded just before it, so the document
//   left is a tenth of a second old.
// Every tab makes two loads a turn. Turns follow a Williams design over all tabs (lab.mjs), browsers launch in
// an order that turns by session. Prints, for each previous document, the shipped build's measured load
// against the floor's, with a 95% interval that resamples sessions.
//
// SESSIONS (10) × ROUNDS (16); FOLLOWS picks the previous documents (sds,other,young). BENCH_QUICK=1 runs a
// few loads to check the script itself.
import {
  COURSE_URL,
  formatFigure,
  launch,
  loadRatioFigure,
  measuredLoad,
  NON_SDS_URL,
  orderOf,
  runSize,
  SHIPPED,
  startPlatformServer,
  temporaryDirs,
  writeControlExtension,
} from './lab.mjs';

const { sessions: SESSIONS, rounds: ROUNDS } = runSize(10, 16);
const MEASURED = process.env.BENCH_URL ?? COURSE_URL;
const FOLLOWS = (process.env.FOLLOWS ?? 'sds,other,young').split(',');

/** The page a tab loads after its measured load, which that tab's next measured load then leaves. */
const NEXT_DOCUMENT = { sds: MEASURED, other: NON_SDS_URL, young: undefined };

async function main() {
  const unknown = FOLLOWS.filter((f) => !(f in NEXT_DOCUMENT));
  if (unknown.length) throw new Error(`FOLLOWS: unknown ${unknown.join(', ')}; known: sds, other, young`);
  const server = await startPlatformServer();
  const port = server.address().port;
  const dirs = temporaryDirs('mmc-carry');
  const builds = [
    { name: 'shipped', dir: SHIPPED, hint: true },
    { name: 'floor', dir: writeControlExtension(dirs.make('floor-ext')), hint: false },
  ];
  const tabs = builds.flatMap((build) => FOLLOWS.map((follow) => ({ id: `${build.name}/${follow}`, build, follow })));
  const loads = Object.fromEntries(tabs.map((t) => [t.id, []]));
  const sessionOf = [];
  try {
    for (let s = 0; s < SESSIONS; s++) {
      const contexts = {};
      for (const b of orderOf(builds, s)) contexts[b.name] = await launch(b.dir, dirs.make(b.name), port);
      const pages = {};
      for (const t of tabs) {
        const page = await contexts[t.build.name].newPage();
        // Warm the tab (first loads compile and fill the caches), leaving the document its first load leaves.
        for (let i = 0; i < 3; i++) await page.goto(MEASURED);
        await page.goto(NEXT_DOCUMENT[t.follow] ?? MEASURED);
        pages[t.id] = page;
      }
      for (let i = 0; i < ROUNDS; i++) {
        sessionOf.push(s);
        for (const t of orderOf(tabs, i)) {
          const until = t.build.hint ? 'hint' : undefined;
          const next = NEXT_DOCUMENT[t.follow];
          if (!next) await measuredLoad(pages[t.id], MEASURED, until);
          loads[t.id].push(await measuredLoad(pages[t.id], MEASURED, until));
          if (next) await measuredLoad(pages[t.id], next, next === MEASURED ? until : undefined);
        }
      }
      await Promise.all(Object.values(contexts).map((c) => c.close()));
    }
  } finally {
    server.close();
    dirs.removeAll();
  }
  console.log(`${MEASURED}: ${SESSIONS} sessions × ${ROUNDS} rounds, ${tabs.length} tabs in turn`);
  for (const f of FOLLOWS) {
    const figure = loadRatioFigure(loads[`shipped/${f}`], loads[`floor/${f}`], sessionOf);
    console.log(`previous document ${f.padEnd(5)}: shipped / floor ${formatFigure(figure)}, ${figure.pairs} rounds`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
