/**
 * The content script's only work while the page loads: waiting for the load event (entrypoints/hint-start).
 * The hint must start after that event (in a later task, so the event's own time excludes it), never wait
 * long on a load event held up, and leave no listener or timer behind.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterLoad, LOAD_WAIT_LIMIT_MS } from '../../entrypoints/hint-start/after-load';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Whether the promise has settled, after letting pending microtasks run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('afterLoad', () => {
  it('waits through DOMContentLoaded for the load event, then resolves in a later task', async () => {
    const waiting = afterLoad();
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(await settled(waiting)).toBe(false);
    let done = false;
    void waiting.then(() => (done = true));
    window.dispatchEvent(new Event('load'));
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(done).toBe(false); // not within the load event's task
    expect(await settled(waiting)).toBe(true);
  });

  it(`goes ahead ${LOAD_WAIT_LIMIT_MS} ms after it started when the load event is held up`, async () => {
    const waiting = afterLoad();
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_LIMIT_MS - 1);
    expect(await settled(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(waiting)).toBe(true);
  });

  it('leaves nothing behind: a load event after the limit schedules nothing, and the limit is cleared on load', async () => {
    const late = afterLoad();
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_LIMIT_MS);
    expect(await settled(late)).toBe(true);
    window.dispatchEvent(new Event('load'));
    expect(vi.getTimerCount()).toBe(0);

    const onTime = afterLoad();
    window.dispatchEvent(new Event('load'));
    expect(await settled(onTime)).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('touches no document property while it waits (each read costs the loading page)', async () => {
    const read = vi.spyOn(document, 'readyState', 'get');
    const listen = vi.spyOn(document, 'addEventListener');
    const waiting = afterLoad();
    window.dispatchEvent(new Event('load'));
    expect(await settled(waiting)).toBe(true);
    expect(read).not.toHaveBeenCalled();
    expect(listen).not.toHaveBeenCalled();
  });
});
