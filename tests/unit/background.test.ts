/**
 * The real background worker, driven through WXT's fake browser: commands, alarms, notifications, the badge,
 * refusals, corrupt storage and simulated restarts (listeners dropped and registered again, storage kept).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { progressItem, recoveredItem, settingsItem } from '../../lib/storage';
import type { Progress } from '../../lib/state/schema';
import { installFakeAction, type BadgeState } from '../support/fake-action';
import { progressWith, run } from '../support/builders';

const EXT = `chrome-extension://${fakeBrowser.runtime.id}/`;
const POPUP = { id: fakeBrowser.runtime.id, url: `${EXT}popup.html` };
let badge: BadgeState;

/** Starts the worker as the browser would after a (re)start: fresh listeners, storage and alarms kept. */
async function startWorker(event: 'installed' | 'startup' = 'startup'): Promise<void> {
  fakeBrowser.runtime.onMessage.removeAllListeners();
  fakeBrowser.runtime.onStartup.removeAllListeners();
  fakeBrowser.runtime.onInstalled.removeAllListeners();
  fakeBrowser.alarms.onAlarm.removeAllListeners();
  fakeBrowser.notifications.onClicked.removeAllListeners();
  background.main();
  if (event === 'installed') await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
  else await fakeBrowser.runtime.onStartup.trigger();
  await settled();
}

/** Lets the serial queue drain. */
async function settled(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
}

async function send(message: unknown, sender: object = POPUP): Promise<unknown> {
  const [answer] = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => {});
  return answer;
}

const notificationIds = async () => Object.keys(await fakeBrowser.notifications.getAll()).sort();
const alarmNames = async () => (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();

async function fireDueAlarms(): Promise<void> {
  for (const alarm of await fakeBrowser.alarms.getAll())
    if (alarm.scheduledTime <= Date.now()) await fakeBrowser.alarms.onAlarm.trigger(alarm);
  await settled();
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-09-05T10:00:00Z'));
  badge = installFakeAction();
});
afterEach(() => vi.useRealTimers());

// 6.431x in audit (started 2 Sep, program target 30 Sep) and 18.6501x verified, ending 10 Dec.
async function seedLearner(): Promise<void> {
  await progressItem.setValue(
    progressWith({
      '6.431x': [
        run(
          '6.431x',
          { start: '2025-09-02T15:00:00Z', mode: 'audit' },
          { id: 'prob', by: 'edx', runKey: 'course-v1:MITx+6.431x+3T2025' },
        ),
      ],
      '18.6501x': [
        run('18.6501x', { start: '2025-08-25', mode: 'verified', end: '2025-12-10T15:00:00Z' }, { id: 'stats' }),
      ],
    }),
  );
}

describe('storage over quota', () => {
  it('a change that does not fit is refused in plain words, and every reminder of what is stored stays planned', async () => {
    await seedLearner();
    await startWorker('installed');
    const before = await alarmNames();
    const stored = await progressItem.getValue();
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const refuse = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if ('progress' in (items as object)) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    const answer = await send({ mmc: 1, command: { type: 'removeRun', runId: 'prob' } });
    refuse.mockRestore();
    expect(answer).toEqual({
      ok: false,
      error:
        'The browser’s storage for this extension is full, so this change was not saved. Nothing you had was lost; remove old runs or notes and try again.',
    });
    expect(await progressItem.getValue()).toEqual(stored);
    expect(await alarmNames()).toEqual(before);
    expect(before.filter((n) => n.startsWith('reminder:prob:'))).toHaveLength(4);
  });
});

