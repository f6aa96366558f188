/**
 * The background's one command dispatcher: every command a page sends, once admitted (lib/messages.ts),
 * goes through `dispatch`. A command that changes the state goes to the writer's queue (lib/writer.ts); each
 * of the others has its handler here, and the table's type makes a command without one a compile error.
 */
import { browser } from 'wxt/browser';
import { isActionCommand, type ActionCommand, type Command, type CommandResult } from './commands';
import { syncRun } from './edx-sync';
import { showTestNotification } from './scheduler';
import { readProgress } from './storage';
import { dismissRepairs, execute } from './writer';

/** What the background knows of a message's sender. */
export interface Sender {
  /** The tab of a content script. */
  readonly tabId?: number;
}

type ActionHandlers = {
  readonly [T in ActionCommand['type']]: (
    command: Extract<ActionCommand, { type: T }>,
    sender: Sender,
  ) => Promise<CommandResult>;
};

const OK: CommandResult = { ok: true };

/** The learner asked to read the platform now: one run, or every run they have a key for. */
async function refreshFromPlatform(runKey: string | undefined): Promise<void> {
  const keys = runKey
    ? [runKey]
    : Object.values((await readProgress()).steps).flatMap((s) => s.runs.flatMap((r) => (r.runKey ? [r.runKey] : [])));
  await Promise.all(keys.map((key) => syncRun(key, { force: true })));
}

const ACTIONS: ActionHandlers = {
  pageSeen(command, sender) {
    if (sender.tabId === undefined) return Promise.resolve({ ok: false, error: 'no tab' });
    // A course run on screen: read what the platform knows about it (throttled to once in 30 minutes).
    if (command.page?.runKey) void syncRun(command.page.runKey);
    return Promise.resolve(OK);
  },
  async refreshFromEdx(command) {
    await refreshFromPlatform(command.runKey);
    return OK;
  },
  async testNotification() {
    await showTestNotification();
    return OK;
  },
  async dismissRepairs() {
    await dismissRepairs();
    return OK;
  },
  openOptions: () =>
    browser.runtime.openOptionsPage().then(
      () => OK,
      (error: unknown) => ({ ok: false, error: String(error) }),
    ),
};

export function dispatch(command: Command, sender: Sender): Promise<CommandResult> {
  if (!isActionCommand(command)) return execute(command);
  const handler = ACTIONS[command.type] as (command: ActionCommand, sender: Sender) => Promise<CommandResult>;
  return handler(command, sender);
}
