import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultHintSettings } from '../../lib/state/values';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFeed } from '../../lib/feed';
import { SUMMARY_VERSION, emptySteps, type StoredSummary } from '../../lib/summary';
import { summaryFeed } from '../../lib/summary-reader';
import { localTimeZone } from '../../lib/time';
import { faqTrack } from '../../lib/track';

const stored = (computedAt: number): StoredSummary => ({
  version: SUMMARY_VERSION,
  computedAt,
  onboarded: true,
  track: faqTrack(),
  steps: emptySteps(),
  sync: [],
  hints: defaultHintSettings(),
});

describe('createFeed', () => {
  it('keeps a change that lands before the first read answers (the read is older)', async () => {
    let answer: (value: string) => void = () => undefined;
    let publish: (value: string) => void = () => undefined;
    const feed = createFeed(new Promise<string>((resolve) => (answer = resolve)), (p) => {
      publish = p;
      return () => undefined;
    });
    publish('newer');
    answer('older');
    await expect(feed.ready).resolves.toBe('newer');
    expect(feed.current()).toBe('newer');
  });

  it('takes the first read when nothing changed before it', async () => {
    const feed = createFeed(Promise.resolve('first'), () => () => undefined);
    await expect(feed.ready).resolves.toBe('first');
  });
});

describe('summaryFeed', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the stored summary, parses it once per stored value, and follows changes', async () => {
    await fakeBrowser.storage.local.set({ summary: stored(1) });
    const feed = summaryFeed();
    const first = await feed.ready;
    expect(first?.computedAt).toBe(1);
    expect(feed.current()).toBe(first); // the same parsed object: no second parse
    const seen: (number | undefined)[] = [];
    feed.subscribe((s) => seen.push(s?.computedAt));
    await fakeBrowser.storage.local.set({ summary: stored(2) });
    await vi.waitFor(() => expect(seen).toEqual([2]));
    expect(feed.current()?.computedAt).toBe(2);
    feed.stop();
  });

  it('treats a corrupt or missing summary as absent', async () => {
    await fakeBrowser.storage.local.set({ summary: { version: 1, steps: 'nope' } });
    expect(await summaryFeed().ready).toBeUndefined();
    await fakeBrowser.storage.local.clear();
    expect(await summaryFeed().ready).toBeUndefined();
  });
});

describe('localTimeZone', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads the zone at most once a minute (building an Intl formatter is the cost)', () => {
    const t0 = Date.parse('2026-11-23T10:00:00Z');
    localTimeZone(t0 - 120_000); // any earlier read is over a minute old by t0
    const built = vi.spyOn(Intl, 'DateTimeFormat');
    const zone = localTimeZone(t0);
    expect(zone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
    built.mockClear();
    localTimeZone(t0 + 30_000);
    localTimeZone(t0 + 59_999);
    expect(built).not.toHaveBeenCalled();
    localTimeZone(t0 + 60_000);
    expect(built).toHaveBeenCalledTimes(1);
  });
});
