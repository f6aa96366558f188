/**
 * The handshake that replaced the isolated-world content script in Chrome: the start script (edX's main
 * world) finds its extension's id in its own stack, says "page loaded", and the background injects the hint
 * only into the top frame of an edX page that sent exactly that message.
 */
import { describe, expect, it } from 'vitest';
import { hintTarget } from '../../lib/hint-target';
import { extensionIdFrom, PAGE_LOADED } from '../../lib/page-loaded';

const ID = 'mhammcdlmbhpebnihhlgkfnbbjohcdop';
const PAGE = 'https://learning.edx.org/course/course-v1:MITx+6.431x+3T2026/home';

describe('extensionIdFrom', () => {
  it.each([
    ['Chrome, main-world content script', `Error\n    at chrome-extension://${ID}/hint-start.js:1:812\n    at chrome-extension://${ID}/hint-start.js:1:1400`, ID],
    ['inside a named function', `Error\n    at u (chrome-extension://${ID}/hint-start.js:1:30)`, ID],
    ['no extension frame (a page script)', 'Error\n    at https://learning.edx.org/static/app.js:1:1', undefined],
    ['an id of the wrong length', 'Error\n    at chrome-extension://abcdef/hint-start.js:1:1', undefined],
    ['letters outside a–p (not a Chrome id)', `Error\n    at chrome-extension://${'z'.repeat(32)}/x.js:1:1`, undefined],
    ['Firefox, whose ids are per-install UUIDs', 'u@moz-extension://0f4c1e8e-5c1b-4f33-9d8e-6a0f7d1b2c3d/hint-start.js:1:1', undefined],
    ['no stack at all', undefined, undefined],
  ])('%s', (_, stack, expected) => {
    expect(extensionIdFrom(stack)).toBe(expected);
  });
});

describe('hintTarget', () => {
  const tab = { id: 7 };
  const good = { url: PAGE, tab, frameId: 0, documentId: 'DOC1' };
  it('targets the very document that sent the message, when the browser names it (Chrome)', () => {
    expect(hintTarget(PAGE_LOADED, good)).toEqual({ ok: true, target: { tabId: 7, documentIds: ['DOC1'] } });
  });
  it('targets the top frame when there is no document id (Firefox)', () => {
    expect(hintTarget(PAGE_LOADED, { url: PAGE, tab, frameId: 0 })).toEqual({ ok: true, target: { tabId: 7, frameIds: [0] } });
  });
  it.each([
    ['another message', 'hello', good, 'unknown message'],
    ['an object that looks like it', { type: PAGE_LOADED }, good, 'unknown message'],
    ['a frame inside the page', PAGE_LOADED, { ...good, frameId: 3 }, 'not a top frame'],
    ['no tab (another extension\'s page)', PAGE_LOADED, { ...good, tab: undefined }, 'no tab'],
    ['a tab without an id', PAGE_LOADED, { ...good, tab: {} }, 'no tab'],
    ['a page outside edX', PAGE_LOADED, { ...good, url: 'https://example.org/course/x' }, 'not an edX page'],
    ['a look-alike host', PAGE_LOADED, { ...good, url: 'https://learning.edx.org.evil.test/' }, 'not an edX page'],
    ['plain http', PAGE_LOADED, { ...good, url: 'http://learning.edx.org/course/x' }, 'not an edX page'],
    ['an extension page', PAGE_LOADED, { ...good, url: `chrome-extension://${ID}/popup.html` }, 'not an edX page'],
    ['no URL', PAGE_LOADED, { ...good, url: undefined }, 'not an edX page'],
    ['a URL that does not parse', PAGE_LOADED, { ...good, url: 'https://' }, 'not an edX page'],
  ])('refuses %s', (_, message, sender, error) => {
    expect(hintTarget(message, sender)).toEqual({ ok: false, error });
  });
});
