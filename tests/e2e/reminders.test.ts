/**
 * Reminders in the real browser: a learner's state and reminder settings are stored, the worker delivers the
 * reminder that is due at once and sets the badge; after a restart it plans the same alarms again and
 * delivers nothing twice; after a second restart it catches up a reminder that fell due while the browser
 * was closed, once.
 *
 * The delivery is waited for in the first session on purpose: the settings change makes the worker re-plan
 * at once, so a test that closed the browser right after storing them raced that delivery (it failed when
 * the worker won: the reminder was shown before the restart, and rightly not again after it).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { launchExtension, worker, type Launched } from './support/browser';
import { settings as defaultSettings, startClearOfMidnight } from './support/state';

const DAY = 86_400_000;
await startClearOfMidnight(60_000);
const today = new Date().toISOString().slice(0, 10);
const dayPlus = (n: number) => new Date(Date.parse(today) + n * DAY).toISOString().slice(0, 10);
const learned = new Date().toISOString();
const edx = (value: unknown) => ({ edx: { value, at: learned } });

// 6.431x in audit, started 21 days ago: the program target is in 7 days. 18.6501x verified, ends in 60 days.
// Reminders at 00:00 UTC, so the 7-day reminder for 6.431x is due at once (its time today has passed).
const progress = {
  version: 1,
  steps: {
    '1': {
      runs: [
        {
          id: 'prob',
          course: '6.431x',
          runKey: 'course-v1:MITx+6.431x+3T2026',
          facts: { start: edx(`${dayPlus(-21)}T15:00:00Z`), mode: edx('audit') },
          addedAt: learned,
        },
      ],
    },
    '2': { runs: [] },
    '3': {
      runs: [
        {
          id: 'stats',
          course: '18.6501x',
          facts: {
            start: edx(`${dayPlus(-10)}T15:00:00Z`),
            mode: edx('verified'),
            end: edx(`${dayPlus(60)}T15:00:00Z`),
          },
          addedAt: learned,
        },
      ],
    },
    '4': { runs: [] },
    '5': { runs: [] },
  },
  fired: {},
  updatedAt: learned,
};
const settings = defaultSettings({ reminders: { enabled: true, leadDays: [7, 3, 1], dayOf: true, hour: 0 } });

/** The alarm names the worker plans for one deadline, one per lead time in days. */
const reminderAlarms = (deadline: string, leadDays: number[]) => leadDays.map((n) => `reminder:${deadline}@${n}d`);

type Snapshot = {
  alarms: { name: string; scheduledTime: number }[];
  notifications: string[];
  badge: string;
  fired: string[];
};

async function snapshot(b: Launched): Promise<Snapshot> {
  const sw = await worker(b);
  return sw.evaluate(async () => {
    const alarms = (await chrome.alarms.getAll())
      .map((a) => ({ name: a.name, scheduledTime: a.scheduledTime }))
      .sort((x, y) => x.name.localeCompare(y.name));
    const notifications = Object.keys(await chrome.notifications.getAll()).sort();
    const badge = `${await chrome.action.getBadgeText({})} ${JSON.stringify(await chrome.action.getBadgeBackgroundColor({}))}`;
    const stored = (await chrome.storage.local.get('progress')) as { progress?: { fired: Record<string, string> } };
    return { alarms, notifications, badge, fired: Object.keys(stored.progress?.fired ?? {}).sort() };
  });
}

/** Waits until the worker has reconciled (the badge is set once reconciling ends). */
async function waitForBadge(b: Launched, text: string): Promise<void> {
  const sw = await worker(b);
  await expect.poll(() => sw.evaluate(() => chrome.action.getBadgeText({})), { timeout: 10_000 }).toBe(text);
}

let browser: Launched | undefined;
afterAll(async () => browser?.dispose());

