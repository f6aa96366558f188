/**
 * Timing marks for the benchmark (tests/bench) and the end-to-end tests: performance measures named
 * `mm-companion:<name>`, on the page's own timeline, where both read them.
 *
 * They exist only in the build made with `WXT_TIMING_MARKS=on` (`npm run bench`, and the build the
 * end-to-end tests load). In the shipped build the flag is a constant false, every function below is empty,
 * and no page can read from its timeline that the extension is installed.
 */
const ON = import.meta.env.WXT_TIMING_MARKS === 'on';
const PREFIX = 'mm-companion:';
/** When each measure began (performance.now()); a plain map, so beginning one costs no timeline entry. */
const begun = new Map<string, number>();

export const timing = {
  /** Starts the measure `name` now (a later begin of the same name replaces it). */
  begin(name: string): void {
    if (ON) begun.set(name, performance.now());
  },
  /** Ends the measure `name`, from its latest begin (or from the begin of `from`); nothing if never begun. */
  end(name: string, from: string = name): void {
    const start = ON ? begun.get(from) : undefined;
    if (start !== undefined) performance.measure(`${PREFIX}${name}`, { start });
  },
  /** Measures `name` from the start of this page or worker (its time origin) to now. */
  sinceStart(name: string): void {
    if (ON) performance.measure(`${PREFIX}${name}`);
  },
  /**
   * Ends `<name>-painted` when the frame that shows what was just put in the page starts, and
   * `<name>-frame-done` once that frame is laid out and painted (a task queued in the frame runs after it),
   * both from the begin of `from`. `nextFrame`: it was put in the page outside a frame callback, so the
   * next frame paints it.
   */
  painted(name: string, from: string, nextFrame: boolean): void {
    if (!ON) return;
    const done = new MessageChannel();
    done.port1.onmessage = () => {
      timing.end(`${name}-frame-done`, from);
      done.port1.close();
    };
    const painting = () => {
      timing.end(`${name}-painted`, from);
      done.port2.postMessage(null);
    };
    if (nextFrame) requestAnimationFrame(painting);
    else painting();
  },
};
