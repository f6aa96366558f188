/**
 * Keeping the hint after the course app's header when the app builds its header and main again, and what
 * the keeping costs: one observer of the hint's parent's direct children, never of the whole page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepInPlace, placementFor } from '../../entrypoints/hint-app/placement';

const URL_HOME = 'https://learning.edx.org/course/course-v1:MITx+6.431x+3T2026/home';

function app(): { container: HTMLElement; host: HTMLElement } {
  document.body.replaceChildren();
  document.body.insertAdjacentHTML(
    'beforeend',
    '<div id="root"><div class="app-container"><button class="sr-only">Skip</button><header class="learning-header">edX</header><main><p>outline</p></main><footer>f</footer></div></div>',
  );
  const container = document.querySelector('.app-container') as HTMLElement;
  const host = document.createElement('mm-companion-hint');
  document.querySelector('header')!.after(host);
  return { container, host };
}

/** What React does on a route change: its own nodes go, new ones are appended after the others. */
function rebuild(container: HTMLElement): void {
  for (const node of [...container.children]) if (node.localName !== 'mm-companion-hint') node.remove();
  container.insertAdjacentHTML(
    'beforeend',
    '<button class="sr-only">Skip</button><header class="learning-header">edX</header><main><p>unit</p></main><footer>f</footer>',
  );
}

const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => vi.restoreAllMocks());

describe('keepInPlace', () => {
  it('puts the hint back after the new header, every time the app rebuilds', async () => {
    const { container, host } = app();
    const keeper = keepInPlace(host, URL_HOME);
    for (let i = 0; i < 3; i++) {
      rebuild(container);
      await flush();
      expect(host.previousElementSibling?.localName).toBe('header');
      expect(host.nextElementSibling?.localName).toBe('main');
      expect(container.querySelectorAll('mm-companion-hint')).toHaveLength(1);
    }
    keeper.stop();
  });

  it("watches only the direct children of the hint's parent: changes deep in the page wake nothing", () => {
    const observed: MutationObserverInit[] = [];
    const observe = vi.spyOn(MutationObserver.prototype, 'observe').mockImplementation(function (_target, options) {
      observed.push(options ?? {});
    });
    const { host } = app();
    keepInPlace(host, URL_HOME).stop();
    expect(observe).toHaveBeenCalledTimes(1);
    expect(observed).toEqual([{ childList: true }]);
  });

  it('a page without its landmark leaves the hint where it is', async () => {
    document.body.replaceChildren();
    document.body.insertAdjacentHTML('beforeend', '<div class="app-container"><main></main></div>');
    const host = document.createElement('mm-companion-hint');
    document.querySelector('main')!.before(host);
    const keeper = keepInPlace(host, URL_HOME);
    await flush();
    expect(host.nextElementSibling?.localName).toBe('main');
    keeper.stop();
  });
});

describe('placementFor', () => {
  it('waits for a landmark the app renders later, and an aborted look stops the wait at once', async () => {
    document.body.replaceChildren(document.createElement('main'));
    const url = 'https://learning.edx.org/course/course-v1:MITx+6.431x+3T2026/home';
    const waiting = placementFor(url, new AbortController().signal, document, 1500);
    const header = document.createElement('header');
    header.className = 'learning-header';
    document.body.prepend(header);
    const found = await waiting;
    expect([found.floating, found.waited, found.anchor.className]).toEqual([false, true, 'learning-header']);

    document.body.replaceChildren(document.createElement('main'));
    const look = new AbortController();
    const started = Date.now();
    const left = placementFor(url, look.signal, document, 60_000);
    look.abort();
    expect((await left).floating).toBe(true);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
