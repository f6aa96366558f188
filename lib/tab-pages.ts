/**
 * Which SDS page each tab shows, as its content script reported it. Kept in session storage (gone when the
 * browser closes, kept across worker restarts) by the background, read by the popup: this is how the popup
 * knows the current tab's course without the `tabs` permission. No storage library here: the popup reads
 * the one key with the raw API, and stays small.
 */
import { browser } from 'wxt/browser';
import type { StepId } from './catalog';
import { STORAGE } from './storage-keys';

export interface TabPage {
  readonly kind: string;
  readonly course?: string;
  readonly step?: StepId;
  readonly runKey?: string;
}

export async function readTabPages(): Promise<Record<string, TabPage>> {
  const { key } = STORAGE.tabPages;
  const items = await browser.storage.session.get(key);
  const value = items[key];
  return typeof value === 'object' && value !== null ? (value as Record<string, TabPage>) : {};
}