describe('reminders survive browser restarts', () => {
  it('plans, fires once, and loses and doubles nothing across two restarts', async () => {
    const first = await launchExtension();
    browser = first;
    const sw = await worker(first);
    await sw.evaluate(
      async ([p, s]) => {
        await chrome.storage.local.set({ progress: p });
        await chrome.storage.sync.set({ settings: s });
      },
      [progress, settings] as const,
    );
    // The settings change makes the worker re-plan: the due reminder goes out at once, and is recorded.
    await waitForBadge(first, '7d');
    await expect.poll(async () => (await snapshot(first)).fired.length, { timeout: 10_000 }).toBe(1);
    const target = dayPlus(7);
    const end = dayPlus(60);
    const planned = [
      'badge-refresh',
      ...reminderAlarms(`prob:program-target:${target}`, [0, 1, 3]),
      ...reminderAlarms(`stats:course-end:${end}`, [0, 1, 3, 7]),
    ];
    // The re-plan after the settings change may still be writing its alarms on a loaded machine: wait for it.
    await expect
      .poll(async () => (await snapshot(first)).alarms.map((a) => a.name), { timeout: 10_000 })
      .toEqual(planned);
    const delivered = await snapshot(first);
    console.log(`delivered before any restart: ${JSON.stringify(delivered.notifications)}; badge: ${delivered.badge}`);
    expect(delivered.notifications).toEqual([`prob:program-target:${target}@7d`]);
    expect(delivered.fired).toEqual([`prob:program-target:${target}@7d`]);
    expect(delivered.badge).toBe('7d [138,75,0,255]'); // 7 days: the "soon" colour
    await first.close();

    // Restart 1: the worker wakes on start-up and plans the same alarms; the reminder is not shown again.
    const second = await launchExtension({ profileDir: first.profileDir });
    await waitForBadge(second, '7d');
    // Give a wrongly repeated delivery the time to happen before looking.
    await new Promise((r) => setTimeout(r, 1500));
    const after1 = await snapshot(second);
    console.log(
      'alarms after the first restart:\n' +
        after1.alarms.map((a) => `  ${a.name}  at ${new Date(a.scheduledTime).toISOString()}`).join('\n'),
    );
    console.log(`notifications: ${JSON.stringify(after1.notifications)}; badge: ${after1.badge}`);
    expect(after1.alarms).toEqual(delivered.alarms);
    // The 7-day reminder of 6.431x went out already; 18.6501x's end is 60 days away, so all four of its wait.
    expect(after1.alarms.map((a) => a.name)).toEqual(planned);
    expect(after1.alarms.find((a) => a.name.endsWith(`${target}@3d`))?.scheduledTime).toBe(
      Date.parse(`${dayPlus(4)}T00:00:00Z`),
    );
    expect(after1.notifications).toEqual([]);
    expect(after1.fired).toEqual(delivered.fired);
    expect(after1.badge).toBe(delivered.badge);
    // A reminder whose time comes while the browser is closed: 18.6501x now ends in 7 days. Written straight
    // to storage while this session is quiet (a progress write alone wakes nothing), so only the next
    // start-up can deliver it.
    const moved = structuredClone(progress) as typeof progress & { fired: Record<string, string> };
    moved.steps['3'].runs[0]!.facts.end = edx(`${dayPlus(7)}T15:00:00Z`);
    moved.fired = Object.fromEntries(after1.fired.map((id) => [id, learned]));
    await (await worker(second)).evaluate(async (p) => chrome.storage.local.set({ progress: p }), moved);
    await second.close();

    // Restart 2: the start-up catches up the new due reminder, once; the first one is not shown again.
    const third = await launchExtension({ profileDir: first.profileDir });
    browser = { ...third, dispose: first.dispose };
    await waitForBadge(third, '7d');
    await expect.poll(async () => (await snapshot(third)).fired.length, { timeout: 10_000 }).toBe(2);
    // Give a wrongly repeated delivery the time to happen before looking.
    await new Promise((r) => setTimeout(r, 1500));
    const after2 = await snapshot(third);
    console.log(`notifications after the second restart: ${JSON.stringify(after2.notifications)}`);
    expect(after2.notifications).toEqual([`stats:course-end:${target}@7d`]);
    expect(after2.fired).toEqual([`prob:program-target:${target}@7d`, `stats:course-end:${target}@7d`]);
    expect(after2.alarms.map((a) => a.name)).toEqual([
      'badge-refresh',
      ...reminderAlarms(`prob:program-target:${target}`, [0, 1, 3]),
      ...reminderAlarms(`stats:course-end:${target}`, [0, 1, 3]),
    ]);
    await third.close();
  });
});
