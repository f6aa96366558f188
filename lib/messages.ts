/**
 * The message envelope between the extension's contexts and the background, and who may send what.
 * Everything is validated on receipt: a malformed or unknown message, or one from outside the extension,
 * is refused and changes nothing.
 */
import * as z from 'zod/mini';
import { CommandSchema, type Command } from './commands';
import { isPlatformPageUrl } from './platform-hosts';

export const EnvelopeSchema = z.object({ mmc: z.literal(1), command: CommandSchema });

/** Commands a content script (an edX page) may send; every other command needs an extension page. */
const PAGE_COMMANDS: ReadonlySet<Command['type']> = new Set([
  'mark',
  'setHintCollapsed',
  'setHintOpenOnUnits',
  'hideHint',
  // The hint's "put this course in my track": a choice of the learner's, checked against the program's rules.
  'setTrack',
  'openOptions',
  'pageSeen',
  'refreshFromEdx',
]);

export interface SenderInfo {
  readonly id?: string;
  readonly url?: string;
  readonly tab?: unknown;
}

export type Verdict = { ok: true; command: Command } | { ok: false; error: string };

/** Decides whether a received message is a command this sender may give. Pure. */
export function admit(message: unknown, sender: SenderInfo, runtimeId: string, extensionOrigin: string): Verdict {
  if (sender.id !== runtimeId) return { ok: false, error: 'sender outside the extension' };
  const parsed = EnvelopeSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: 'malformed message' };
  const url = sender.url ?? '';
  // The popup, or the options page (in its own tab or embedded): any command.
  if (url.startsWith(extensionOrigin)) return { ok: true, command: parsed.data.command };
  const fromEdxPage = !!sender.tab && isPlatformPageUrl(url);
  if (fromEdxPage && PAGE_COMMANDS.has(parsed.data.command.type)) return { ok: true, command: parsed.data.command };
  return { ok: false, error: 'command not allowed from this sender' };
}
