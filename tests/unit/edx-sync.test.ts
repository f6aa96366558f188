/**
 * Reading edX from the background: the fallback to v1 on 404, GET with cookies only, the 30-minute
 * throttle, the setting that turns it off, and failures that keep the last good data.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fetchEdxCourse, type Fetcher } from '../../lib/edx-api';
import { applyEdxFacts } from '../../lib/edx-apply';
import { syncRun } from '../../lib/edx-sync';
import type { Progress } from '../../lib/state/schema';
import { progressItem, readProgress, settingsItem, summaryItem, syncLogItem } from '../../lib/storage';
import { defaultSettings } from '../../lib/state/schema';
import { installFakeAction } from '../support/fake-action';
import { progressWith, run } from '../support/builders';
import { freezeDateAt } from '../support/clock';
import { gradedAnswers, twentyItems, type GradedSpec } from '../support/graded-json';
import { parseSummary } from '../../lib/summary';

const KEY = 'course-v1:MITx+6.431x+3T2026';
const fixture = (name: string) => readFileSync(resolve(__dirname, `../fixtures/edx/${name}.json`), 'utf8');
const AUDIT: Record<string, string> = {
  course_metadata: fixture('metadata.audit'),
  courseware: fixture('courseware.audit'),
  dates: fixture('dates.audit'),
  progress: fixture('progress.audit'),
};

interface Call {
  url: string;
  init: RequestInit;
}

/** A fake edX: `answer(url)` gives [status, body]. Records every call. */
function fakeEdx(answer: (url: string) => [number, string]): { fetcher: Fetcher; calls: Call[] } {
  const calls: Call[] = [];
  const fetcher: Fetcher = async (url, init) => {
    calls.push({ url, init });
    const [status, body] = answer(url);
    return new Response(body, { status, headers: { 'Content-Type': 'application/json' } });
  };
  return { fetcher, calls };
}

const auditEdx = (versioned = false) =>
  fakeEdx((url) => {
    const m = /\/api\/(?:course_home\/(v1\/)?(\w+)|(courseware)\/course)\//.exec(url);
    const name = m?.[2] ?? m?.[3] ?? '';
    if (!versioned && m?.[1]) return [404, '{}'];
    if (versioned && m?.[2] && !m[1]) return [404, '{"detail":"Not found."}'];
    return AUDIT[name] ? [200, AUDIT[name]] : [404, '{}'];
  });

beforeEach(async () => {
  installFakeAction();
  await settingsItem.setValue(defaultSettings());
});

