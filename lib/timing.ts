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

export const timing = {
  /** Starts the measure `name` now (a later begin of the same name replaces it). */
  begin(name: string): void {
    if (ON) performance.mark(`${PREFIX}${name}:begin`);
  },
  /** Ends the measure `name`, from its latest begin (or from the begin of `from`). */
  end(name: string, from: string = name): void {
    if (!ON) return;
    try {
      performance.measure(`${PREFIX}${name}`, `${PREFIX}${from}:begin`);
    } catch {
      // never begun (a navigation before the first begin): nothing to measure
    }
  },
  /**
   * Ends `<name>-painted` when the frame that shows the hint starts, and `<name>-frame-done` once that frame
   * is laid out and painted (a task queued in the frame runs after it). `nextFrame`: the hint was put in
   * the page outside a frame callback, so the next frame paints it.
   */
  painted(name: string, nextFrame: boolean): void {
    if (!ON) return;
    const done = new MessageChannel();
    done.port1.onmessage = () => {
      timing.end(`${name}-frame-done`, name);
      done.port1.close();
    };
    const painting = () => {
      timing.end(`${name}-painted`, name);
      done.port2.postMessage(null);
    };
    if (nextFrame) requestAnimationFrame(painting);
    else painting();
  },
};