describe('the background worker', () => {
  it('plans one alarm per reminder and shows the days left on the badge', async () => {
    await seedLearner();
    await startWorker('installed');
    expect(await alarmNames()).toEqual([
      'badge-refresh',
      'reminder:prob:program-target:2025-09-30@0d',
      'reminder:prob:program-target:2025-09-30@1d',
      'reminder:prob:program-target:2025-09-30@3d',
      'reminder:prob:program-target:2025-09-30@7d',
      'reminder:stats:course-end:2025-12-10@0d',
      'reminder:stats:course-end:2025-12-10@1d',
      'reminder:stats:course-end:2025-12-10@3d',
      'reminder:stats:course-end:2025-12-10@7d',
    ]);
    expect(badge.text).toBe('25d');
    expect(badge.color).toBe('#1E6B34');
    expect(badge.title).toMatch(/6\.431x: pay and verify within the first four weeks, in 25 days/);
  });

  it('fires a reminder once: the alarm, then a restart, then the alarm again', async () => {
    await seedLearner();
    await startWorker('installed');
    vi.setSystemTime(new Date('2025-09-23T09:00:00Z'));
    await fireDueAlarms();
    expect(await notificationIds()).toEqual(['prob:program-target:2025-09-30@7d']);
    // getAll() answers {id: true} as Chrome does; the fake keeps the options it was given here.
    const [note] = Object.values(
      (
        fakeBrowser.notifications as unknown as {
          getAllCreateOptions(): Record<string, { title: string; message: string }>;
        }
      ).getAllCreateOptions(),
    );
    expect(note?.title).toBe('MITx 6.431x: pay and verify within the first four weeks');
    expect(note?.message).toMatch(
      /^Probability - The Science of Uncertainty and Data: Tue, Sep 30, 2025 \(in 7 days\)$/,
    );
    await fakeBrowser.notifications.clear('prob:program-target:2025-09-30@7d');

    await startWorker('startup');
    await fireDueAlarms();
    expect(await notificationIds()).toEqual([]);
    const stored = (await progressItem.getValue()) as Progress;
    expect(Object.keys(stored.fired)).toEqual(['prob:program-target:2025-09-30@7d']);
    expect(badge.text).toBe('7d');
    expect(badge.color).toBe('#8A4B00');
  });

  it('after days with the browser closed: the latest missed reminder once, the others superseded', async () => {
    await seedLearner();
    await startWorker('installed');
    await fakeBrowser.alarms.clearAll(); // the browser lost its alarms while closed
    vi.setSystemTime(new Date('2025-09-29T15:00:00Z'));
    await startWorker('startup');
    expect(await notificationIds()).toEqual(['prob:program-target:2025-09-30@1d']);
    await startWorker('startup');
    expect(await notificationIds()).toEqual(['prob:program-target:2025-09-30@1d']);
    const fired = Object.keys(((await progressItem.getValue()) as Progress).fired).sort();
    expect(fired).toEqual([
      'prob:program-target:2025-09-30@1d',
      'prob:program-target:2025-09-30@3d',
      'prob:program-target:2025-09-30@7d',
    ]);
    expect(badge.text).toBe('1d');
    expect(badge.color).toBe('#B00020');
  });

  it('a click on a notification opens the course page', async () => {
    await seedLearner();
    await startWorker('installed');
    vi.setSystemTime(new Date('2025-09-23T09:00:00Z'));
    await fireDueAlarms();
    await fakeBrowser.notifications.onClicked.trigger('prob:program-target:2025-09-30@7d');
    await settled();
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain('https://learning.edx.org/course/course-v1:MITx+6.431x+3T2025/dates');
  });

  it('applies a valid command from an extension page and re-plans', async () => {
    await startWorker('installed');
    expect(badge.text).toBe('');
    expect(await send({ mmc: 1, command: { type: 'addRun', course: '6.86x', start: '2025-09-09' } })).toEqual({
      ok: true,
    });
    const stored = (await progressItem.getValue()) as Progress;
    expect(stored.steps['6.86x'].runs[0]?.facts.start?.learner?.value).toBe('2025-09-09');
    expect(badge.text).toBe('32d'); // program target 7 Oct, 32 days from 5 Sep
  });

  it('refuses malformed, unknown and foreign messages, and changes nothing', async () => {
    await seedLearner();
    await startWorker('installed');
    const before = JSON.stringify(await progressItem.getValue());
    const refusals = [
      [{ type: 'mark' }, POPUP],
      [{ mmc: 1, command: { type: 'dropTables' } }, POPUP],
      [{ mmc: 1, command: { type: 'mark', course: '6.00.1x', mark: 'passed' } }, POPUP],
      [
        { mmc: 1, command: { type: 'mark', course: '6.431x', mark: 'passed' } },
        { id: 'another-extension', url: 'chrome-extension://another-extension/x.html' },
      ],
      [
        { mmc: 1, command: { type: 'removeRun', runId: 'prob' } },
        { id: fakeBrowser.runtime.id, url: 'https://learning.edx.org/course/x/home', tab: { id: 1 } },
      ],
      [
        { mmc: 1, command: { type: 'mark', course: '6.431x', mark: 'passed' } },
        { id: fakeBrowser.runtime.id, url: 'https://evil.example/', tab: { id: 1 } },
      ],
      [{ mmc: 1, command: { type: 'setFact', runId: 'prob', name: 'grade', value: 12 } }, POPUP],
      [{ mmc: 1, command: { type: 'updateSettings', patch: { reminders: { hour: 99 } } } }, POPUP],
    ] as const;
    for (const [message, sender] of refusals)
      expect(await send(message, sender), JSON.stringify(message)).toMatchObject({ ok: false });
    expect(JSON.stringify(await progressItem.getValue())).toBe(before);
  });

  it('accepts "mark passed" from an edX page, where the hint sends it', async () => {
    await startWorker('installed');
    const sender = {
      id: fakeBrowser.runtime.id,
      url: 'https://learning.edx.org/course/course-v1:MITx+6.431x+3T2025/home',
      tab: { id: 3 },
    };
    expect(
      await send(
        { mmc: 1, command: { type: 'mark', course: '6.431x', runKey: 'course-v1:MITx+6.431x+3T2025', mark: 'passed' } },
        sender,
      ),
    ).toEqual({ ok: true });
    const stored = (await progressItem.getValue()) as Progress;
    expect(stored.steps['6.431x'].runs[0]).toMatchObject({
      course: '6.431x',
      runKey: 'course-v1:MITx+6.431x+3T2025',
      facts: { status: { learner: { value: 'passed' } } },
    });
  });

  it('takes the page a tab shows from that tab only, and stores nothing for it (the popup asks the tab)', async () => {
    await startWorker('installed');
    const page = { kind: 'course-home', course: '6.431x', step: '6.431x' };
    const fromTab = { id: fakeBrowser.runtime.id, url: 'https://learning.edx.org/course/x/home', tab: { id: 7 } };
    const noTab = { id: fakeBrowser.runtime.id, url: 'https://learning.edx.org/course/x/home' };
    const before = await fakeBrowser.storage.session.get();
    expect(await send({ mmc: 1, command: { type: 'pageSeen', page } }, fromTab)).toEqual({ ok: true });
    expect(await send({ mmc: 1, command: { type: 'pageSeen', page: null } }, noTab)).toMatchObject({ ok: false });
    expect(await send({ mmc: 1, command: { type: 'pageSeen', page: null } }, fromTab)).toEqual({ ok: true });
    expect(await fakeBrowser.storage.session.get()).toEqual(before);
  });

  it('repairs corrupt storage on start-up, keeping a copy and every valid field', async () => {
    await seedLearner();
    const corrupt = structuredClone((await progressItem.getValue()) as Record<string, unknown>) as {
      steps: Record<string, unknown>;
    };
    corrupt.steps['14.310x'] = 'garbage';
    await progressItem.setValue(corrupt);
    await settingsItem.setValue({ version: 1, reminders: 'loud' });
    await startWorker('startup');
    const repaired = (await progressItem.getValue()) as Progress;
    expect(repaired.steps['6.431x'].runs[0]?.id).toBe('prob');
    expect(repaired.steps['14.310x']).toEqual({ runs: [] });
    const copies = await recoveredItem.getValue();
    expect(copies.map((c) => c.key).sort()).toEqual(['progress', 'settings']);
    expect((copies.find((c) => c.key === 'progress')?.raw as { steps: Record<string, unknown> }).steps['14.310x']).toBe(
      'garbage',
    );
  });

  it('a sync-quota error keeps the settings locally and says so', async () => {
    await startWorker('installed');
    const original = fakeBrowser.storage.sync.set;
    fakeBrowser.storage.sync.set = () => Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    expect(await send({ mmc: 1, command: { type: 'updateSettings', patch: { reminders: { hour: 7 } } } })).toEqual({
      ok: true,
    });
    fakeBrowser.storage.sync.set = original;
    const local = (await fakeBrowser.storage.local.get(['settings', 'health'])) as {
      settings: { reminders: { hour: number } };
      health: { syncQuotaError: string };
    };
    expect(local.settings.reminders.hour).toBe(7);
    expect(local.health.syncQuotaError).toMatch(/quota/);
  });
});
