/** The popup's question to a tab's content script, and how it reads the answer (lib/tab-pages.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askTabPage, isTabPageQuestion, readTabPageAnswer, TAB_PAGE_QUESTION } from '../../lib/tab-pages';

afterEach(() => vi.restoreAllMocks());

describe('the question', () => {
  it.each([
    [TAB_PAGE_QUESTION, true],
    [{ mmc: 1, question: 'tabPage', extra: 1 }, true],
    [{ mmc: 2, question: 'tabPage' }, false],
    [{ mmc: 1, command: { type: 'pageSeen' } }, false],
    ['tabPage', false],
    [null, false],
    [undefined, false],
  ])('%j is the question: %s', (message, expected) => expect(isTabPageQuestion(message)).toBe(expected));
});

describe('the answer', () => {
  const page = { kind: 'unit', course: '14.310Fx', step: '14.310x', runKey: 'course-v1:MITx+14.310Fx+3T2026' };
  it.each([
    ['a page', page, page],
    ['a course-less page', { kind: 'dashboard' }, { kind: 'dashboard' }],
    ['null: not an SDS page', null, undefined],
    ['no kind', { course: '6.431x' }, undefined],
    ['a step outside the program', { kind: 'unit', step: '8.01x' }, undefined],
    ['a number for a course', { kind: 'unit', course: 6.431 }, undefined],
    ['a string', 'course-home', undefined],
  ])('%s', (_, answer, expected) => expect(readTabPageAnswer(answer)).toEqual(expected));

  it("asks the tab's content script, and reads no receiver as no page", async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce(page as never);
    expect(await askTabPage(4)).toEqual(page);
    expect(send).toHaveBeenCalledWith(4, TAB_PAGE_QUESTION);
    send.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await askTabPage(5)).toBeUndefined();
  });
});
