/**
 * The background's message handler under fuzzing (fast-check): malformed messages, unknown commands,
 * commands with fields of the wrong type, and any message from outside the extension are all refused and
 * change nothing.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { EnvelopeSchema } from '../../lib/messages';
import { progressItem, settingsItem } from '../../lib/storage';
import { installFakeAction } from '../support/fake-action';
import { progressWith, run } from '../support/builders';

const EXT = `chrome-extension://${fakeBrowser.runtime.id}/`;
const TYPES = [
  'mark',
  'addRun',
  'removeRun',
  'setFact',
  'setCourseFact',
  'markRun',
  'setCredit',
  'setPlannedTerm',
  'updateSettings',
  'finishSetup',
  'importBackup',
  'pageSeen',
  'refreshFromEdx',
  'setHintCollapsed',
  'hideHint',
  'openOptions',
  'testNotification',
  'dropTables',
  '__proto__',
];

async function send(message: unknown, sender: object): Promise<unknown> {
  const [answer] = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => {});
  return answer;
}

const snapshot = async () => JSON.stringify([await progressItem.getValue(), await settingsItem.getValue()]);

beforeEach(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {}); // one "refused" line per message is expected
  installFakeAction();
  background.main();
  await progressItem.setValue(
    progressWith({
      '6.431x': [
        run('6.431x', { start: '2026-11-10', mode: 'audit' }, { id: 'p', runKey: 'course-v1:MITx+6.431x+3T2026' }),
      ],
    }),
  );
});

const commandShaped = fc.record({
  mmc: fc.constantFrom(1, 2, '1', undefined),
  command: fc
    .record({ type: fc.constantFrom(...TYPES) }, { requiredKeys: [] })
    .chain((c) =>
      fc
        .dictionary(
          fc.constantFrom(
            'course',
            'runKey',
            'runId',
            'name',
            'value',
            'mark',
            'step',
            'route',
            'patch',
            'text',
            'page',
            'hidden',
            'collapsed',
            'term',
            'start',
          ),
          fc.anything({ maxDepth: 2 }),
        )
        .map((extra) => ({ ...extra, ...c })),
    ),
});
const malformed = fc
  .oneof(fc.anything({ maxDepth: 3 }), commandShaped)
  .filter((m) => !EnvelopeSchema.safeParse(m).success);

describe('the message handler, fuzzed', () => {
  it('refuses every malformed message from an extension page, and nothing changes', async () => {
    const before = await snapshot();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(malformed, async (message) => {
        n++;
        expect(await send(message, { id: fakeBrowser.runtime.id, url: `${EXT}options.html` })).toMatchObject({
          ok: false,
        });
      }),
      { numRuns: 600 },
    );
    expect(await snapshot()).toBe(before);
    console.log(`message fuzz: ${n} malformed messages refused`);
  });

  it('refuses everything, even well-formed commands, from outside the extension', async () => {
    const before = await snapshot();
    const foreign = fc.oneof(
      fc.record({ id: fc.string(), url: fc.webUrl() }),
      fc.record({
        id: fc.constant('another-extension'),
        url: fc.constant('chrome-extension://another-extension/page.html'),
      }),
      fc.constant({}),
    );
    const wellFormed = fc.constantFrom(
      { mmc: 1, command: { type: 'removeRun', runId: 'p' } },
      { mmc: 1, command: { type: 'mark', course: '6.431x', mark: 'passed' } },
      { mmc: 1, command: { type: 'updateSettings', patch: { syncFromEdx: false } } },
      { mmc: 1, command: { type: 'importBackup', text: '{}' } },
    );
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(wellFormed, malformed), foreign, async (message, sender) => {
        n++;
        expect(await send(message, sender)).toMatchObject({ ok: false });
      }),
      { numRuns: 400 },
    );
    expect(await snapshot()).toBe(before);
    console.log(`message fuzz: ${n} messages from outside the extension refused`);
  });

  it('an edX page may send only the hint commands', async () => {
    const before = await snapshot();
    const page = {
      id: fakeBrowser.runtime.id,
      url: 'https://learning.edx.org/course/course-v1:MITx+6.431x+3T2026/home',
      tab: { id: 9 },
    };
    for (const command of [
      { type: 'removeRun', runId: 'p' },
      { type: 'updateSettings', patch: { syncFromEdx: false } },
      { type: 'importBackup', text: '{}' },
      { type: 'setCredit', step: '6.431x', route: 'legacy-6041x' },
      { type: 'testNotification' },
    ]) {
      expect(await send({ mmc: 1, command }, page)).toMatchObject({
        ok: false,
        error: 'command not allowed from this sender',
      });
    }
    expect(await snapshot()).toBe(before);
  });
});
