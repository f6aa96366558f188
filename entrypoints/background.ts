/**
 * The background worker: the only writer of state. Listeners are registered synchronously at the top level
 * so that an event that wakes a stopped worker reaches them (MV3).
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { admit } from '../lib/messages';
import { notificationTargets, showTestNotification } from '../lib/scheduler';
import { syncRun } from '../lib/edx-sync';
import { readProgress } from '../lib/storage';
import { dismissRepairs, execute, recordTabPage, refresh } from '../lib/writer';

/** The learner asked to read edX now: one run, or every run they have a key for. */
async function refreshFromEdx(runKey: string | undefined): Promise<void> {
  const keys = runKey ? [runKey] : Object.values((await readProgress()).steps).flatMap((s) => s.runs.flatMap((r) => (r.runKey ? [r.runKey] : [])));
  await Promise.all(keys.map((key) => syncRun(key, { force: true })));
}

export default defineBackground({
  type: 'module',
  main() {
    // Re-plan everything whenever the extension starts: install, update, browser start-up, worker wake-up.
    browser.runtime.onInstalled.addListener(() => void refresh());
    browser.runtime.onStartup.addListener(() => void refresh());
    browser.alarms.onAlarm.addListener(() => {
      // performance.now() counts from the worker's own start: how long an alarm takes to handle when it
      // woke a stopped worker. Kept in session storage (gone at browser exit) for the benchmark.
      void refresh().then(() => browser.storage.session.set({ 'worker-stats': { alarmHandledMs: performance.now(), at: Date.now() } }));
    });
    // Settings live in sync storage: a change made on another computer re-plans reminders and the summary.
    // (Progress is local and written only here, so its changes need no listener.)
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'sync' && 'settings' in changes) void refresh();
    });

    browser.runtime.onMessage.addListener((message, sender) => {
      const verdict = admit(message, sender, browser.runtime.id, browser.runtime.getURL('/'));
      if (!verdict.ok) {
        console.warn(`[mm-companion] refused a message: ${verdict.error}`);
        return Promise.resolve({ ok: false, error: verdict.error });
      }
      const command = verdict.command;
      if (command.type === 'pageSeen') {
        const tabId = (sender.tab as { id?: number } | undefined)?.id;
        if (tabId === undefined) return Promise.resolve({ ok: false, error: 'no tab' });
        // A course run on screen: read what edX knows about it (throttled to once in 30 minutes).
        if (command.page?.runKey) void syncRun(command.page.runKey);
        return recordTabPage(tabId, command.page).then(() => ({ ok: true }));
      }
      if (command.type === 'refreshFromEdx') return refreshFromEdx(command.runKey).then(() => ({ ok: true }));
      if (command.type === 'testNotification') return showTestNotification().then(() => ({ ok: true }));
      if (command.type === 'dismissRepairs') return dismissRepairs().then(() => ({ ok: true }));
      if (verdict.command.type === 'openOptions') {
        return browser.runtime.openOptionsPage().then(
          () => ({ ok: true }),
          (error: unknown) => ({ ok: false, error: String(error) }),
        );
      }
      return execute(verdict.command);
    });

    browser.tabs.onRemoved.addListener((tabId) => void recordTabPage(tabId, null));

    browser.notifications.onClicked.addListener((id) => {
      void (async () => {
        const url = (await notificationTargets.getValue())[id];
        if (url) await browser.tabs.create({ url });
        await browser.notifications.clear(id);
      })();
    });
  },
});
