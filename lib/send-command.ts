/**
 * Sending a command to the background, for the hint, the popup and the options page. Kept apart from the
 * background's validator (lib/messages.ts) so pages do not load its schemas.
 */
import { browser } from 'wxt/browser';
import type { Command, CommandResult } from './commands';

/** Sends a command to the background and returns its answer; never throws. */
export async function sendCommand(command: Command): Promise<CommandResult> {
  try {
    const answer = (await browser.runtime.sendMessage({ mmc: 1, command })) as CommandResult | undefined;
    return answer ?? { ok: false, error: 'no answer' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
