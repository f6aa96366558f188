/**
 * Where the background injects the hint when a start script says PAGE_LOADED (lib/page-loaded.ts).
 *
 * What edX's own scripts can do with this: send PAGE_LOADED from an edX page, which injects the hint into
 * that page once more (the hint ignores a second injection). Nothing else is accepted from a page.
 */
import { isEdxPageUrl } from './edx-hosts';
import { PAGE_LOADED } from './page-loaded';

export interface MessageSender {
  readonly url?: string;
  readonly tab?: { readonly id?: number };
  readonly frameId?: number;
  readonly documentId?: string;
}

export type InjectionTarget = { tabId: number; documentIds: string[] } | { tabId: number; frameIds: number[] };

export type TargetVerdict = { ok: true; target: InjectionTarget } | { ok: false; error: string };

/** Where to inject the hint for a received message, if anywhere: the top frame of an edX page only. Pure. */
export function hintTarget(message: unknown, sender: MessageSender): TargetVerdict {
  if (message !== PAGE_LOADED) return { ok: false, error: 'unknown message' };
  if (sender.frameId !== 0) return { ok: false, error: 'not a top frame' };
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number') return { ok: false, error: 'no tab' };
  if (!isEdxPageUrl(sender.url)) return { ok: false, error: 'not an edX page' };
  // The document id pins the injection to the page that asked: if it has navigated since, nothing runs.
  return { ok: true, target: sender.documentId ? { tabId, documentIds: [sender.documentId] } : { tabId, frameIds: [0] } };
}