describe('fetchEdxCourse', () => {
  it('reads the four endpoints with GET and the learner cookies, nothing else', async () => {
    const edx = auditEdx();
    const result = await fetchEdxCourse(KEY, edx.fetcher);
    expect(result.outcome).toBe('ok');
    expect(edx.calls.map((c) => c.url).sort()).toEqual([
      `https://courses.edx.org/api/course_home/course_metadata/${KEY}`,
      `https://courses.edx.org/api/course_home/dates/${KEY}`,
      `https://courses.edx.org/api/course_home/progress/${KEY}`,
      `https://courses.edx.org/api/courseware/course/${KEY}`,
    ]);
    for (const c of edx.calls) expect([c.init.method, c.init.credentials]).toEqual(['GET', 'include']);
  });

  it('falls back to v1 paths on 404 (older servers)', async () => {
    const edx = auditEdx(true);
    const result = await fetchEdxCourse(KEY, edx.fetcher);
    expect(Object.keys(result.responses).sort()).toEqual(['courseware', 'dates', 'metadata', 'progress']);
    expect(edx.calls.filter((c) => c.url.includes('/v1/')).length).toBe(3);
  });

  it.each([
    [401, 'signed-out'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [429, 'throttled'],
    [500, 'server-error'],
    [502, 'server-error'],
  ] as const)('HTTP %d everywhere is %s', async (status, outcome) => {
    expect((await fetchEdxCourse(KEY, fakeEdx(() => [status, '{}']).fetcher)).outcome).toBe(outcome);
  });

  it('invalid JSON, a network failure', async () => {
    expect((await fetchEdxCourse(KEY, fakeEdx(() => [200, '<html>oops']).fetcher)).outcome).toBe('invalid-json');
    expect((await fetchEdxCourse(KEY, async () => Promise.reject(new TypeError('Failed to fetch')))).outcome).toBe(
      'network',
    );
  });

  it('a time-out aborts the request', async () => {
    vi.useFakeTimers();
    const hanging: Fetcher = (_u, init) =>
      new Promise((_, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const pending = fetchEdxCourse(KEY, hanging);
    await vi.advanceTimersByTimeAsync(16_000);
    expect((await pending).outcome).toBe('timeout');
    vi.useRealTimers();
  });
});

describe('applyEdxFacts', () => {
  it('fills the edX slots and never the learner ones', () => {
    const p = progressWith({ '6.431x': [run('6.431x', { mode: 'verified' }, { runKey: KEY, id: 'r' })] });
    const next = applyEdxFacts(p, KEY, { mode: 'audit', grade: 0.5 }, '2026-11-22T10:00:00.000Z');
    expect(next?.steps['6.431x'].runs[0]?.facts.mode).toEqual({
      learner: { value: 'verified', at: expect.any(String) },
      edx: { value: 'audit', at: '2026-11-22T10:00:00.000Z' },
    });
    expect(next?.steps['6.431x'].runs[0]?.facts.grade?.edx?.value).toBe(0.5);
  });

  it('adopts a run the learner added without its key; ignores runs the learner is not enrolled in', () => {
    const p = progressWith({ '6.431x': [run('6.431x', { start: '2026-11-10' }, { id: 'mine' })] });
    expect(applyEdxFacts(p, KEY, { mode: 'audit' }, '2026-11-22T10:00:00.000Z')?.steps['6.431x'].runs).toMatchObject([
      { id: 'mine', runKey: KEY },
    ]);
    expect(applyEdxFacts(progressWith({}), KEY, { mode: 'none', start: '2026-11-10T15:00:00Z' }, 'x')).toBeUndefined();
    expect(applyEdxFacts(progressWith({}), 'course-v1:MITx+6.00.1x+3T2026', { mode: 'audit' }, 'x')).toBeUndefined();
  });
});

describe('syncRun', () => {
  it('merges what edX knows, stamps it, and derives the summary; then waits 30 minutes', async () => {
    let now = Date.parse('2026-11-22T10:00:00Z');
    const edx = auditEdx();
    expect(await syncRun(KEY, { fetcher: edx.fetcher, now: () => now })).toBe('ok');
    const stored = (await progressItem.getValue()) as Progress;
    expect(stored.steps['6.431x'].runs[0]?.facts.upgradeDeadline?.edx?.value).toBe('2026-12-22T23:59:00Z');
    expect((await syncLogItem.getValue())[KEY]).toMatchObject({ outcome: 'ok', at: now, lastOkAt: now });
    expect(((await summaryItem.getValue()) as { sync: unknown[] }).sync).toEqual([
      { runKey: KEY, at: now, outcome: 'ok', lastOkAt: now },
    ]);

    now += 29 * 60_000;
    expect(await syncRun(KEY, { fetcher: edx.fetcher, now: () => now })).toBe('skipped');
    expect(await syncRun(KEY, { fetcher: edx.fetcher, now: () => now, force: true })).toBe('ok');
    now += 31 * 60_000;
    expect(await syncRun(KEY, { fetcher: edx.fetcher, now: () => now })).toBe('ok');
    expect(edx.calls.length).toBe(12);
  });

  it('a failure keeps the last good data and says so', async () => {
    let now = Date.parse('2026-11-22T10:00:00Z');
    await syncRun(KEY, { fetcher: auditEdx().fetcher, now: () => now });
    const before = (await progressItem.getValue()) as Progress;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    now += 31 * 60_000;
    expect(
      await syncRun(KEY, {
        fetcher: fakeEdx(() => [401, '{"detail":"Authentication credentials were not provided."}']).fetcher,
        now: () => now,
      }),
    ).toBe('signed-out');
    expect(((await progressItem.getValue()) as Progress).steps).toEqual(before.steps);
    expect((await syncLogItem.getValue())[KEY]).toMatchObject({
      outcome: 'signed-out',
      lastOkAt: Date.parse('2026-11-22T10:00:00Z'),
    });
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('does nothing when the learner turned syncing off', async () => {
    await settingsItem.setValue({ ...defaultSettings(), syncFromEdx: false });
    const edx = auditEdx();
    expect(await syncRun(KEY, { fetcher: edx.fetcher })).toBe('skipped');
    expect(edx.calls).toEqual([]);
  });

  it('two page views at once make one reading', async () => {
    const edx = auditEdx();
    const [a, b] = await Promise.all([syncRun(KEY, { fetcher: edx.fetcher }), syncRun(KEY, { fetcher: edx.fetcher })]);
    expect([a, b]).toEqual(['ok', 'ok']);
    expect(edx.calls.length).toBe(4);
  });
});

describe('concurrent readings', () => {
  it('two runs read at once: both records are kept, each with the progress it brought', async () => {
    const other = 'course-v1:MITx+18.6501x+3T2026';
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    // The first run's answers wait until the second run has been read and recorded.
    const slow: Fetcher = async (url, init) => {
      await gate;
      return auditEdx().fetcher(url, init);
    };
    const fast: Fetcher = async (url, init) => auditEdx().fetcher(url.replace(KEY, other), init);
    const first = syncRun(KEY, { fetcher: slow, force: true });
    await syncRun(other, { fetcher: fast, force: true });
    release();
    await first;
    const log = await syncLogItem.getValue();
    expect(Object.keys(log).sort()).toEqual([KEY, other].sort());
    const summary = (await summaryItem.getValue()) as { sync: { runKey: string }[] };
    expect(summary.sync.map((s) => s.runKey).sort()).toEqual([KEY, other].sort());
  });

  it('six runs read at once, answering in pairs out of order: no record and no reading is lost', async () => {
    const keys = ['6.431x', '14.310Fx', '18.6501x', '6.86x', 'DS.CFx', '14.310x'].map(
      (n) => `course-v1:MITx+${n}+3T2026`,
    );
    // Answers arrive in pairs, in an order other than asked, so the readings' writes interleave.
    const delays = [20, 0, 20, 0, 10, 10];
    const fetcherFor =
      (key: string, delay: number): Fetcher =>
      async (url, init) => {
        await new Promise((r) => setTimeout(r, delay));
        return auditEdx().fetcher(url.replace(KEY, key), init);
      };
    // Real storage answers through the browser's process: a write lands a few milliseconds after it is asked.
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      await new Promise((r) => setTimeout(r, 3));
      return set(items);
    });
    const outcomes = await Promise.all(
      keys.map((key, i) => syncRun(key, { fetcher: fetcherFor(key, delays[i] ?? 0), force: true })),
    );
    expect(outcomes).toEqual(keys.map(() => 'ok'));
    expect(Object.keys(await syncLogItem.getValue()).sort()).toEqual([...keys].sort());
    const progress = await readProgress();
    const read = Object.values(progress.steps).flatMap((s) =>
      s.runs.filter((r) => r.facts.mode?.edx).map((r) => r.runKey),
    );
    expect(read.sort()).toEqual([...keys].sort());
  });
});

describe("a run's graded work", () => {
  // The readings are made at a fixed time, and so is the summary the writer derives from them (Date.now()),
  // so what is still to do does not depend on the hour the suite runs.
  freezeDateAt(Date.parse('2026-12-02T12:00:00Z'));
  beforeEach(async () => {
    fakeBrowser.reset();
    installFakeAction();
    await settingsItem.setValue(defaultSettings());
  });

  /** edX with the audit answers, but the dates and progress of graded work described by `specs`. */
  const gradedEdx = (specs: GradedSpec[], end?: string) => {
    const { dates, progress } = gradedAnswers(KEY, specs);
    const courseware = JSON.parse(AUDIT.courseware!) as Record<string, unknown>;
    if (end) courseware.end = end;
    return fakeEdx((url) => {
      if (url.includes('/course_home/dates/')) return [200, JSON.stringify(dates)];
      if (url.includes('/course_home/progress/')) return [200, JSON.stringify(progress)];
      if (url.includes('/courseware/course/')) return [200, JSON.stringify(courseware)];
      return [200, AUDIT.course_metadata!];
    });
  };
  const stored = async () => ((await progressItem.getValue()) as Progress).steps['6.431x'].runs[0]?.graded;

  it('is stored with the run, replaced whole when a due date moves, and dropped once the run ends', async () => {
    const now = Date.parse('2026-12-02T12:00:00Z');
    const specs = twentyItems(now);
    await syncRun(KEY, { fetcher: gradedEdx(specs).fetcher, now: () => now, force: true });
    const first = await stored();
    expect(first?.items).toHaveLength(20);
    expect(first?.policy.map((p) => p.type)).toEqual(['Problem Set', 'Midterm Exam 1', 'Midterm Exam 2', 'Final Exam']);
    // Problem Set 6 moves a week later: the next reading replaces the item, no trace of the old date stays.
    const moved = specs.map((s) => (s.title === 'Problem Set 6' ? { ...s, due: '2027-01-01T23:59:00Z' } : s));
    await syncRun(KEY, { fetcher: gradedEdx(moved).fetcher, now: () => now, force: true });
    const second = await stored();
    expect(second?.items.filter((i) => i.title === 'Problem Set 6').map((i) => i.due)).toEqual([
      '2027-01-01T23:59:00Z',
    ]);
    // The summary the popup reads has the items still to do, soonest first.
    const summary = parseSummary(await summaryItem.getValue());
    const upcoming = summary?.steps.find((s) => s.step === '6.431x')?.current?.graded?.upcoming ?? [];
    expect(upcoming[0]?.title).toBe('Problem Set 5');
    expect(upcoming.map((i) => i.title)).not.toContain('Problem Set 1');
    // The run ends: its graded work is pruned at the next reading.
    await syncRun(KEY, { fetcher: gradedEdx(moved, '2026-12-01T00:00:00Z').fetcher, now: () => now, force: true });
    expect(await stored()).toBeUndefined();
  });

  it("a MITx Online run: the same graded work read from MIT's course app, its links on that app", async () => {
    const now = Date.parse('2026-12-02T12:00:00Z');
    const mitKey = 'course-v1:MITxT+6.431x+3T2026';
    const { dates, progress } = gradedAnswers(mitKey, twentyItems(now), { app: 'https://courses.learn.mit.edu' });
    const mit = fakeEdx((url) => {
      if (url.includes('/course_home/dates/')) return [200, JSON.stringify(dates)];
      if (url.includes('/course_home/progress/')) return [200, JSON.stringify(progress)];
      if (url.includes('/courseware/course/')) return [200, AUDIT.courseware!.replaceAll(KEY, mitKey)];
      if (url.includes('/course_home/course_metadata/')) return [200, AUDIT.course_metadata!];
      return [404, '{}'];
    });
    await syncRun(mitKey, { fetcher: mit.fetcher, now: () => now, force: true });
    const graded = ((await progressItem.getValue()) as Progress).steps['6.431x'].runs[0]?.graded;
    expect(graded?.items).toHaveLength(20);
    expect(new Set(graded?.items.map((i) => i.link && new URL(i.link).origin))).toEqual(
      new Set(['https://courses.learn.mit.edu']),
    );
    // The graded work comes from the course app's dates and progress; MITx Online's own API gives the rest.
    const read = mit.calls.map((c) => new URL(c.url));
    const gradedFrom = read.filter((u) => /\/course_home\/(?:v1\/)?(?:dates|progress)\//.test(u.pathname));
    expect(gradedFrom.length).toBeGreaterThanOrEqual(2);
    expect(new Set(gradedFrom.map((u) => u.origin))).toEqual(new Set(['https://courses.learn.mit.edu']));
    expect(new Set(read.map((u) => u.origin))).toEqual(
      new Set(['https://courses.learn.mit.edu', 'https://mitxonline.mit.edu']),
    );
  });

  it('a reading that fails keeps the graded work of the last good one', async () => {
    const now = Date.parse('2026-12-02T12:00:00Z');
    await syncRun(KEY, { fetcher: gradedEdx(twentyItems(now)).fetcher, now: () => now, force: true });
    const before = await stored();
    await syncRun(KEY, { fetcher: fakeEdx(() => [502, 'Bad gateway']).fetcher, now: () => now, force: true });
    expect(await stored()).toEqual(before);
  });
});
