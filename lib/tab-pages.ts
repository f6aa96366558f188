/**
 * Which SDS page a tab shows, for the popup: the popup asks the tab's content script (`tabs.sendMessage`,
 * which needs no `tabs` permission) and the script answers from its router's latest look. A tab without a
 * script of ours (another course on the course apps, any other site, a page still before its load event)
 * has no receiver, so no page. Nothing is stored, so nothing can be stale; and the content script does no
 * work when its page goes away, where any work costs the next page's load (docs/decisions.md).
 */
import { browser } from 'wxt/browser';
import { STEP_IDS, type StepId } from './catalog';

export interface TabPage {
  readonly kind: string;
  readonly course?: string;
  readonly step?: StepId;
  readonly runKey?: string;
}

/** What the popup asks a tab's content script. */
export const TAB_PAGE_QUESTION = { mmc: 1, question: 'tabPage' } as const;

export function isTabPageQuestion(message: unknown): boolean {
  if (typeof message !== 'object' || message === null) return false;
  const { mmc, question } = message as Record<string, unknown>;
  return mmc === TAB_PAGE_QUESTION.mmc && question === TAB_PAGE_QUESTION.question;
}

const optionalString = (value: unknown) => value === undefined || typeof value === 'string';

/** A content script's answer, checked: a page, or undefined for anything else (null included). */
export function readTabPageAnswer(answer: unknown): TabPage | undefined {
  if (typeof answer !== 'object' || answer === null) return undefined;
  const { kind, course, step, runKey } = answer as Record<string, unknown>;
  if (typeof kind !== 'string' || !optionalString(course) || !optionalString(runKey)) return undefined;
  if (step !== undefined && !(STEP_IDS as readonly unknown[]).includes(step)) return undefined;
  return answer as TabPage;
}

/** Asks the tab which SDS page it shows: undefined when no script of ours answers there. */
export async function askTabPage(tabId: number): Promise<TabPage | undefined> {
  try {
    return readTabPageAnswer(await browser.tabs.sendMessage(tabId, TAB_PAGE_QUESTION));
  } catch {
    return undefined;
  }
}
