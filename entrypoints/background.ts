/**
 * The background worker: the only writer of state. Listeners are registered synchronously at the top level
 * so that an event that wakes a stopped worker reaches them (MV3).
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { dispatch } from '../lib/dispatch';
import { admit } from '../lib/messages';
import { timing } from '../lib/timing';
import { notificationTargetsItem } from '../lib/storage';
import { refresh } from '../lib/writer';

export default defineBackground({
  type: 'module',
  main() {
    // Re-plan everything whenever the extension starts: install, update, browser start-up, worker wake-up.
    browser.runtime.onInstalled.addListener(() => void refresh());
    browser.runtime.onStartup.addListener(() => void refresh());
    // Measured from the worker's own start: how long an alarm takes to handle when it woke a stopped worker.
    browser.alarms.onAlarm.addListener(() => void refresh().then(() => timing.sinceStart('alarm-handled')));
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
      return dispatch(verdict.command, { ...(sender.tab?.id !== undefined && { tabId: sender.tab.id }) });
    });

    browser.notifications.onClicked.addListener((id) => {
      void (async () => {
        const url = (await notificationTargetsItem.getValue())[id];
        if (url) await browser.tabs.create({ url });
        await browser.notifications.clear(id);
      })();
    });
  },
});
