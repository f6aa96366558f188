/**
 * WXT's fake browser leaves runtime.onMessageExternal and scripting.executeScript unmocked: an in-memory event
 * and a recorder of injections, for the background's side of lib/page-loaded.ts.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (...args: unknown[]) => unknown;

export interface Injections {
  readonly calls: unknown[];
  /** Makes the next injections fail as Chrome does when the document has gone. */
  failWith?: string;
}

export function installFakeScripting(): Injections {
  const listeners: Listener[] = [];
  const event = {
    addListener: (l: Listener) => void listeners.push(l),
    removeListener: (l: Listener) => void listeners.splice(listeners.indexOf(l), 1),
    hasListener: (l: Listener) => listeners.includes(l),
    hasListeners: () => listeners.length > 0,
    removeAllListeners: () => void (listeners.length = 0),
    trigger: (...args: unknown[]) => Promise.all(listeners.map((l) => l(...args))),
  };
  (fakeBrowser.runtime as unknown as Record<string, unknown>).onMessageExternal = event;
  const injections: Injections = { calls: [] };
  (fakeBrowser.scripting as unknown as Record<string, unknown>).executeScript = async (details: unknown) => {
    if (injections.failWith) throw new Error(injections.failWith);
    injections.calls.push(details);
    return [];
  };
  return injections;
}
