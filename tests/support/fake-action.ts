/** WXT's fake browser leaves `action` unmocked: a minimal in-memory toolbar button for tests. */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

export function installFakeAction(): BadgeState {
  const state: BadgeState = { text: '', color: '', title: '' };
  const action = fakeBrowser.action as unknown as Record<string, unknown>;
  action.setBadgeText = async ({ text }: { text: string }) => void (state.text = text);
  action.getBadgeText = async () => state.text;
  action.setBadgeBackgroundColor = async ({ color }: { color: string }) => void (state.color = color);
  action.setTitle = async ({ title }: { title: string }) => void (state.title = title);
  return state;
}
