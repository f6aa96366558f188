/** Freezes Date at `now` for each test of a file (timers stay real, so UI events still flow). */
import { afterEach, beforeEach, vi } from 'vitest';

export function freezeDateAt(now: number): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
  });
  afterEach(() => vi.useRealTimers());
}
