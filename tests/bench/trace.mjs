// Main-thread time of one page load, read from Chromium's trace: steadier than the load event's wall time,
// and it says where the time goes. Used by bench.mjs.

/** Trace categories with the renderer's tasks, script injection and the creation of script worlds. */
const CATEGORIES = ['devtools.timeline', 'toplevel', 'blink', 'loading', 'v8', 'extensions'];
/** The world of a document is created at commit, a few milliseconds before the first parse task. */
const BEFORE_PARSE_US = 30_000;

/**
 * Loads `url` in `page` under a trace and sums, on the page's main thread from commit to the load event:
 * every task; the creation of script worlds (`LocalWindowProxy::Initialize`: the page's own world and, for
 * an extension that had one in the previous document, its isolated world); content-script injection.
 */
export async function tracedLoad(page, cdp, url) {
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  const load = events.findLast((e) => e.name === 'MarkLoad');
  const parse = events.find((e) => e.name === 'ParseHTML' && (!load || e.pid === load.pid));
  if (!load || !parse) throw new Error('the trace has no parse or no load event');
  const onMainThread = events.filter(
    (e) =>
      e.ph === 'X' &&
      e.pid === parse.pid &&
      e.tid === parse.tid &&
      e.ts >= parse.ts - BEFORE_PARSE_US &&
      e.ts <= load.ts,
  );
  /** The events' wall time (`dur`) or the thread's own CPU time in them (`tdur`: wall time less waits for a core). */
  const total = (name, time = 'dur') =>
    onMainThread.filter((e) => e.name === name).reduce((ms, e) => ms + (e[time] ?? 0) / 1000, 0);
  return {
    tasksMs: total('ThreadControllerImpl::RunTask'),
    cpuMs: total('ThreadControllerImpl::RunTask', 'tdur'),
    worldsMs: total('LocalWindowProxy::Initialize'),
    injectMs: total('ScriptInjection::InjectJs'),
  };
}
