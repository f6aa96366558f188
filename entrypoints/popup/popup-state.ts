/** The popup's state as signals: the program summary the background keeps, and the active tab's SDS page. */
import { signal, type Signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { followRecovered, type RecoveredCopy } from '../../lib/recovered';
import type { Summary } from '../../lib/summary';
import { summaryFeed } from '../../lib/summary-reader';
import { askTabPage, type TabPage } from '../../lib/tab-pages';

export interface PopupState {
  readonly summary: Signal<Summary | undefined>;
  readonly tabPage: Signal<TabPage | undefined>;
  /** Originals of stored data that had to be repaired, kept until the learner dismisses them. */
  readonly recovered: Signal<readonly RecoveredCopy[]>;
  /** Both read at least once. */
  readonly loaded: Signal<boolean>;
  readonly ready: Promise<void>;
}

/** The active tab's page, as its content script answers (no `tabs` permission: the id is enough). */
async function activeTabPage(): Promise<TabPage | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? undefined : await askTabPage(tab.id);
  } catch {
    return undefined;
  }
}

export function popupState(): PopupState {
  const feed = summaryFeed();
  const summary = signal<Summary | undefined>(undefined);
  const tabPage = signal<TabPage | undefined>(undefined);
  const loaded = signal(false);
  const recovered = signal<readonly RecoveredCopy[]>([]);
  feed.subscribe((s) => (summary.value = s));
  followRecovered((copies) => (recovered.value = copies));
  const ready = Promise.all([feed.ready, activeTabPage()]).then(([s, page]) => {
    summary.value = s;
    tabPage.value = page;
    loaded.value = true;
  });
  return { summary, tabPage, recovered, loaded, ready };
}
